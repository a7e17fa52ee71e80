/**
 * Gmail: mailbox connections and credentials ({@code connection}), calls with retries and a circuit
 * breaker ({@code client}), initial and incremental sync ({@code sync}), reconciliation ({@code
 * reconcile}) and RenOS labels ({@code labels}).
 *
 * <p>Other modules reach Gmail only through the named interface {@code api}: {@code GmailCalls} and
 * its exceptions, {@code GmailConnections}, {@code GmailConnection}, {@code ConnectionStatus} and
 * {@code ConnectionException} (each type is marked {@code @NamedInterface("api")}).
 */
package dk.renos.email.gmail;
