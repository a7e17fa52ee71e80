package dk.renos.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code tail -F} for several logs at once, each line prefixed with its component. */
final class LogFollower {

  private final Map<String, Path> logs;
  private final PrintStream out;
  private final Map<String, Long> offsets = new LinkedHashMap<>();

  LogFollower(Map<String, Path> logs, PrintStream out) {
    this.logs = logs;
    this.out = out;
  }

  /** Prints the last {@code lines} lines of each log, then everything new until interrupted. */
  void follow(int lines, java.util.function.BooleanSupplier keepGoing) {
    logs.forEach(
        (name, file) -> {
          tail(name, file, lines);
          offsets.put(name, size(file));
        });
    while (keepGoing.getAsBoolean()) {
      logs.forEach(this::printNew);
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void tail(String name, Path file, int lines) {
    try {
      if (!Files.exists(file)) {
        return;
      }
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      all.subList(Math.max(0, all.size() - lines), all.size())
          .forEach(l -> out.println(prefix(name) + l));
    } catch (IOException | java.io.UncheckedIOException e) {
      out.println(prefix(name) + "(cannot read " + file + ")");
    }
  }

  private void printNew(String name, Path file) {
    long from = offsets.getOrDefault(name, 0L);
    long size = size(file);
    if (size < from) {
      from = 0; // truncated or replaced by --fresh
    }
    if (size == from) {
      return;
    }
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      raf.seek(from);
      byte[] chunk = new byte[(int) Math.min(size - from, 1 << 20)];
      raf.readFully(chunk);
      String text = new String(chunk, StandardCharsets.UTF_8);
      int lastNewline = text.lastIndexOf('\n');
      if (lastNewline < 0) {
        return; // wait for the rest of the line
      }
      for (String line : text.substring(0, lastNewline).split("\n", -1)) {
        out.println(prefix(name) + line);
      }
      offsets.put(
          name, from + text.substring(0, lastNewline + 1).getBytes(StandardCharsets.UTF_8).length);
    } catch (IOException e) {
      // the file may be rotating; try again on the next round
    }
  }

  private static String prefix(String name) {
    return String.format("%-20s | ", name);
  }

  private static long size(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }
}
