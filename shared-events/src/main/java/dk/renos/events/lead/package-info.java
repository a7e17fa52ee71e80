/** Events published by lead-service on {@link dk.renos.events.Topics#LEAD}, keyed by lead id. */
package dk.renos.events.lead;
