/**
 * Events published by email-ingest-service on {@link dk.renos.events.Topics#EMAIL}, keyed by thread
 * id so that one thread's messages stay in order; and the command other services send it on {@link
 * dk.renos.events.Topics#EMAIL_COMMANDS} ({@link dk.renos.events.email.SendEmailRequested}), keyed
 * by command id.
 */
package dk.renos.events.email;
