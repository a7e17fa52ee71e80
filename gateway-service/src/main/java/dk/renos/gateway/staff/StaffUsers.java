package dk.renos.gateway.staff;

import dk.renos.gateway.problem.FieldProblems;
import dk.renos.gateway.problem.GatewayProblem;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's management of staff accounts, with the rules that keep them sound: user names and
 * invited emails are unique, a cleaner has a team and nobody else does, a password meets the {@link
 * PasswordPolicy}, and the last enabled owner can be neither demoted nor disabled (else nobody
 * could manage users again). Blocking (JDBC, hashing): call it off the event loop.
 */
@Service
public class StaffUsers {

  static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@+-]{2,100}");
  static final Pattern TEAM = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}");

  private static final SecureRandom RANDOM = new SecureRandom();

  private final StaffUserRepository users;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;

  public StaffUsers(StaffUserRepository users, PasswordEncoder encoder, PasswordPolicy policy) {
    this.users = users;
    this.encoder = encoder;
    this.policy = policy;
  }

  /**
   * A new user. For {@code PASSWORD} with no password given, a one-time password is made (returned
   * once) that must be changed at the first sign-in.
   */
  @Transactional
  public Created create(NewUser request) {
    FieldProblems problems = new FieldProblems();
    SignInMethod signIn =
        parse(SignInMethod.class, request.signIn(), "signIn", problems, SignInMethod.PASSWORD);
    StaffRole role = parse(StaffRole.class, request.role(), "role", problems, null);
    String email = blankToNull(request.email());
    String username = blankToNull(request.username());
    if (signIn == SignInMethod.GOOGLE) {
      if (email == null || !EMAIL.matcher(email).matches()) {
        problems.add("email", "must be the Google address of the person invited");
      }
      if (username == null && email != null) {
        username = email.toLowerCase(Locale.ROOT);
      }
      if (request.password() != null) {
        problems.add("password", "a Google sign-in has no password here");
      }
    } else if (email != null && !EMAIL.matcher(email).matches()) {
      problems.add("email", "must be an email address");
    }
    if (username == null || !USERNAME.matcher(username).matches()) {
      problems.add("username", "must be 2-100 letters, digits or . _ @ + -");
    }
    String team = checkTeam(role, request.team(), problems);
    String displayName = checkDisplayName(request.displayName(), problems);
    String temporary = null;
    String password = request.password();
    if (signIn == SignInMethod.PASSWORD) {
      if (password == null) {
        temporary = temporaryPassword();
        password = temporary;
      } else {
        policy.problems(password, username).forEach(p -> problems.add("password", p));
      }
    }
    problems.throwIfAny();
    if (users.findByUsername(username).isPresent()) {
      throw GatewayProblem.conflict("A user named " + username + " exists already.")
          .with(
              "errors",
              java.util.List.of(java.util.Map.of("field", "username", "message", "is taken")));
    }
    if (email != null && users.findByEmail(email).isPresent()) {
      throw GatewayProblem.conflict("Another user has that email.")
          .with(
              "errors",
              java.util.List.of(java.util.Map.of("field", "email", "message", "is taken")));
    }
    long id;
    try {
      id =
          users.insert(
              username,
              displayName,
              email,
              signIn,
              signIn == SignInMethod.PASSWORD ? encoder.encode(password) : null,
              role,
              team,
              temporary != null);
    } catch (DuplicateKeyException e) {
      throw GatewayProblem.conflict("A user with that name or email exists already.");
    }
    return new Created(users.findById(id).orElseThrow(), temporary);
  }

  /** Changes what the request names; the rest stays. */
  @Transactional
  public StaffUser update(long id, UserChange change) {
    StaffUser user = find(id);
    FieldProblems problems = new FieldProblems();
    StaffRole role = parse(StaffRole.class, change.role(), "role", problems, user.role());
    String team =
        change.team() != null || change.role() != null
            ? checkTeam(role, change.team() != null ? change.team() : user.team(), problems)
            : user.team();
    String displayName =
        change.displayName() != null
            ? checkDisplayName(change.displayName(), problems)
            : user.displayName();
    boolean enabled = change.enabled() != null ? change.enabled() : user.enabled();
    problems.throwIfAny();
    boolean losesOwner =
        user.role() == StaffRole.OWNER && user.enabled() && (role != StaffRole.OWNER || !enabled);
    if (losesOwner && users.countEnabledOwners() <= 1) {
      throw GatewayProblem.conflict("This is the last enabled owner: make another owner first.");
    }
    users.update(id, displayName, role, team, enabled);
    return find(id);
  }

  /**
   * An owner's reset: a one-time password (returned once, never stored in clear) that signs in only
   * to choose a new one; the user's sessions end.
   */
  @Transactional
  public String resetPassword(long id) {
    StaffUser user = find(id);
    if (user.signIn() != SignInMethod.PASSWORD) {
      throw GatewayProblem.conflict("This user signs in with Google and has no password here.");
    }
    String temporary = temporaryPassword();
    users.setPassword(id, encoder.encode(temporary), true);
    return temporary;
  }

  public StaffUser find(long id) {
    return users
        .findById(id)
        .orElseThrow(() -> GatewayProblem.notFound("No staff user " + id + "."));
  }

  /** A new user and, when one was made, its one-time password. */
  public record Created(StaffUser user, String temporaryPassword) {}

  /** What {@code POST /api/admin/users} takes. */
  public record NewUser(
      String username,
      String displayName,
      String email,
      String role,
      String team,
      String password,
      String signIn) {}

  /** What {@code PATCH /api/admin/users/{id}} takes; null = unchanged. */
  public record UserChange(String role, String team, String displayName, Boolean enabled) {}

  /** 18 random bytes, URL-safe Base64: 24 characters, 144 bits. */
  static String temporaryPassword() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String checkTeam(StaffRole role, String team, FieldProblems problems) {
    String value = blankToNull(team);
    if (role == StaffRole.CLEANER) {
      if (value == null || !TEAM.matcher(value).matches()) {
        problems.add(
            "team", "a cleaner needs a team: lower-case letters, digits and -, e.g. team-1");
      }
      return value;
    }
    if (value != null && role != null) {
      problems.add("team", "only cleaners belong to a team");
    }
    return null;
  }

  private static String checkDisplayName(String displayName, FieldProblems problems) {
    String value = blankToNull(displayName);
    if (value != null && value.length() > 200) {
      problems.add("displayName", "must be at most 200 characters");
    }
    return value;
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, String field, FieldProblems problems, E fallback) {
    if (value == null) {
      if (fallback == null) {
        problems.add(field, "is required");
      }
      return fallback;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.strip())) {
        return constant;
      }
    }
    problems.add(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    return fallback;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
