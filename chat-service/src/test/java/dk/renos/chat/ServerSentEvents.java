package dk.renos.chat;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A text/event-stream body parsed into its events (name and JSON data), in order. */
public final class ServerSentEvents {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public record Event(String name, JsonNode data) {}

  private ServerSentEvents() {}

  public static List<Event> parse(String body) {
    List<Event> events = new ArrayList<>();
    String name = "message";
    StringBuilder data = new StringBuilder();
    for (String line : body.split("\r?\n", -1)) {
      if (line.isEmpty()) {
        if (!data.isEmpty()) {
          events.add(new Event(name, JSON.readTree(data.toString())));
        }
        name = "message";
        data.setLength(0);
      } else if (line.startsWith("event:")) {
        name = line.substring("event:".length()).strip();
      } else if (line.startsWith("data:")) {
        if (!data.isEmpty()) {
          data.append('\n');
        }
        data.append(line.substring("data:".length()).stripLeading());
      }
    }
    if (!data.isEmpty()) {
      events.add(new Event(name, JSON.readTree(data.toString())));
    }
    return events;
  }

  public static List<String> names(List<Event> events) {
    return events.stream().map(Event::name).distinct().toList();
  }

  /** The concatenated {@code text} of the {@code token} events. */
  public static String text(List<Event> events) {
    StringBuilder text = new StringBuilder();
    events.stream()
        .filter(event -> event.name().equals("token"))
        .forEach(event -> text.append(event.data().get("text").asString()));
    return text.toString();
  }

  public static Event only(List<Event> events, String name) {
    List<Event> named = events.stream().filter(event -> event.name().equals(name)).toList();
    if (named.size() != 1) {
      throw new AssertionError("expected one '" + name + "' event, got " + events);
    }
    return named.getFirst();
  }
}
