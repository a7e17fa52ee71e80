package dk.renos.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreshStartTests {

  @TempDir Path home;

  @Test
  void freshEmptiesEveryDataFolderButKeepsTheSecrets() throws Exception {
    StackConfig config = StackConfig.fromEnvironment(Map.of("RENOS_HOME", home.toString()));
    for (String folder :
        new String[] {"postgres", "kafka/log", "redis", "mailbox", "logs", "secrets"}) {
      Files.createDirectories(config.dataDir().resolve(folder));
      Files.writeString(config.dataDir().resolve(folder).resolve("data"), "x");
    }
    new Stack(config, Map.of(), new PrintStream(new ByteArrayOutputStream())).wipeData();

    assertThat(config.dataDir().resolve("postgres")).doesNotExist();
    assertThat(config.dataDir().resolve("kafka")).doesNotExist();
    assertThat(config.dataDir().resolve("redis")).doesNotExist();
    assertThat(config.dataDir().resolve("mailbox")).doesNotExist();
    assertThat(config.dataDir().resolve("logs")).doesNotExist();
    assertThat(config.dataDir().resolve("secrets/data")).hasContent("x");
  }
}
