package dk.renos.email.gmail.connection;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum ConnectionStatus {
  CONNECTED,
  /**
   * Google refused the token or key (expired, revoked, delegation removed): a person must
   * reconnect.
   */
  NEEDS_REAUTHORISATION
}
