package dk.renos.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * {@code asyncapi.yaml} is written by hand for outside subscribers; this test keeps it equal to the
 * records and {@link EventType}, so it cannot drift.
 */
class AsyncApiDocumentTests {

  static final List<EventType<?>> ALL = EventType.ALL;

  private static final Map<String, Object> DOC = load();
  private static final List<String> CLOUD_EVENT_HEADERS =
      List.of(
          CloudEventHeaders.ID,
          CloudEventHeaders.TYPE,
          CloudEventHeaders.SOURCE,
          CloudEventHeaders.TIME,
          CloudEventHeaders.SUBJECT,
          CloudEventHeaders.SPEC_VERSION);

  @Test
  void isAnAsyncApi3DocumentWithAKafkaServer() {
    assertThat(DOC.get("asyncapi")).isEqualTo("3.0.0");
    assertThat(map(DOC, "info")).containsEntry("title", "RenOS events").containsKey("version");
    assertThat(map(DOC, "servers").values())
        .isNotEmpty()
        .allSatisfy(server -> assertThat(asMap(server)).containsEntry("protocol", "kafka"));
    assertThat(DOC.get("defaultContentType")).isEqualTo("application/json");
  }

  @ParameterizedTest
  @FieldSource("ALL")
  void everyEventTypeIsAMessageOnItsTopicWithItsCeType(EventType<?> type) {
    List<Found> found =
        messages().stream().filter(m -> type.ceType().equals(ceTypeConst(m.message()))).toList();

    assertThat(found).as("messages with ce_type const %s", type.ceType()).hasSize(1);
    Found message = found.getFirst();
    assertThat(message.address())
        .as("channel address of %s", type.ceType())
        .isEqualTo(type.topic());
    assertThat(message.message())
        .containsEntry("name", type.name())
        .containsEntry("contentType", "application/json");
  }

  @ParameterizedTest
  @FieldSource("ALL")
  void messageHeadersAreTheCloudEventsBinaryModeHeaders(EventType<?> type) {
    Map<String, Object> headers = map(message(type), "headers");
    Map<String, Object> properties = map(headers, "properties");

    assertThat(headers).containsEntry("type", "object");
    assertThat(list(headers, "required")).containsExactlyInAnyOrderElementsOf(CLOUD_EVENT_HEADERS);
    assertThat(properties)
        .containsKeys(CLOUD_EVENT_HEADERS.toArray(String[]::new))
        .containsKey(CloudEventHeaders.TRACEPARENT);
    assertThat(properties.keySet())
        .allMatch(
            h ->
                h.startsWith("ce_")
                    || h.equals(CloudEventHeaders.TRACEPARENT)
                    || h.equals(CloudEventHeaders.CONTENT_TYPE));
    assertThat(map(properties, CloudEventHeaders.SPEC_VERSION))
        .containsEntry("const", CloudEventHeaders.SPEC_VERSION_VALUE);
    assertThat(map(properties, CloudEventHeaders.TIME)).containsEntry("format", "date-time");
    assertThat(map(properties, CloudEventHeaders.SUBJECT))
        .containsEntry("type", "string")
        .containsEntry("format", "uuid");
    properties
        .values()
        .forEach(header -> assertThat(asMap(header)).containsEntry("type", "string"));
  }

  @ParameterizedTest
  @FieldSource("ALL")
  void keyIsTheAggregateIdAsAUuidString(EventType<?> type) {
    Map<String, Object> key = map(map(map(message(type), "bindings"), "kafka"), "key");
    assertThat(key).containsEntry("type", "string").containsEntry("format", "uuid");

    // The description names the component that is the key; the golden sample proves it is
    // type.key().
    String component = ((String) key.get("description")).split(",")[0];
    JsonNode sample = EventJson.tree(type.sampleJson());
    assertThat(sample.get(component)).as("key component %s of %s", component, type).isNotNull();
    assertThat(sample.get(component).asString()).isEqualTo(keyOfSample(type).toString());
  }

