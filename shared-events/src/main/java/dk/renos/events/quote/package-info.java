/**
 * Events published by quote-service on {@link dk.renos.events.Topics#QUOTE}, keyed by quote id.
 * Money is in øre (1/100 DKK) as whole numbers, including 25 % VAT unless the name says otherwise.
 */
package dk.renos.events.quote;
