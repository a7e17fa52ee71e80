package dk.renos.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The administrator comes from RENOS_ADMIN_PASSWORD, hashed, and the password is never logged. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTests {

  final StaffUserRepository users = mock(StaffUserRepository.class);
  final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

  @Test
  void passwordSetUpsertsAdminWithBcryptHash(CapturedOutput output) {
    new AdminBootstrap(new AdminProperties("boss", "s3cret-from-env"), users, encoder)
        .run(new DefaultApplicationArguments());

    ArgumentCaptor<String> hash = ArgumentCaptor.forClass(String.class);
    verify(users).upsert(eq("boss"), hash.capture(), eq(StaffRole.OWNER));
    assertThat(hash.getValue()).startsWith("$2").isNotEqualTo("s3cret-from-env");
    assertThat(encoder.matches("s3cret-from-env", hash.getValue())).isTrue();
    assertThat(output).doesNotContain("s3cret-from-env");
  }

  @Test
  void noPasswordAndNoUsersWarnsOnce(CapturedOutput output) {
    when(users.count()).thenReturn(0L);

    new AdminBootstrap(new AdminProperties(null, ""), users, encoder)
        .run(new DefaultApplicationArguments());

    verify(users, never()).upsert(anyString(), anyString(), any());
    assertThat(output.getOut().lines().filter(line -> line.contains("RENOS_ADMIN_PASSWORD")))
        .hasSize(1)
        .allSatisfy(line -> assertThat(line).contains("WARN").contains("nobody can log in"));
  }

  @Test
  void noPasswordButUsersExistIsQuiet(CapturedOutput output) {
    when(users.count()).thenReturn(3L);

    new AdminBootstrap(new AdminProperties("admin", null), users, encoder)
        .run(new DefaultApplicationArguments());

    verify(users, never()).upsert(anyString(), anyString(), any());
    assertThat(output).doesNotContain("RENOS_ADMIN_PASSWORD");
  }

  @Test
  void propertiesNeverPrintThePassword() {
    assertThat(new AdminProperties("admin", "hunter2").toString()).doesNotContain("hunter2");
  }
}
