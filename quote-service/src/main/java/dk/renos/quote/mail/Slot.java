package dk.renos.quote.mail;

import java.time.Instant;

/** A free time booking-service offered: start and end (UTC) and the team that is free. */
public record Slot(Instant start, Instant end, String teamId) {}
