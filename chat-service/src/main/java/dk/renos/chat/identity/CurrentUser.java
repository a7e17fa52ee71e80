package dk.renos.chat.identity;

/**
 * The staff member asking, as a controller parameter. Today the gateway names the authenticated
 * user in {@code X-Renos-User} (it drops whatever a client sent in that header); when the
 * gateway-signed identity token lands, only {@link CurrentUserResolver} changes.
 */
public record CurrentUser(String name) {}
