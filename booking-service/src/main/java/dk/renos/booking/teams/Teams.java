package dk.renos.booking.teams;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The cleaning teams that take bookings, from {@code RENOS_BOOKING_TEAMS} (comma list, default
 * {@code team-1}). Their order is the order in which a free start is given to a team. A booking
 * belongs to exactly one team; the database keeps one team's bookings apart (travel included).
 *
 * @param ids team ids: 1–40 characters, lower-case letters, digits and '-'; no duplicates
 */
@ConfigurationProperties("renos.booking.teams")
public record Teams(List<String> ids) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  public Teams {
    if (ids == null || ids.isEmpty()) {
      ids = List.of("team-1");
    }
    ids = ids.stream().map(String::trim).filter(id -> !id.isEmpty()).toList();
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("RENOS_BOOKING_TEAMS names no team");
    }
    for (String id : ids) {
      if (!ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "RENOS_BOOKING_TEAMS: team id '"
                + id
                + "' must be 1-40 lower-case letters, digits or '-', starting with a letter or digit");
      }
    }
    if (new LinkedHashSet<>(ids).size() != ids.size()) {
      throw new IllegalArgumentException("RENOS_BOOKING_TEAMS names a team twice: " + ids);
    }
    ids = List.copyOf(ids);
  }

  public boolean contains(String id) {
    return ids.contains(id);
  }
}
