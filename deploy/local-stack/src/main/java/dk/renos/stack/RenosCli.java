package dk.renos.stack;

import dk.renos.infra.InfraException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./renos up [-d] [--fresh] | down | status | logs [name]}. Errors come out as one line
 * naming the component, the cause and its log file; the exit code says whether it worked.
 */
public final class RenosCli {

  private RenosCli() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.getenv(), System.out, System.err));
  }

  static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
    String command = args.isEmpty() ? "help" : args.getFirst();
    List<String> options = args.isEmpty() ? List.of() : args.subList(1, args.size());
    try {
      StackConfig config = StackConfig.fromEnvironment(env);
      Stack stack = new Stack(config, env, out);
      return switch (command) {
        case "up" -> up(stack, config, options, out);
        case "down" -> {
          stack.down();
          out.println("RenOS is stopped.");
          yield 0;
        }
        case "status" -> {
          List<ComponentStatus> rows = stack.status();
          StatusTable.print(rows, out);
          yield rows.stream().allMatch(ComponentStatus::healthy) ? 0 : 1;
        }
        case "logs" -> logs(stack, config, options, out);
        case "bench" -> bench(stack, config, options, out);
        case "fake-google", "fake-gmail" -> fakeGoogle(options, out);
        case "fake-openai" -> fakeOpenAi(options, out);
        case "help", "-h", "--help" -> {
          usage(out);
          yield 0;
        }
        default -> {
          err.println("renos: unknown command '" + command + "'");
          usage(err);
          yield 2;
        }
      };
    } catch (InfraException | IllegalArgumentException e) {
      err.println("renos: " + e.getMessage());
      return 1;
    }
  }

  private static int up(Stack stack, StackConfig config, List<String> options, PrintStream out) {
    for (String option : options) {
      if (!List.of("-d", "--detach", "--fresh").contains(option)) {
        throw new IllegalArgumentException(
            "unknown option for up: " + option + " (use -d and/or --fresh)");
      }
    }
    boolean detach = options.contains("-d") || options.contains("--detach");
    long started = System.nanoTime();
    stack.up(options.contains("--fresh"));
    out.printf(
        "%nRenOS is up in %.1f s. Data: %s%n%n",
        (System.nanoTime() - started) / 1e9, config.dataDir());
    StatusTable.print(stack.status(), out);
    int gatewayPort = config.port(ServiceSpec.named("gateway-service"));
    out.println();
    out.println(
        "Gateway:   http://127.0.0.1:"
            + gatewayPort
            + "  (try: curl -H \"Authorization: Bearer $(cat "
            + LocalSecret.API_TOKEN.file(config)
            + ")\" http://127.0.0.1:"
            + gatewayPort
            + "/api/leads)");
    out.println(
        "Sign in:   admin, password in "
            + LocalSecret.ADMIN_PASSWORD.file(config)
            + " (or RENOS_ADMIN_PASSWORD); owner API token in "
            + LocalSecret.API_TOKEN.file(config));
    out.println("Logs:      " + config.dataDir().resolve("logs"));
    if (detach) {
      out.println("Running in the background: ./renos status, ./renos logs [name], ./renos down");
      return 0;
    }
    out.println("Following logs; Ctrl-C stops RenOS.");
    AtomicBoolean running = new AtomicBoolean(true);
    Thread main = Thread.currentThread();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.set(false);
                  out.println();
                  out.println("Stopping RenOS (services first, then infrastructure) ...");
                  stack.down();
                  out.println("RenOS is stopped.");
                  main.interrupt();
                },
                "renos-stop"));
    new LogFollower(logFiles(stack, config, null), out).follow(0, running::get);
    return 0;
  }

  private static int bench(Stack stack, StackConfig config, List<String> options, PrintStream out) {
    if (!options.isEmpty() && options.getFirst().equals("gmail")) {
      return benchGmail(stack, config, options.subList(1, options.size()), out);
    }
    int emails = 1000;
    String kill = null;
    for (int i = 0; i < options.size(); i++) {
      String option = options.get(i);
      String value = i + 1 < options.size() ? options.get(i + 1) : null;
      switch (option) {
        case "--emails" -> {
          try {
            emails = Integer.parseInt(value);
          } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("--emails needs a whole number, got " + value);
          }
          if (emails < 3) {
            throw new IllegalArgumentException("--emails must be at least 3");
          }
          i++;
        }
        case "--kill" -> {
          if (value == null) {
            throw new IllegalArgumentException("--kill needs a service name");
          }
          ServiceSpec.named(value);
          kill = value;
          i++;
        }
        default ->
            throw new IllegalArgumentException(
                "unknown option for bench: "
                    + option
                    + " (use --emails N and/or --kill <service>)");
      }
    }
    try {
      return new dk.renos.stack.bench.PipelineBenchmark(config, stack, out).run(emails, kill);
    } catch (InfraException | IllegalArgumentException e) {
      throw e;
    } catch (Exception e) {
      throw new InfraException("benchmark failed: " + e);
    }
  }

  private static int benchGmail(
      Stack stack, StackConfig config, List<String> options, PrintStream out) {
    int threads = 2000;
    int perThread = 5;
    int samples = 100;
    for (int i = 0; i < options.size(); i += 2) {
      String option = options.get(i);
      int value = positive(option, i + 1 < options.size() ? options.get(i + 1) : null);
      switch (option) {
        case "--threads" -> threads = value;
        case "--per-thread" -> perThread = value;
        case "--samples" -> samples = value;
        default ->
            throw new IllegalArgumentException(
                "unknown option for bench gmail: "
                    + option
                    + " (use --threads N, --per-thread M, --samples S)");
      }
    }
    try {
      return new dk.renos.stack.bench.GmailSyncBenchmark(config, stack, System.getenv(), out)
          .run(threads, perThread, samples);
    } catch (InfraException | IllegalArgumentException e) {
      throw e;
    } catch (Exception e) {
      throw new InfraException("benchmark failed: " + e);
    }
  }

  /**
   * A local stand-in for OpenAI's Chat Completions API, for trying the LLM paths without an OpenAI
   * account (README "Trying the LLM paths without OpenAI").
   */
  private static int fakeOpenAi(List<String> options, PrintStream out) {
    var server = dk.renos.fake.openai.FakeOpenAiServer.launch(options.toArray(String[]::new), out);
    out.println(
        "Point RenOS at it with RENOS_OPENAI_BASE_URL="
            + server.baseUrl()
            + " RENOS_OPENAI_API_KEY="
            + server.apiKey());
    out.println("Ctrl-C stops it (scripts and the request log live in memory only).");
    try {
      new java.util.concurrent.CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.close();
    return 0;
  }

  /**
   * A local stand-in for Google (Gmail, Calendar, OAuth and sign-in), for trying RenOS without a
   * Google account (README "Gmail"); {@code fake-gmail} is the old name, kept as an alias.
   */
  private static int fakeGoogle(List<String> options, PrintStream out) {
    var server = dk.renos.fake.google.FakeGoogleServer.launch(options.toArray(String[]::new), out);
    out.println(
        "Start RenOS against it with RENOS_GMAIL_ROOT_URL="
            + server.rootUrl()
            + " RENOS_GMAIL_TOKEN_URL="
            + server.tokenUrl()
            + "; admin API under "
            + server.rootUrl()
            + "_fake/");
    out.println("Ctrl-C stops it (everything in it lives in memory only).");
    try {
      new java.util.concurrent.CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static int positive(String option, String value) {
    try {
      int number = Integer.parseInt(value);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException | NullPointerException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " needs a positive whole number, got " + value);
  }

  private static int logs(Stack stack, StackConfig config, List<String> options, PrintStream out) {
    String name = options.isEmpty() ? null : options.getFirst();
    if (name != null && !stack.components().contains(name)) {
      throw new IllegalArgumentException(
          "no component named '" + name + "'; one of " + stack.components());
    }
    new LogFollower(logFiles(stack, config, name), out).follow(40, () -> true);
    return 0;
  }

  private static Map<String, Path> logFiles(Stack stack, StackConfig config, String only) {
    Map<String, Path> logs = new LinkedHashMap<>();
    for (String component : stack.components()) {
      if (only == null || only.equals(component)) {
        logs.put(component, config.logFile(component));
      }
    }
    return logs;
  }

  private static void usage(PrintStream out) {
    out.println(
        """
                usage: ./renos <command>
                  up [-d] [--fresh]  start Kafka, PostgreSQL, Redis and the seven services; -d returns once healthy,
                                     --fresh starts with empty data
                  status             the component table; exit 0 only when everything is healthy
                  logs [name]        follow the logs (of one component)
                  down               stop everything: services first, infrastructure last
                  build              build (or rebuild) every module without running tests
                  test               run the whole test suite (unit, integration, system)
                  bench [--emails N] [--kill <service>]
                                     post N emails (default 1000) to the running stack; print throughput,
                                     ingest-to-QuoteDrafted p50/p99, lost and duplicated (optionally SIGKILL a
                                     service halfway and restart it)
                  bench gmail [--threads N] [--per-thread M] [--samples S]
                                     initial Gmail sync of N x M messages from the fake Gmail server, then S new
                                     messages' delivery-to-EmailReceived latency (see deploy/bench/gmail-sync.sh)
                  fake-google [--port N]
                                     run the fake Google server (Gmail and Calendar REST APIs, OAuth token
                                     endpoint, OIDC sign-in) in the foreground, to try RenOS without a Google
                                     account; fake-gmail is an alias
                  fake-openai [--port N] [--api-key KEY]
                                     run the fake OpenAI server (Chat Completions: plain, streamed, tool
                                     calls, structured output, faults) in the foreground""");
  }
}
