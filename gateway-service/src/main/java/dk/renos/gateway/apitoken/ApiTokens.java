package dk.renos.gateway.apitoken;

import dk.renos.gateway.problem.FieldProblems;
import dk.renos.gateway.problem.GatewayProblem;
import dk.renos.gateway.staff.AuthenticatedBy;
import dk.renos.gateway.staff.GatewayIdentity;
import dk.renos.gateway.staff.StaffRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * API tokens for machine clients: {@code renos_pat_} and 32 random bytes (256 bits, URL-safe
 * Base64), scoped to one role, expiring, revocable. Only the SHA-256 of a token is stored: the
 * token is as random as a key, so a slow password hash would add nothing (nobody can guess their
 * way back from a hash of 256 random bits) and would cost every API request tens of milliseconds.
 * The last use is written at most once a minute per token, so a busy client does not turn every
 * request into a database write. Blocking: call it off the event loop.
 */
public class ApiTokens {

  public static final String PREFIX = "renos_pat_";

  /** How far ahead a token may expire. */
  static final Duration MAX_LIFETIME = Duration.ofDays(730);

  static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

  static final String BOOTSTRAP_NAME = "local-install";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}");
  private static final Pattern TEAM = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ApiTokenRepository tokens;
  private final Clock clock;
  private final Map<UUID, Instant> lastWritten = new ConcurrentHashMap<>();

  public ApiTokens(ApiTokenRepository tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  /** A new token and its secret, which only this answer ever shows. */
  public record Issued(ApiToken token, String secret) {}

  /** What {@code POST /api/admin/tokens} takes. */
  public record NewToken(String name, String role, String team, String expiresAt) {}

  public Issued create(NewToken request, String createdBy) {
    FieldProblems problems = new FieldProblems();
    String name = request.name() == null ? null : request.name().strip();
    if (name == null || !NAME.matcher(name).matches()) {
      problems.add("name", "must be 1-100 letters, digits, spaces or . _ -");
    }
    StaffRole role = null;
    if (request.role() == null) {
      problems.add("role", "is required");
    } else {
      try {
        role = StaffRole.valueOf(request.role().strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("role", "must be one of OWNER, STAFF, CLEANER");
      }
    }
    String team =
        request.team() == null || request.team().isBlank() ? null : request.team().strip();
    if (role == StaffRole.CLEANER && (team == null || !TEAM.matcher(team).matches())) {
      problems.add("team", "a cleaner's token needs a team, e.g. team-1");
    } else if (role != null && role != StaffRole.CLEANER && team != null) {
      problems.add("team", "only a cleaner's token has a team");
    }
    Instant now = clock.instant();
    Instant expiresAt = null;
    if (request.expiresAt() == null) {
      problems.add("expiresAt", "is required (an ISO-8601 instant, e.g. 2027-01-31T00:00:00Z)");
    } else {
      try {
        expiresAt = Instant.parse(request.expiresAt());
        if (!expiresAt.isAfter(now)) {
          problems.add("expiresAt", "must be in the future");
        } else if (expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
          problems.add("expiresAt", "must be at most " + MAX_LIFETIME.toDays() + " days ahead");
        }
      } catch (DateTimeParseException e) {
        problems.add("expiresAt", "must be an ISO-8601 instant, e.g. 2027-01-31T00:00:00Z");
      }
    }
    problems.throwIfAny();
    if (tokens.activeNameExists(name)) {
      throw GatewayProblem.conflict("An active token named " + name + " exists already.");
    }
    String secret = newSecret();
    ApiToken token =
        new ApiToken(
            UUID.randomUUID(),
            name,
            secret.substring(0, PREFIX.length() + 4),
            role,
            team,
            createdBy,
            now,
            expiresAt,
            null,
            null);
    tokens.insert(token, hash(secret));
    return new Issued(token, secret);
  }

  /**
   * The install's own owner token (from {@code RENOS_BOOTSTRAP_API_TOKEN}, which {@code ./renos up}
   * keeps in {@code .renos/secrets/api-token}): stored by its hash, active, valid for a year from
   * this start; a different earlier bootstrap token is revoked.
   */
  public void bootstrap(String secret) {
    if (!secret.startsWith(PREFIX) || secret.length() < PREFIX.length() + 43) {
      throw new IllegalArgumentException(
          "RENOS_BOOTSTRAP_API_TOKEN must be " + PREFIX + " followed by 43+ random characters");
    }
    Instant now = clock.instant();
    String hash = hash(secret);
    tokens.page(0, 1000).stream()
        .filter(t -> t.name().equals(BOOTSTRAP_NAME) && t.revokedAt() == null)
        .filter(t -> tokens.findByHash(hash).map(own -> !own.id().equals(t.id())).orElse(true))
        .forEach(t -> tokens.revoke(t.id(), now));
    tokens.upsertBootstrap(
        new ApiToken(
            UUID.randomUUID(),
            BOOTSTRAP_NAME,
            secret.substring(0, PREFIX.length() + 4),
            StaffRole.OWNER,
            null,
            "RENOS_BOOTSTRAP_API_TOKEN",
            now,
            now.plus(Duration.ofDays(365)),
            null,
            null),
        hash);
  }

  /** Who a presented token is, if it is a known, unrevoked, unexpired one. */
  public Optional<GatewayIdentity> authenticate(String presented) {
    if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<ApiToken> token = tokens.findByHash(hash(presented)).filter(t -> t.activeAt(now));
    token.ifPresent(t -> recordUse(t, now));
    return token.map(
        t -> new GatewayIdentity("token:" + t.name(), t.role(), t.team(), AuthenticatedBy.TOKEN));
  }

  public boolean revoke(UUID id) {
    boolean revoked = tokens.revoke(id, clock.instant());
    lastWritten.remove(id);
    return revoked;
  }

  private void recordUse(ApiToken token, Instant now) {
    Instant written = lastWritten.get(token.id());
    Instant stored = token.lastUsedAt();
    Instant latest =
        written == null || (stored != null && stored.isAfter(written)) ? stored : written;
    if (latest == null || !now.isBefore(latest.plus(LAST_USE_RESOLUTION))) {
      tokens.touch(token.id(), now);
      lastWritten.put(token.id(), now);
    }
  }

  static String newSecret() {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
