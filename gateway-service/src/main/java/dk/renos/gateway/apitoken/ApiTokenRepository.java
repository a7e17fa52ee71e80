package dk.renos.gateway.apitoken;

import dk.renos.gateway.staff.StaffRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Blocking JDBC access to {@code gateway.api_token}. */
@Repository
public class ApiTokenRepository {

  private static final String COLUMNS =
      "id, name, token_prefix, role, team, created_by, created_at, expires_at, revoked_at,"
          + " last_used_at";

  private final JdbcClient jdbc;

  public ApiTokenRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(ApiToken token, String hash) {
    jdbc.sql(
            """
            INSERT INTO gateway.api_token
              (id, name, token_hash, token_prefix, role, team, created_by, created_at, expires_at)
            VALUES (:id, :name, :hash, :prefix, :role, :team, :createdBy, :createdAt, :expiresAt)""")
        .param("id", token.id())
        .param("name", token.name())
        .param("hash", hash)
        .param("prefix", token.prefix())
        .param("role", token.role().name())
        .param("team", token.team())
        .param("createdBy", token.createdBy())
        .param("createdAt", Timestamp.from(token.createdAt()))
        .param("expiresAt", Timestamp.from(token.expiresAt()))
        .update();
  }

  public Optional<ApiToken> findByHash(String hash) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM gateway.api_token WHERE token_hash = :hash")
        .param("hash", hash)
        .query(ApiTokenRepository::row)
        .optional();
  }

  public Optional<ApiToken> findById(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM gateway.api_token WHERE id = :id")
        .param("id", id)
        .query(ApiTokenRepository::row)
        .optional();
  }

  public boolean activeNameExists(String name) {
    return jdbc.sql(
                "SELECT count(*) FROM gateway.api_token WHERE lower(name) = lower(:name)"
                    + " AND revoked_at IS NULL")
            .param("name", name)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Newest first. */
  public List<ApiToken> page(int offset, int size) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM gateway.api_token ORDER BY created_at DESC, id LIMIT :size OFFSET :offset")
        .param("size", size)
        .param("offset", offset)
        .query(ApiTokenRepository::row)
        .list();
  }

  public long count() {
    return jdbc.sql("SELECT count(*) FROM gateway.api_token").query(Long.class).single();
  }

  /** True when it was active and is now revoked. */
  public boolean revoke(UUID id, Instant now) {
    return jdbc.sql(
                "UPDATE gateway.api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
            .param("id", id)
            .param("now", Timestamp.from(now))
            .update()
        == 1;
  }

  public void touch(UUID id, Instant now) {
    jdbc.sql("UPDATE gateway.api_token SET last_used_at = :now WHERE id = :id")
        .param("id", id)
        .param("now", Timestamp.from(now))
        .update();
  }

  /** The bootstrap token: created, or made active again with this expiry. */
  public void upsertBootstrap(ApiToken token, String hash) {
    jdbc.sql(
            """
            INSERT INTO gateway.api_token
              (id, name, token_hash, token_prefix, role, team, created_by, created_at, expires_at)
            VALUES (:id, :name, :hash, :prefix, :role, NULL, :createdBy, :createdAt, :expiresAt)
            ON CONFLICT (token_hash) DO UPDATE
              SET expires_at = EXCLUDED.expires_at, revoked_at = NULL, role = EXCLUDED.role""")
        .param("id", token.id())
        .param("name", token.name())
        .param("hash", hash)
        .param("prefix", token.prefix())
        .param("role", token.role().name())
        .param("createdBy", token.createdBy())
        .param("createdAt", Timestamp.from(token.createdAt()))
        .param("expiresAt", Timestamp.from(token.expiresAt()))
        .update();
  }

  private static ApiToken row(ResultSet rs, int row) throws SQLException {
    return new ApiToken(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("token_prefix"),
        StaffRole.valueOf(rs.getString("role")),
        rs.getString("team"),
        rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("expires_at").toInstant(),
        instant(rs.getTimestamp("revoked_at")),
        instant(rs.getTimestamp("last_used_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
