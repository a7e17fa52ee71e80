package dk.renos.chat.assistant;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the assistant writes times, prices and names of things in Danish. */
public final class DanishText {

  public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  private static final Locale DANISH = Locale.forLanguageTag("da-DK");

  private static final DateTimeFormatter DAY_AND_TIME =
      DateTimeFormatter.ofPattern("EEEE d. MMMM 'kl.' HH:mm", DANISH).withZone(COPENHAGEN);

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", DANISH).withZone(COPENHAGEN);

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d. MMMM", DANISH).withZone(COPENHAGEN);

  private DanishText() {}

  /** {@code mandag 23. marts kl. 10:00} (Copenhagen time). */
  public static String dayAndTime(Instant instant) {
    return instant == null ? "ukendt tidspunkt" : DAY_AND_TIME.format(instant);
  }

  public static String time(Instant instant) {
    return instant == null ? "?" : TIME.format(instant);
  }

  public static String date(Instant instant) {
    return instant == null ? "ukendt dato" : DATE.format(instant);
  }

  /** Øre to kroner: {@code 174500} → {@code 1.745,00 kr.}. */
  public static String kroner(Long ore) {
    if (ore == null) {
      return "uden pris";
    }
    NumberFormat format = NumberFormat.getNumberInstance(DANISH);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(ore / 100.0) + " kr.";
  }

  /** A service type's code as staff say it. */
  public static String service(String serviceType) {
    if (serviceType == null) {
      return "rengøring";
    }
    return switch (serviceType) {
      case "RECURRING" -> "fast rengøring";
      case "DEEP_CLEAN" -> "hovedrengøring";
      case "MOVE_OUT" -> "flytterengøring";
      case "ONE_OFF" -> "enkeltrengøring";
      case "OFFICE" -> "erhvervsrengøring";
      case "WINDOWS" -> "vinduespudsning";
      default -> serviceType.toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  public static String name(String name) {
    return name == null ? "ukendt kunde" : name;
  }
}
