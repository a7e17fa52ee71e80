/**
 * Events published by email-ingest-service on {@link dk.renos.events.Topics#EMAIL}, keyed by
 * thread id so that one thread's messages stay in order.
 */
package dk.renos.events.email;
