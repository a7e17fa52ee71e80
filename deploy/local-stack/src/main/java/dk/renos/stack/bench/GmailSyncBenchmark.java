package dk.renos.stack.bench;

import dk.renos.fake.google.FakeGoogleServer;
import dk.renos.fake.google.gmail.FakeMailbox;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * {@code ./renos bench gmail [--threads N] [--per-thread M] [--samples S]}: runs the fake Gmail
 * server in this process on the port of {@code RENOS_GMAIL_ROOT_URL} (the running stack must have
 * been started with it), fills a new mailbox with N threads of M messages, connects it through the
 * gateway as a service account, and measures the initial sync end to end (every message stored,
 * every inbound one's EmailReceived on Kafka). Then it delivers S new messages one by one and
 * measures delivery-to-EmailReceived latency (the Kafka record's timestamp is when the outbox
 * published it).
 */
public final class GmailSyncBenchmark {

  private static final Duration TIMEOUT = Duration.ofMinutes(20);
  private static final Pattern RFC822_ID = Pattern.compile("\"rfc822MessageId\":\"([^\"]+)\"");
  private static final String EMAIL_RECEIVED = "dk.renos.email.EmailReceived.v1";

  private final StackConfig config;
  private final Stack stack;
  private final PrintStream out;
  private final Map<String, String> env;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public GmailSyncBenchmark(
      StackConfig config, Stack stack, Map<String, String> env, PrintStream out) {
    this.config = config;
    this.stack = stack;
    this.env = env;
    this.out = out;
  }

  public int run(int threads, int perThread, int samples) throws Exception {
    if (!stack.status().stream().allMatch(s -> s.healthy())) {
      throw new InfraException(
          "RenOS is not running and healthy; start it first with ./renos up -d");
    }
    String root = env.get("RENOS_GMAIL_ROOT_URL");
    if (root == null || !root.startsWith("http://127.0.0.1:")) {
      throw new InfraException(
          "set RENOS_GMAIL_ROOT_URL=http://127.0.0.1:<port>/ and "
              + "RENOS_GMAIL_TOKEN_URL=http://127.0.0.1:<port>/token before ./renos up; deploy/bench/gmail-sync.sh does");
    }
    int port = URI.create(root).getPort();
    String run = UUID.randomUUID().toString().substring(0, 8);
    String mailbox = "bench-" + run + "@renos-bench.example";
    try (FakeGoogleServer gmail = FakeGoogleServer.start(port);
        EmailReceivedWatcher watcher =
            new EmailReceivedWatcher(config.infra().kafkaBootstrapServers(), mailbox)) {
      FakeMailbox box = gmail.mailbox(mailbox);
      int total = box.generate(threads, perThread, 20261122L);
      String account = "renos-bench@renos-bench.iam.gserviceaccount.com";
      String key = gmail.oauth().serviceAccountKeyJson(account); // delegation is on for a new key
      out.printf(
          "Gmail benchmark %s: %d threads, %d messages in the fake mailbox on port %d%n",
          run, threads, total, port);

      Instant started = Instant.now();
      connect(mailbox, key);
      Instant synced = awaitStored(mailbox, total, started);
      int inbound =
          count(
              "select count(*) from email.email_message m join email.gmail_connection c "
                  + "on c.id = m.connection_id where c.mailbox = ? and m.direction = 'INBOUND'",
              mailbox);
      Instant published = watcher.awaitCount(inbound, TIMEOUT);
      Instant done = published.isAfter(synced) ? published : synced;
      double minutes = Duration.between(started, done).toMillis() / 60_000.0;
      double storedMinutes = Duration.between(started, synced).toMillis() / 60_000.0;

      List<Long> latencies = latency(box, watcher, mailbox, run, samples);
      out.println();
      out.printf(
          "initial sync             %d messages (%d inbound published as EmailReceived), %d threads%n",
          total, inbound, threads);
      out.printf(
          "stored after             %.1f s  (%.0f messages/min stored)%n",
          storedMinutes * 60, total / storedMinutes);
      out.printf(
          "stored and published     %.1f s  -> %.0f messages/min end to end%n",
          minutes * 60, total / minutes);
      out.printf(
          "Gmail API requests       %d (batch parts counted one by one)%n", gmail.requestCount());
      out.printf(
          "new mail -> EmailReceived on Kafka, %d samples: p50 %d ms, p99 %d ms, max %d ms "
              + "(poll interval %s)%n",
          latencies.size(),
          BenchSupport.percentile(latencies, 50),
          BenchSupport.percentile(latencies, 99),
          latencies.isEmpty() ? 0 : latencies.getLast(),
          env.getOrDefault("RENOS_GMAIL_POLL_INTERVAL", "3s (default)"));
      return latencies.size() == samples ? 0 : 1;
    }
  }

  private void connect(String mailbox, String key) throws Exception {
    String token = BenchSupport.apiToken(config);
    String body = "{\"mailbox\":\"" + mailbox + "\",\"serviceAccountKey\":" + key + "}";
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:"
                        + config.port(ServiceSpec.named("gateway-service"))
                        + "/api/emails/connections/service-account"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new InfraException(
          "connecting the bench mailbox answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
  }

  private Instant awaitStored(String mailbox, int total, Instant started) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    int last = -1;
    long lastPrint = 0;
    while (System.nanoTime() < deadline) {
      int stored =
          count(
              "select count(*) from email.email_message m join email.gmail_connection c "
                  + "on c.id = m.connection_id where c.mailbox = ?",
              mailbox);
      if (stored >= total) {
        return Instant.now();
      }
      if (stored != last && System.nanoTime() - lastPrint > 5_000_000_000L) {
        out.printf(
            "  stored %d/%d after %.0f s%n",
            stored, total, Duration.between(started, Instant.now()).toMillis() / 1000.0);
        last = stored;
        lastPrint = System.nanoTime();
      }
      Thread.sleep(200);
    }
    throw new InfraException(
        "the initial sync did not finish within " + TIMEOUT.toMinutes() + " minutes");
  }

  private List<Long> latency(
      FakeMailbox box, EmailReceivedWatcher watcher, String mailbox, String run, int samples)
      throws Exception {
    Map<String, Instant> delivered = new ConcurrentHashMap<>();
    for (int i = 0; i < samples; i++) {
      String id = "<latency-" + run + "-" + i + "@renos-bench.example>";
      byte[] raw =
          ("From: Kunde "
                  + i
                  + " <kunde"
                  + i
                  + "@bench.example>\r\nTo: "
                  + mailbox
                  + "\r\nSubject: Forespørgsel "
                  + i
                  + "\r\nMessage-ID: "
                  + id
                  + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                  + "Hej, kan I gøre rent på fredag?\r\n")
              .getBytes(StandardCharsets.UTF_8);
      delivered.put(id, Instant.now());
      box.deliver(raw);
      Thread.sleep(250 + (i * 37L) % 500); // spread over the poll cycle, not in step with it
    }
    watcher.awaitIds(delivered.keySet(), Duration.ofMinutes(2));
    List<Long> latencies = new ArrayList<>();
    delivered.forEach(
        (id, at) -> {
          Instant onKafka = watcher.publishedAt(id);
          if (onKafka != null) {
            latencies.add(Math.max(0, Duration.between(at, onKafka).toMillis()));
          }
        });
    Collections.sort(latencies);
    return latencies;
  }

  private int count(String sql, String parameter) throws Exception {
    try (Connection db = BenchSupport.connect(config);
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }

  /**
   * Reads email.events from the end on a thread of its own, keeping this mailbox's EmailReceived
   * events.
   */
  private static final class EmailReceivedWatcher implements AutoCloseable {

    private final Map<String, Instant> publishedAt = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    EmailReceivedWatcher(String bootstrapServers, String mailbox) throws InterruptedException {
      Properties properties = new Properties();
      properties.put("bootstrap.servers", bootstrapServers);
      properties.put("group.id", "renos-bench-" + UUID.randomUUID());
      properties.put("auto.offset.reset", "latest");
      AtomicBoolean assigned = new AtomicBoolean();
      thread =
          new Thread(
              () -> {
                try (KafkaConsumer<String, byte[]> consumer =
                    new KafkaConsumer<>(
                        properties, new StringDeserializer(), new ByteArrayDeserializer())) {
                  consumer.subscribe(List.of("email.events"));
                  while (running.get()) {
                    var records = consumer.poll(Duration.ofMillis(200));
                    if (!consumer.assignment().isEmpty()) {
                      assigned.set(true);
                    }
                    for (ConsumerRecord<String, byte[]> record : records) {
                      Header type = record.headers().lastHeader("ce_type");
                      String json = new String(record.value(), StandardCharsets.UTF_8);
                      if (type == null
                          || !EMAIL_RECEIVED.equals(
                              new String(type.value(), StandardCharsets.UTF_8))
                          || !json.contains(mailbox)) {
                        continue;
                      }
                      Matcher id = RFC822_ID.matcher(json);
                      if (id.find()
                          && publishedAt.putIfAbsent(
                                  id.group(1), Instant.ofEpochMilli(record.timestamp()))
                              == null) {
                        count.incrementAndGet();
                      }
                    }
                  }
                }
              },
              "bench-email-events");
      thread.setDaemon(true);
      thread.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!assigned.get() && System.nanoTime() < deadline) {
        Thread.sleep(100); // read from the end only once partitions are assigned
      }
    }

    Instant awaitCount(int expected, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (count.get() < expected) {
        if (System.nanoTime() > deadline) {
          throw new InfraException(
              "only " + count.get() + " of " + expected + " EmailReceived seen on Kafka");
        }
        Thread.sleep(100);
      }
      return publishedAt.values().stream().max(Instant::compareTo).orElse(Instant.now());
    }

    void awaitIds(java.util.Set<String> ids, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!publishedAt.keySet().containsAll(ids) && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
    }

    Instant publishedAt(String id) {
      return publishedAt.get(id);
    }

    @Override
    public void close() throws InterruptedException {
      running.set(false);
      thread.join(5000);
    }
  }
}
