/**
 * Events published by booking-service on {@link dk.renos.events.Topics#BOOKING}, keyed by booking
 * id. Times are instants (UTC); convert to Europe/Copenhagen only for display.
 */
package dk.renos.events.booking;
