package dk.renos.stack;

import java.io.PrintStream;
import java.util.List;

/** The component table printed by {@code up} and {@code status}. */
final class StatusTable {

  private StatusTable() {}

  static void print(List<ComponentStatus> rows, PrintStream out) {
    String format = "%-22s %-8s %-6s %-42s %s%n";
    out.printf(format, "COMPONENT", "PID", "PORT", "URL", "STATUS");
    for (ComponentStatus row : rows) {
      String status =
          row.state().name().toLowerCase()
              + (row.detail().isEmpty() ? "" : " (" + row.detail() + ")");
      out.printf(
          format,
          row.name(),
          row.pid() == 0 ? "-" : Long.toString(row.pid()),
          row.port(),
          row.url(),
          status);
    }
  }
}
