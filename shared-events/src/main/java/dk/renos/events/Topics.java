package dk.renos.events;

import java.util.List;

/**
 * One Kafka topic per producing context, keyed by aggregate id so one aggregate's events stay in
 * order; and one command topic per context that accepts commands ({@code <context>.commands}),
 * keyed by command id. Subscribers outside RenOS read these names from the AsyncAPI document.
 */
public final class Topics {

  public static final String EMAIL = "email.events";
  public static final String LEAD = "lead.events";
  public static final String CUSTOMER = "customer.events";
  public static final String QUOTE = "quote.events";
  public static final String BOOKING = "booking.events";
  public static final String CHAT = "chat.events";

  /**
   * Commands to email-ingest-service (send an email); sent by other RenOS services, not an event
   * stream.
   */
  public static final String EMAIL_COMMANDS = "email.commands";

  /**
   * Every topic of the published language (the AsyncAPI channels), event and command topics alike.
   */
  public static final List<String> ALL =
      List.of(EMAIL, LEAD, CUSTOMER, QUOTE, BOOKING, CHAT, EMAIL_COMMANDS);

  private Topics() {}
}
