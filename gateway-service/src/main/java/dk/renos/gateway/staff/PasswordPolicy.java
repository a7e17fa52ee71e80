package dk.renos.gateway.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters (at most {@value
 * #MAX_LENGTH}, so hashing stays bounded), not the user name, and not one of the well-known
 * passwords in {@code renos/common-passwords.txt} (compared without regard to case). Length beats
 * composition rules (NIST SP 800-63B), so there are none of those.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private final Set<String> common;

  private PasswordPolicy(Set<String> common) {
    this.common = common;
  }

  public static PasswordPolicy standard() {
    Set<String> common = new HashSet<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource("renos/common-passwords.txt").getInputStream(),
                StandardCharsets.UTF_8))) {
      reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .forEach(common::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PasswordPolicy(Set.copyOf(common));
  }

  /** What is wrong with {@code password} for this user, one message per rule broken. */
  public List<String> problems(String password, String username) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      problems.add("is required");
      return problems;
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      problems.add("must be at least " + MIN_LENGTH + " characters");
    }
    if (length > MAX_LENGTH) {
      problems.add("must be at most " + MAX_LENGTH + " characters");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null && lower.strip().equals(username.toLowerCase(Locale.ROOT).strip())) {
      problems.add("must not be the user name");
    }
    if (common.contains(lower)) {
      problems.add("is a commonly used password");
    }
    return problems;
  }
}
