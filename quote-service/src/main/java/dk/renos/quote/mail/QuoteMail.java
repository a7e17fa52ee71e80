package dk.renos.quote.mail;

/**
 * A rendered quote mail. <b>Personal data</b> (name, street, the whole text): never logged.
 *
 * @param subject {@code Tilbud på <service> - <street>}
 * @param body the plain-text body
 * @param slotsOffered whether free slots from booking-service are in it; false = the mail says we
 *     will propose times (booking-service unreachable, slow, or nothing free)
 */
public record QuoteMail(String subject, String body, boolean slotsOffered) {}
