package dk.renos.support.security;

import org.springframework.web.client.RestClient;

/**
 * HTTP clients for calling another RenOS service directly (not through the gateway), with the right
 * token on every request: the user's, forwarded, inside a request; the service's own (role {@link
 * Role#SERVICE}) from a Kafka listener or a background job.
 *
 * <pre>{@code
 * RestClient booking = serviceClients.to(bookingUrl);          // e.g. RENOS_BOOKING_URL
 * SlotOffer offer = booking.get().uri("/api/bookings/slots?minutes=120").retrieve().body(SlotOffer.class);
 * }</pre>
 */
public final class ServiceClients {

  private final RestClient.Builder prototype;
  private final ServiceCallAuthorization authorization;

  ServiceClients(RestClient.Builder prototype, ServiceCallAuthorization authorization) {
    this.prototype = prototype;
    this.authorization = authorization;
  }

  /** A builder for a client of the service at {@code baseUrl}, to add timeouts or converters. */
  public RestClient.Builder builder(String baseUrl) {
    return prototype.clone().baseUrl(baseUrl).requestInterceptor(authorization);
  }

  /** A client of the service at {@code baseUrl}. */
  public RestClient to(String baseUrl) {
    return builder(baseUrl).build();
  }
}
