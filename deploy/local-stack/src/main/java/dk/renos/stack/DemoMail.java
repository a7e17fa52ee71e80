package dk.renos.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The first start on a data folder drops the demo mail ({@code deploy/demo-mail/*.eml}) into the
 * local mailbox, so a new user watches leads and quotes appear. A marker file in the mailbox keeps
 * it to once; {@code --fresh} empties the mailbox and so delivers it again. {@code
 * RENOS_DEMO_MAIL=false} turns it off.
 */
final class DemoMail {

  static final String MARKER = ".demo-mail-delivered";

  private DemoMail() {}

  /** Returns how many messages were delivered (0 when off or already done). */
  static int deliverOnFirstStart(StackConfig config, Map<String, String> env, PrintStream out) {
    if ("false".equalsIgnoreCase(env.getOrDefault("RENOS_DEMO_MAIL", "true"))) {
      return 0;
    }
    Path source = config.home().resolve("deploy").resolve("demo-mail");
    Path mailbox = config.mailboxDir();
    Path marker = mailbox.resolve(MARKER);
    if (!Files.isDirectory(source) || Files.exists(marker)) {
      return 0;
    }
    try {
      Files.createDirectories(mailbox);
      List<Path> mails;
      try (Stream<Path> files = Files.list(source)) {
        mails = files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().toList();
      }
      for (Path mail : mails) {
        // Written beside the mailbox's files under a hidden name, then renamed: the
        // mailbox never sees a half-copied message.
        Path partial = mailbox.resolve("." + mail.getFileName() + ".partial");
        Files.copy(mail, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, mailbox.resolve(mail.getFileName()), StandardCopyOption.ATOMIC_MOVE);
      }
      Files.writeString(marker, "delivered " + mails.size() + " demo messages\n");
      out.println(
          "Demo mail: "
              + mails.size()
              + " messages dropped into "
              + mailbox
              + " (4 leads, 2 ordinary); watch /api/leads and /api/quotes fill up.");
      return mails.size();
    } catch (IOException e) {
      out.println("Demo mail not delivered: " + e.getMessage());
      return 0;
    }
  }
}
