/**
 * Events about customers (Customer 360), published by lead-service on {@link
 * dk.renos.events.Topics#CUSTOMER}, keyed by customer id. Personal data: subscribers must honour
 * erasure.
 */
package dk.renos.events.customer;