  @ParameterizedTest
  @FieldSource("ALL")
  void payloadSchemaHasExactlyTheRecordsComponents(EventType<?> type) {
    Map<String, Object> payload = map(message(type), "payload");
    Map<String, Object> properties = map(payload, "properties");
    List<String> components =
        Arrays.stream(type.recordClass().getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    assertThat(payload).containsEntry("type", "object");
    assertThat(List.copyOf(properties.keySet())).as("properties of %s", type).isEqualTo(components);
    assertThat(list(payload, "required")).as("required of %s", type).isEqualTo(components);
  }

  @ParameterizedTest
  @FieldSource("ALL")
  void payloadPropertyTypesMatchTheComponentTypes(EventType<?> type) {
    Map<String, Object> properties = map(map(message(type), "payload"), "properties");
    for (RecordComponent component : type.recordClass().getRecordComponents()) {
      String where = type.ceType() + "." + component.getName();
      Map<String, Object> schema = map(properties, component.getName());
      boolean nullable = component.isAnnotationPresent(Nullable.class);
      assertThat(nullable && component.getType().isPrimitive())
          .as("%s: a primitive cannot be @Nullable", where)
          .isFalse();

      String jsonType = jsonType(component.getType());
      Object expectedType = nullable ? List.of(jsonType, "null") : jsonType;
      assertThat(schema.get("type")).as("type of %s", where).isEqualTo(expectedType);

      String expectedFormat = jsonFormat(component.getType());
      if (expectedFormat != null) {
        assertThat(schema.get("format")).as("format of %s", where).isEqualTo(expectedFormat);
      }
      if (component.getType() == List.class) {
        String itemType = jsonType((Class<?>) typeArgument(component.getGenericType()));
        assertThat(map(schema, "items")).as("items of %s", where).containsEntry("type", itemType);
      }
    }
  }

  @Test
  void noMessagesBeyondTheEventTypes() {
    List<Object> ceTypes = messages().stream().map(m -> ceTypeConst(m.message())).toList();
    assertThat(ceTypes)
        .containsExactlyInAnyOrderElementsOf(
            EventType.ALL.stream().map(EventType::ceType).toList());

    Set<Object> referenced = new HashSet<>();
    messages().forEach(m -> referenced.add(m.message()));
    assertThat(map(map(DOC, "components"), "messages").values())
        .as("component messages not on any channel")
        .allMatch(referenced::contains);
    assertThat(map(DOC, "channels").values())
        .allSatisfy(
            channel -> assertThat(Topics.ALL).contains((String) asMap(channel).get("address")));
  }

  @Test
  void oneSendOperationPerProducingTopicCoversAllItsMessages() {
    Map<String, Object> channels = map(DOC, "channels");
    Map<Object, List<Object>> sentByChannel = new LinkedHashMap<>();
    for (Object value : map(DOC, "operations").values()) {
      Map<String, Object> operation = asMap(value);
      assertThat(operation).containsEntry("action", "send");
      Map<String, Object> channel = resolve(map(operation, "channel"));
      List<Object> sent = new ArrayList<>();
      for (Object ref : list(operation, "messages")) {
        String pointer = (String) asMap(ref).get("$ref");
        assertThat(pointer)
            .as("operation messages point into their own channel")
            .startsWith(pointerOf(channels, channel) + "/messages/");
        sent.add(resolve(asMap(ref)));
      }
      assertThat(sentByChannel.put(channel, sent)).as("two operations on one channel").isNull();
    }
    assertThat(sentByChannel.keySet()).containsExactlyInAnyOrderElementsOf(channels.values());
    sentByChannel.forEach(
        (channel, sent) ->
            assertThat(sent)
                .containsExactlyInAnyOrderElementsOf(
                    map(asMap(channel), "messages").values().stream()
                        .map(m -> resolve(asMap(m)))
                        .toList()));
  }

  // ---- the record → JSON Schema mapping the document must follow

  private static String jsonType(Class<?> type) {
    if (type == UUID.class || type == String.class || type == Instant.class) {
      return "string";
    }
    if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
      return "integer";
    }
    if (type == BigDecimal.class) {
      return "number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "boolean";
    }
    if (List.class.isAssignableFrom(type)) {
      return "array";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "object";
    }
    throw new AssertionError(
        "No JSON mapping for " + type + ": use JDK value types of the wire rules (docs/events.md)");
  }

  private static String jsonFormat(Class<?> type) {
    if (type == UUID.class) {
      return "uuid";
    }
    if (type == Instant.class) {
      return "date-time";
    }
    return null;
  }

  private static Type typeArgument(Type generic) {
    return ((ParameterizedType) generic).getActualTypeArguments()[0];
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static UUID keyOfSample(EventType<?> type) {
    Record event = EventJson.MAPPER.readValue(type.sampleJson(), type.recordClass());
    return ((EventType) type).key(event);
  }

  // ---- walking the document

  private record Found(String address, Map<String, Object> message) {}

  private static List<Found> messages() {
    List<Found> found = new ArrayList<>();
    for (Object value : map(DOC, "channels").values()) {
      Map<String, Object> channel = asMap(value);
      Object messages = channel.get("messages");
      if (messages != null) {
        asMap(messages)
            .values()
            .forEach(m -> found.add(new Found((String) channel.get("address"), resolve(asMap(m)))));
      }
    }
    return found;
  }

  private static Map<String, Object> message(EventType<?> type) {
    return messages().stream()
        .filter(m -> type.ceType().equals(ceTypeConst(m.message())))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No message for " + type))
        .message();
  }

  private static Object ceTypeConst(Map<String, Object> message) {
    return map(map(map(message, "headers"), "properties"), CloudEventHeaders.TYPE).get("const");
  }

  /** Follows a local {@code $ref} (also a chain of them); anything else is returned as it is. */
  private static Map<String, Object> resolve(Map<String, Object> node) {
    Map<String, Object> current = node;
    while (current.containsKey("$ref")) {
      String ref = (String) current.get("$ref");
      assertThat(ref).as("only local references").startsWith("#/");
      Object target = DOC;
      for (String segment : ref.substring(2).split("/")) {
        target = asMap(target).get(segment.replace("~1", "/").replace("~0", "~"));
        assertThat(target).as("unresolvable %s", ref).isNotNull();
      }
      current = asMap(target);
    }
    return current;
  }

  private static String pointerOf(Map<String, Object> channels, Map<String, Object> channel) {
    return channels.entrySet().stream()
        .filter(e -> e.getValue() == channel)
        .map(e -> "#/channels/" + e.getKey())
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    assertThat(value).as("missing %s", key).isNotNull();
    return resolve(asMap(value));
  }

  private static List<Object> list(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    assertThat(value).as("missing %s", key).isInstanceOf(List.class);
    @SuppressWarnings("unchecked")
    List<Object> list = (List<Object>) value;
    return list;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  private static Map<String, Object> load() {
    try (InputStream in = EventType.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("asyncapi.yaml is not on the classpath");
      }
      return new Yaml().load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
