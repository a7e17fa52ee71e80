package dk.renos.support.messaging;

import dk.renos.events.EventType;

/**
 * An event read from Kafka: its CloudEvents id (the idempotency key), its type and the record.
 *
 * @param traceparent W3C trace context of the producer, or null
 */
public record InboundEvent<E extends Record>(
    String id, EventType<E> type, E payload, String source, String traceparent) {}
