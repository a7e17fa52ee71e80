package dk.renos.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFollowerTests {

  @TempDir Path dir;

  @Test
  void showsTheTailThenFollowsNewCompleteLinesPrefixedWithTheComponent() throws Exception {
    Path lead = dir.resolve("lead-service.log");
    Path kafka = dir.resolve("kafka.log");
    Files.writeString(lead, "old 1\nold 2\nold 3\n");
    Map<String, Path> logs = new LinkedHashMap<>();
    logs.put("lead-service", lead);
    logs.put("kafka", kafka); // not there yet: followed once it appears

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtomicBoolean keepGoing = new AtomicBoolean(true);
    Thread follower =
        new Thread(
            () ->
                new LogFollower(logs, new PrintStream(out, true, StandardCharsets.UTF_8))
                    .follow(2, keepGoing::get));
    follower.start();
    Thread.sleep(400);
    Files.writeString(lead, "new 1\nhalf", StandardOpenOption.APPEND);
    Files.writeString(kafka, "broker started\n");
    Thread.sleep(700);
    keepGoing.set(false);
    follower.join(5000);

    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "lead-service         | old 2",
            "lead-service         | old 3",
            "lead-service         | new 1",
            "kafka                | broker started");
  }
}
