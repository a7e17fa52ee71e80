package dk.renos.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogHintsTests {

  @TempDir Path dir;

  @Test
  void namesTheExceptionOfTheLastJsonErrorLine() throws Exception {
    Path log = dir.resolve("lead-service.log");
    Files.writeString(
        log,
        """
                {"@timestamp":"t","log.level":"INFO","message":"Starting"}
                {"@timestamp":"t","log.level":"ERROR","message":"Application run failed","error":{"type":"org.flywaydb.core.api.FlywayException","message":"Validate failed: \\"lead\\" schema","stack_trace":"x"}}
                {"@timestamp":"t","log.level":"INFO","message":"Stopped"}
                """);
    assertThat(LogHints.cause(log))
        .isEqualTo(": org.flywaydb.core.api.FlywayException: Validate failed: \"lead\" schema");
  }

  @Test
  void usesTheMessageOfAJsonErrorWithoutException() throws Exception {
    Path log = dir.resolve("x.log");
    Files.writeString(
        log, "{\"log.level\":\"ERROR\",\"message\":\"Port 8082 was already in use.\"}\n");
    assertThat(LogHints.cause(log)).isEqualTo(": Port 8082 was already in use.");
  }

  @Test
  void fallsBackToTheLastExceptionOfAPlainStackTrace() throws Exception {
    Path log = dir.resolve("x.log");
    Files.writeString(
        log,
        """
                04:25:54.581 [main] ERROR org.springframework.boot.SpringApplication -- Application run failed
                java.lang.IllegalStateException: Attempted to load application.yml but snakeyaml was not found
                \tat org.springframework.Foo.bar(Foo.java:1)
                Caused by: java.net.BindException: Address already in use
                \tat x
                """);
    assertThat(LogHints.cause(log))
        .isEqualTo(": Caused by: java.net.BindException: Address already in use");
  }

  @Test
  void saysNothingWhenTheLogHasNoError() throws Exception {
    Path log = dir.resolve("quiet.log");
    Files.writeString(log, "all good\n{\"log.level\":\"INFO\",\"message\":\"fine\"}\n");
    assertThat(LogHints.cause(log)).isEmpty();
    assertThat(LogHints.cause(dir.resolve("missing.log"))).isEmpty();
  }
}
