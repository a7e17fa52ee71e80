/**
 * Outgoing email: send requests recorded once per command, dry-run by default, sent through the
 * connected Gmail mailbox as a reply in its thread. Uses Gmail only through its {@code api} named
 * interface.
 */
@ApplicationModule(allowedDependencies = {"background", "gmail :: api", "message", "thread"})
package dk.renos.email.outgoing;

import org.springframework.modulith.ApplicationModule;
