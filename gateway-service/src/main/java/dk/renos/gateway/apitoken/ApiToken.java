package dk.renos.gateway.apitoken;

import dk.renos.gateway.staff.StaffRole;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code gateway.api_token}: everything but the secret, which is never stored. */
public record ApiToken(
    UUID id,
    String name,
    String prefix,
    StaffRole role,
    String team,
    String createdBy,
    Instant createdAt,
    Instant expiresAt,
    Instant revokedAt,
    Instant lastUsedAt) {

  public boolean activeAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }
}
