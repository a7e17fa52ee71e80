package dk.renos.gateway.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Blocking JDBC access to {@code gateway.staff_user}; callers on the event loop must offload. */
@Repository
public class StaffUserRepository {

  private static final String COLUMNS =
      "id, username, display_name, email, sign_in, password_hash, role, team, enabled,"
          + " must_change_password, sessions_not_before, created_at";

  private final JdbcClient jdbc;

  public StaffUserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** By user name, ignoring case (user names are unique without regard to case). */
  public Optional<StaffUser> findByUsername(String username) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM gateway.staff_user WHERE lower(username) = lower(:u)")
        .param("u", username)
        .query(StaffUserRepository::row)
        .optional();
  }

  public Optional<StaffUser> findById(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM gateway.staff_user WHERE id = :id")
        .param("id", id)
        .query(StaffUserRepository::row)
        .optional();
  }

  public Optional<StaffUser> findByEmail(String email) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM gateway.staff_user WHERE lower(email) = lower(:email)")
        .param("email", email)
        .query(StaffUserRepository::row)
        .optional();
  }

  /** One page, by user name. */
  public List<StaffUser> page(int offset, int size) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM gateway.staff_user ORDER BY lower(username), id LIMIT :size OFFSET :offset")
        .param("size", size)
        .param("offset", offset)
        .query(StaffUserRepository::row)
        .list();
  }

  public long count() {
    return jdbc.sql("SELECT count(*) FROM gateway.staff_user").query(Long.class).single();
  }

  public long countEnabledOwners() {
    return jdbc.sql("SELECT count(*) FROM gateway.staff_user WHERE role = 'OWNER' AND enabled")
        .query(Long.class)
        .single();
  }

  /** A new user; its id. */
  public long insert(
      String username,
      String displayName,
      String email,
      SignInMethod signIn,
      String passwordHash,
      StaffRole role,
      String team,
      boolean mustChangePassword) {
    return jdbc.sql(
            """
            INSERT INTO gateway.staff_user
              (username, display_name, email, sign_in, password_hash, role, team, enabled,
               must_change_password)
            VALUES (:username, :displayName, :email, :signIn, :hash, :role, :team, TRUE, :mustChange)
            RETURNING id""")
        .param("username", username)
        .param("displayName", displayName)
        .param("email", email)
        .param("signIn", signIn.name())
        .param("hash", passwordHash)
        .param("role", role.name())
        .param("team", role == StaffRole.CLEANER ? team : null)
        .param("mustChange", mustChangePassword)
        .query(Long.class)
        .single();
  }

  /** Role, team, display name and enabled flag as given. */
  public void update(long id, String displayName, StaffRole role, String team, boolean enabled) {
    jdbc.sql(
            """
            UPDATE gateway.staff_user
               SET display_name = :displayName, role = :role, team = :team, enabled = :enabled,
                   updated_at = now()
             WHERE id = :id""")
        .param("id", id)
        .param("displayName", displayName)
        .param("role", role.name())
        .param("team", role == StaffRole.CLEANER ? team : null)
        .param("enabled", enabled)
        .update();
  }

  /** A new hash; {@code mustChange} for a one-time password from a reset. */
  public void setPassword(long id, String passwordHash, boolean mustChange) {
    jdbc.sql(
            """
            UPDATE gateway.staff_user
               SET password_hash = :hash, must_change_password = :mustChange, updated_at = now()
             WHERE id = :id""")
        .param("id", id)
        .param("hash", passwordHash)
        .param("mustChange", mustChange)
        .update();
  }

  /** Re-hashed with the current encoder on sign-in; nothing else changes. */
  public void upgradeHash(long id, String passwordHash) {
    jdbc.sql("UPDATE gateway.staff_user SET password_hash = :hash WHERE id = :id")
        .param("id", id)
        .param("hash", passwordHash)
        .update();
  }

  /** Every session of the user that started before {@code now} is over. */
  public void endSessions(long id, Instant now) {
    jdbc.sql(
            "UPDATE gateway.staff_user SET sessions_not_before = :now, updated_at = now()"
                + " WHERE id = :id")
        .param("id", id)
        .param("now", Timestamp.from(now))
        .update();
  }

  /**
   * The bootstrap owner: created, or its hash reset and the account made an enabled owner again.
   */
  public void upsert(String username, String passwordHash, StaffRole role, String team) {
    jdbc.sql(
            """
            INSERT INTO gateway.staff_user (username, password_hash, role, team, enabled)
            VALUES (:username, :hash, :role, :team, TRUE)
            ON CONFLICT (username) DO UPDATE
              SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role,
                  team = EXCLUDED.team, enabled = TRUE, sign_in = 'PASSWORD',
                  must_change_password = FALSE, updated_at = now()""")
        .param("username", username)
        .param("hash", passwordHash)
        .param("role", role.name())
        .param("team", role == StaffRole.CLEANER ? team : null)
        .update();
  }

  /** Creates the user or resets its hash, role and enabled flag. */
  public void upsert(String username, String passwordHash, StaffRole role) {
    upsert(username, passwordHash, role, null);
  }

  private static StaffUser row(ResultSet rs, int row) throws SQLException {
    Timestamp notBefore = rs.getTimestamp("sessions_not_before");
    return new StaffUser(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("email"),
        SignInMethod.valueOf(rs.getString("sign_in")),
        rs.getString("password_hash"),
        StaffRole.valueOf(rs.getString("role")),
        rs.getString("team"),
        rs.getBoolean("enabled"),
        rs.getBoolean("must_change_password"),
        notBefore == null ? null : notBefore.toInstant(),
        rs.getTimestamp("created_at").toInstant());
  }
}
