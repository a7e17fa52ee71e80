package dk.renos.quote.mail;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the quote mail writes money, hours, dates and times: Danish conventions ({@code 2.066,08
 * kr.}, {@code 1,5}, {@code 3. januar 2027}, {@code kl. 08.00}), always in Europe/Copenhagen
 * whatever the server's zone.
 */
public final class DanishFormat {

  public static final Locale DANISH = Locale.forLanguageTag("da-DK");
  public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM", DANISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", DANISH);

  private DanishFormat() {}

  /** Øre as kroner with two decimals and a thousands dot: 206608 → {@code 2.066,08 kr.}. */
  public static String money(long ore) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DANISH));
    return format.format(BigDecimal.valueOf(ore).movePointLeft(2)) + " kr.";
  }

  /** Hours without trailing zeros: 4.00 → {@code 4}, 1.50 → {@code 1,5}, 0.25 → {@code 0,25}. */
  public static String hours(BigDecimal hours) {
    DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(DANISH));
    return format.format(hours);
  }

  /** The calendar date in Copenhagen: {@code 3. januar 2027}. */
  public static String date(Instant instant) {
    return DATE.format(instant.atZone(COPENHAGEN));
  }

  /** A slot in Copenhagen time: {@code mandag den 7. december kl. 08.00–10.00}. */
  public static String slot(Slot slot) {
    return DAY.format(slot.start().atZone(COPENHAGEN))
        + " kl. "
        + TIME.format(slot.start().atZone(COPENHAGEN))
        + "–"
        + TIME.format(slot.end().atZone(COPENHAGEN));
  }
}
