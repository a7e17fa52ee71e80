package dk.renos.gateway.staff;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Blocking JDBC access to {@code gateway.staff_user}; callers on the event loop must offload. */
@Repository
public class StaffUserRepository {

  private final JdbcClient jdbc;

  public StaffUserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StaffUser> findByUsername(String username) {
    return jdbc.sql(
            """
            SELECT username, password_hash, role, enabled
            FROM gateway.staff_user WHERE username = :username""")
        .param("username", username)
        .query(
            (rs, row) ->
                new StaffUser(
                    rs.getString("username"),
                    rs.getString("password_hash"),
                    StaffRole.valueOf(rs.getString("role")),
                    rs.getBoolean("enabled")))
        .optional();
  }

  /** Creates the user or resets its hash, role and enabled flag. */
  public void upsert(String username, String passwordHash, StaffRole role) {
    jdbc.sql(
            """
            INSERT INTO gateway.staff_user (username, password_hash, role, enabled)
            VALUES (:username, :hash, :role, TRUE)
            ON CONFLICT (username) DO UPDATE
              SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role, enabled = TRUE""")
        .param("username", username)
        .param("hash", passwordHash)
        .param("role", role.name())
        .update();
  }

  public long count() {
    return jdbc.sql("SELECT count(*) FROM gateway.staff_user").query(Long.class).single();
  }
}
