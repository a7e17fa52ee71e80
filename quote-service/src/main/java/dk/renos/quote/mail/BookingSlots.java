package dk.renos.quote.mail;

import dk.renos.support.security.ServiceClients;
import java.net.http.HttpClient;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * booking-service's slot finder, {@code GET /api/bookings/slots?minutes=N} answering {@code
 * {"minutes":N,"slots":[{"start","end","teamId"}]}}. Unreachable, slow, an error status or a body
 * that does not parse → empty: the mail then says we will propose times.
 */
@Component
public class BookingSlots {

  private static final Logger log = LoggerFactory.getLogger(BookingSlots.class);

  private final RestClient http;
  private final int count;

  /** Through service-support's {@link ServiceClients}: every call carries a signed token. */
  @Autowired
  BookingSlots(ServiceClients clients, MailSettings settings) {
    this(clients.builder(settings.bookingUrl()), settings);
  }

  /** With a prepared client builder (base URL set); the timeouts are added here. */
  BookingSlots(RestClient.Builder client, MailSettings settings) {
    JdkClientHttpRequestFactory factory =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().connectTimeout(settings.slotsTimeout()).build());
    factory.setReadTimeout(settings.slotsTimeout());
    this.http = client.requestFactory(factory).build();
    this.count = settings.slotCount();
  }

  /** The first free slots for a visit of this length, at most the configured count. */
  public Optional<List<Slot>> freeSlots(int minutes) {
    try {
      SlotsResponse response =
          http.get()
              .uri(uri -> uri.path("/api/bookings/slots").queryParam("minutes", minutes).build())
              .retrieve()
              .body(SlotsResponse.class);
      if (response == null || response.slots() == null) {
        return Optional.empty();
      }
      return Optional.of(
          response.slots().stream()
              .filter(slot -> slot.start() != null && slot.end() != null)
              .limit(count)
              .map(
                  slot -> new Slot(slot.start().toInstant(), slot.end().toInstant(), slot.teamId()))
              .toList());
    } catch (RestClientException | IllegalArgumentException e) {
      log.warn(
          "Free slots for {} minutes unavailable from booking-service: {}", minutes, e.toString());
      return Optional.empty();
    }
  }

  record SlotsResponse(Integer minutes, List<SlotJson> slots) {}

  record SlotJson(OffsetDateTime start, OffsetDateTime end, String teamId) {}
}
