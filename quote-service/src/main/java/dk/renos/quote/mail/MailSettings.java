package dk.renos.quote.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The quote mail ({@code renos.quote.mail.*}).
 *
 * @param publicBaseUrl where customers open the accept link: {@code <publicBaseUrl>/q/<token>} (the
 *     gateway's public address); env {@code RENOS_PUBLIC_BASE_URL}, default {@code
 *     http://localhost:8080}
 * @param bookingUrl booking-service, for free slots; env {@code RENOS_BOOKING_URL}, default {@code
 *     http://localhost:8084}
 * @param slotsTimeout how long to wait for booking-service before the mail says "we will propose
 *     times"; env {@code RENOS_QUOTE_SLOTS_TIMEOUT}, default 3 s
 * @param slotCount how many slots the mail offers; default 5 (DOMAIN.md)
 * @param linkKey secret that signs accept links (base64 or any text of at least 32 characters); env
 *     {@code RENOS_QUOTE_LINK_KEY}. Unset: a random key per start, so links die on restart (fine
 *     for development, not for production)
 * @param signature the mail's closing signature lines ({@code renos.quote.mail.signature})
 */
@ConfigurationProperties("renos.quote.mail")
public record MailSettings(
    String publicBaseUrl,
    String bookingUrl,
    Duration slotsTimeout,
    Integer slotCount,
    String linkKey,
    String signature) {

  public MailSettings {
    publicBaseUrl = strip(publicBaseUrl != null ? publicBaseUrl : "http://localhost:8080");
    bookingUrl = strip(bookingUrl != null ? bookingUrl : "http://localhost:8084");
    slotsTimeout = slotsTimeout != null ? slotsTimeout : Duration.ofSeconds(3);
    slotCount = slotCount != null && slotCount > 0 ? slotCount : 5;
    signature = signature != null && !signature.isBlank() ? signature : "Venlig hilsen\nRenOS";
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
