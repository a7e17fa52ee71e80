package dk.renos.stack.bench;

import dk.renos.infra.InfraException;
import dk.renos.stack.ServiceSpec;
import dk.renos.stack.Stack;
import dk.renos.stack.StackConfig;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * {@code ./renos bench [--emails N] [--kill lead-service]}: N emails (one in three a lead) are
 * posted through the gateway (the install's API token) to email-ingest-service; the benchmark waits
 * for every lead's quote and prints throughput, ingest-to-QuoteDrafted latency, and lost and
 * duplicated counts. With {@code --kill}, that service is SIGKILLed halfway through and started
 * again.
 */
public final class PipelineBenchmark {

  private static final Duration TIMEOUT = Duration.ofMinutes(10);

  private final StackConfig config;
  private final Stack stack;
  private final PrintStream out;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public PipelineBenchmark(StackConfig config, Stack stack, PrintStream out) {
    this.config = config;
    this.stack = stack;
    this.out = out;
  }

  public int run(int emails, String kill) throws Exception {
    if (!stack.status().stream().allMatch(s -> s.healthy())) {
      throw new InfraException(
          "RenOS is not running and healthy; start it first with ./renos up -d");
    }
    ServiceSpec victim = kill == null ? null : ServiceSpec.named(kill);
    String run = UUID.randomUUID().toString().substring(0, 8);
    int leads =
        (int) java.util.stream.IntStream.range(0, emails).filter(BenchEmails::isLead).count();
    out.printf(
        "Benchmark %s: %d emails (%d leads) through the gateway into email-ingest-service%s%n",
        run,
        emails,
        leads,
        victim == null ? "" : ", " + victim.name() + " killed with SIGKILL halfway");

    Map<String, Instant> sentAt = new ConcurrentHashMap<>();
    Semaphore inFlight = new Semaphore(8);
    List<CompletableFuture<Void>> posts = new ArrayList<>();
    CompletableFuture<Instant[]> crash = CompletableFuture.completedFuture(null);
    Instant started = Instant.now();
    for (int i = 0; i < emails; i++) {
      if (victim != null && i == emails / 2) {
        crash = CompletableFuture.supplyAsync(() -> killAndRestart(victim));
      }
      inFlight.acquire();
      String id = BenchEmails.messageId(run, i);
      byte[] body = BenchEmails.email(run, i).getBytes(StandardCharsets.UTF_8);
      sentAt.put(id, Instant.now());
      posts.add(
          post(body)
              .whenComplete((status, error) -> inFlight.release())
              .thenAccept(
                  status -> {
                    if (status != 201) {
                      throw new IllegalStateException("POST /api/emails answered " + status);
                    }
                  }));
      if ((i + 1) % Math.max(1, emails / 10) == 0) {
        out.printf("  sent %d/%d%n", i + 1, emails);
      }
    }
    CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).join();
    Instant allSent = Instant.now();
    Instant[] crashTimes = crash.join();

    Result result = awaitQuotes(run, leads);
    report(run, emails, leads, started, allSent, sentAt, result, crashTimes, victim);
    return result.lost() == 0 && result.duplicated() == 0 ? 0 : 1;
  }

  private Instant[] killAndRestart(ServiceSpec victim) {
    Instant killed = Instant.now();
    stack.kill(victim);
    stack.restart(victim);
    return new Instant[] {killed, Instant.now()};
  }

  /**
   * Through the gateway with the install's API token, as any client would; a 429 from the gateway's
   * rate limit is waited out (Retry-After) and sent again.
   */
  private CompletableFuture<Integer> post(byte[] body) {
    int port = config.port(ServiceSpec.named("gateway-service"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/emails"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "message/rfc822")
            .header("Authorization", "Bearer " + token())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .thenCompose(
            response -> {
              if (response.statusCode() != 429) {
                return CompletableFuture.completedFuture(response.statusCode());
              }
              long wait = response.headers().firstValueAsLong("Retry-After").orElse(1L) * 1000L;
              return CompletableFuture.supplyAsync(
                      () -> null,
                      CompletableFuture.delayedExecutor(
                          wait, java.util.concurrent.TimeUnit.MILLISECONDS))
                  .thenCompose(ignored -> post(body));
            });
  }

  private volatile String token;

  private String token() {
    if (token == null) {
      try {
        token = BenchSupport.apiToken(config);
      } catch (java.io.IOException e) {
        throw new InfraException("no API token: " + e.getMessage(), e);
      }
    }
    return token;
  }

  private record Result(int drafted, int lost, int duplicated, Map<String, Instant> draftedAt) {}

  private Result awaitQuotes(String run, int leads) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    Map<String, Instant> drafted = Map.of();
    int last = -1;
    while (System.nanoTime() < deadline) {
      drafted = draftedQuotes(run);
      if (drafted.size() >= leads) {
        break;
      }
      if (drafted.size() != last) {
        out.printf("  quotes drafted %d/%d%n", drafted.size(), leads);
        last = drafted.size();
      }
      Thread.sleep(500);
    }
    return new Result(drafted.size(), leads - drafted.size(), duplicates(run), drafted);
  }

  /** Message-ID of each bench lead email → when its quote was drafted. */
  private Map<String, Instant> draftedQuotes(String run) throws SQLException {
    String sql =
        """
                select m.message_id, q.created_at from email.email_message m
                join lead.lead l on l.email_message_id = m.id
                join quote.quote q on q.lead_id = l.id
                where m.message_id like ? and q.status = 'DRAFTED'""";
    Map<String, Instant> drafted = new ConcurrentHashMap<>();
    try (Connection db = connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, "<bench-" + run + "-%");
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          drafted.put(rows.getString(1), rows.getTimestamp(2).toInstant());
        }
      }
    }
    return drafted;
  }

  /** Effects that happened more than once: stored emails, leads per email, quotes per lead. */
  private int duplicates(String run) throws SQLException {
    String sql =
        """
                select (select count(*) - count(distinct m.message_id) from email.email_message m where m.message_id like ?)
                     + (select count(*) - count(distinct l.email_message_id) from lead.lead l
                          join email.email_message m on m.id = l.email_message_id where m.message_id like ?)
                     + (select count(*) - count(distinct q.lead_id) from quote.quote q join lead.lead l on l.id = q.lead_id
                          join email.email_message m on m.id = l.email_message_id where m.message_id like ?)""";
    try (Connection db = connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 1; i <= 3; i++) {
        query.setString(i, "<bench-" + run + "-%");
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** Lead and quote statuses of a run's leads, to tell "lost" from "stopped by a business rule". */
  private String outcomes(String run) {
    String sql =
        """
                select coalesce('quote ' || q.status, 'lead ' || l.status, 'email only'), count(*)
                from email.email_message m
                left join lead.lead l on l.email_message_id = m.id
                left join quote.quote q on q.lead_id = l.id
                where m.message_id like ? group by 1 order by 1""";
    StringBuilder text = new StringBuilder();
    try (Connection db = connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, "<bench-" + run + "-%");
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          text.append(rows.getString(1)).append(": ").append(rows.getInt(2)).append("; ");
        }
      }
    } catch (SQLException e) {
      return "(cannot tell: " + e.getMessage() + ")";
    }
    return text.toString();
  }

  private Connection connect() throws SQLException {
    return BenchSupport.connect(config);
  }

  private void report(
      String run,
      int emails,
      int leads,
      Instant started,
      Instant allSent,
      Map<String, Instant> sentAt,
      Result result,
      Instant[] crash,
      ServiceSpec victim) {
    List<Long> latencies = new ArrayList<>();
    Instant lastQuote = started;
    for (Map.Entry<String, Instant> quote : result.draftedAt().entrySet()) {
      latencies.add(Duration.between(sentAt.get(quote.getKey()), quote.getValue()).toMillis());
      lastQuote = quote.getValue().isAfter(lastQuote) ? quote.getValue() : lastQuote;
    }
    Collections.sort(latencies);
    double seconds = Math.max(0.001, Duration.between(started, lastQuote).toMillis() / 1000.0);
    out.println();
    out.printf("run                      %s%n", run);
    out.printf("emails / leads           %d / %d%n", emails, leads);
    out.printf(
        "all posted after         %.1f s%n",
        Duration.between(started, allSent).toMillis() / 1000.0);
    out.printf("last quote drafted after %.1f s%n", seconds);
    if (result.drafted() > 0) {
      out.printf(
          "throughput               %.1f emails/s (until the last quote was drafted)%n",
          emails / seconds);
    } else {
      out.println("throughput               n/a (no quote was drafted)");
    }
    out.printf(
        "ingest -> QuoteDrafted   p50 %d ms, p99 %d ms, max %d ms%n",
        BenchSupport.percentile(latencies, 50),
        BenchSupport.percentile(latencies, 99),
        latencies.isEmpty() ? 0 : latencies.getLast());
    out.printf("lost                     %d%n", result.lost());
    out.printf("duplicated               %d%n", result.duplicated());
    if (result.lost() > 0) {
      out.println("where the missing ones are: " + outcomes(run));
    }
    if (crash != null) {
      out.printf(
          "%s killed at +%.1f s, healthy again after %.1f s; backlog cleared %.1f s after restart%n",
          victim.name(),
          Duration.between(started, crash[0]).toMillis() / 1000.0,
          Duration.between(crash[0], crash[1]).toMillis() / 1000.0,
          Math.max(0, Duration.between(crash[1], lastQuote).toMillis()) / 1000.0);
    }
  }
}
