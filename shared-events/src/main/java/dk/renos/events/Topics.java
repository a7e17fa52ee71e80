package dk.renos.events;

import java.util.List;

/**
 * One Kafka topic per producing context, keyed by aggregate id so one aggregate's events stay in
 * order. Subscribers outside RenOS read these names from the AsyncAPI document.
 */
public final class Topics {

    public static final String EMAIL = "email.events";
    public static final String LEAD = "lead.events";
    public static final String CUSTOMER = "customer.events";
    public static final String QUOTE = "quote.events";
    public static final String BOOKING = "booking.events";
    public static final String CHAT = "chat.events";

    public static final List<String> ALL = List.of(EMAIL, LEAD, CUSTOMER, QUOTE, BOOKING, CHAT);

    private Topics() {
    }
}
