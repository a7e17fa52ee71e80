package dk.renos.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoMailTests {

  @TempDir Path home;

  private final PrintStream out = new PrintStream(new ByteArrayOutputStream());

  private StackConfig config() throws Exception {
    Path source = Files.createDirectories(home.resolve("deploy/demo-mail"));
    Files.writeString(source.resolve("01-lead.eml"), "Subject: a\r\n\r\nbody\r\n");
    Files.writeString(source.resolve("02-other.eml"), "Subject: b\r\n\r\nbody\r\n");
    Files.writeString(source.resolve("README.md"), "not mail");
    return StackConfig.fromEnvironment(Map.of("RENOS_HOME", home.toString()));
  }

  @Test
  void theFirstStartDropsEveryDemoMessageOnceAndOnlyWholeFiles() throws Exception {
    StackConfig config = config();
    assertThat(DemoMail.deliverOnFirstStart(config, Map.of(), out)).isEqualTo(2);
    assertThat(config.mailboxDir().resolve("01-lead.eml")).hasContent("Subject: a\r\n\r\nbody\r\n");
    assertThat(config.mailboxDir().resolve("02-other.eml")).exists();
    assertThat(config.mailboxDir().resolve("README.md")).doesNotExist();
    try (var files = Files.list(config.mailboxDir())) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
    }

    Files.delete(config.mailboxDir().resolve("01-lead.eml")); // ingested and moved away
    assertThat(DemoMail.deliverOnFirstStart(config, Map.of(), out)).as("second start").isZero();
    assertThat(config.mailboxDir().resolve("01-lead.eml")).doesNotExist();
  }

  @Test
  void canBeSwitchedOff() throws Exception {
    StackConfig config = config();
    assertThat(DemoMail.deliverOnFirstStart(config, Map.of("RENOS_DEMO_MAIL", "false"), out))
        .isZero();
    assertThat(config.mailboxDir()).doesNotExist();
  }
}
