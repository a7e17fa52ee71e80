// The double-booking race as a benchmark: N requests (default 200) for the same slot at the same
// moment, through the gateway like the staff web app. Exactly one may win; every other must be a
// 409 problem+json "Slot taken" with nextSlots. Run by deploy/bench/booking-race.sh with
// `java deploy/bench/BookingRace.java <base-url> <bearer-token> [requests] [warm-up]` (JDK 21+, no
// dependencies: the source is run directly). The warm-up race (default 20 requests, on another
// slot, not counted) lets a freshly started stack load its classes and connection pools first.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class BookingRace {

  record Answer(int status, long nanos, String body) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: BookingRace <base-url> <bearer-token> [requests]");
      System.exit(2);
    }
    String base = args[0].replaceAll("/+$", "");
    String token = args[1];
    int requests = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    if (warmUp > 0) {
      System.out.println("== warm-up (not counted)");
      race(http, base, token, warmUp);
      System.out.println();
      System.out.println("== measured");
    }
    System.exit(race(http, base, token, requests) ? 0 : 1);
  }

  /** One race for the first free slot; true when exactly one request won it. */
  static boolean race(HttpClient http, String base, String token, int requests)
      throws Exception {
    int minutes = 120;

    // The first slot the service would offer: free now, so the race is for a real slot.
    HttpResponse<String> offer =
        http.send(
            request(base + "/api/bookings/slots?minutes=" + minutes, token).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (offer.statusCode() != 200) {
      throw new IllegalStateException("slots: " + offer.statusCode() + " " + offer.body());
    }
    Matcher slot =
        Pattern.compile("\"start\"\\s*:\\s*\"([^\"]+)\".*?\"teamId\"\\s*:\\s*\"([^\"]+)\"")
            .matcher(offer.body());
    if (!slot.find()) {
      throw new IllegalStateException("no free slot offered: " + offer.body());
    }
    String start = slot.group(1);
    String team = slot.group(2);
    System.out.printf("slot: %s team %s, %d requests at once%n", start, team, requests);

    CountDownLatch go = new CountDownLatch(1);
    List<Future<Answer>> futures = new ArrayList<>();
    long began;
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < requests; i++) {
        String body =
            String.format(
                "{\"quoteId\":\"%s\",\"customerId\":\"%s\",\"start\":\"%s\",\"minutes\":%d,\"teamId\":\"%s\"}",
                UUID.randomUUID(), UUID.randomUUID(), start, minutes, team);
        HttpRequest post =
            request(base + "/api/bookings", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<String> r = http.send(post, HttpResponse.BodyHandlers.ofString());
                    return new Answer(r.statusCode(), System.nanoTime() - t0, r.body());
                  } catch (Exception e) {
                    return new Answer(-1, System.nanoTime() - t0, e.toString());
                  }
                }));
      }
      began = System.nanoTime();
      go.countDown();
    }
    long wall = System.nanoTime() - began;

    List<Answer> answers = new ArrayList<>();
    for (Future<Answer> f : futures) {
      answers.add(f.get());
    }
    int created = 0;
    int conflicts = 0;
    int conflictsWithoutNextSlots = 0;
    Map<Integer, Integer> others = new TreeMap<>();
    String sampleOther = null;
    for (Answer a : answers) {
      if (a.status() == 201) {
        created++;
      } else if (a.status() == 409) {
        conflicts++;
        if (!a.body().contains("\"nextSlots\"") || !a.body().contains("Slot taken")) {
          conflictsWithoutNextSlots++;
        }
      } else {
        others.merge(a.status(), 1, Integer::sum);
        sampleOther = sampleOther == null ? a.body() : sampleOther;
      }
    }
    long[] sorted = answers.stream().mapToLong(Answer::nanos).sorted().toArray();
    System.out.printf("successes (201): %d   (must be exactly 1)%n", created);
    System.out.printf(
        "409 Slot taken:  %d   (%d of them without nextSlots)%n",
        conflicts, conflictsWithoutNextSlots);
    System.out.printf("other answers:   %d %s%n", requests - created - conflicts, others);
    if (sampleOther != null) {
      System.out.println(
          "  first other: " + sampleOther.substring(0, Math.min(300, sampleOther.length())));
    }
    System.out.printf(
        "latency p50 %d ms, p99 %d ms, max %d ms; all %d answered in %d ms%n",
        millis(percentile(sorted, 50)),
        millis(percentile(sorted, 99)),
        millis(sorted[sorted.length - 1]),
        requests,
        millis(wall));
    return created == 1 && conflicts == requests - 1 && conflictsWithoutNextSlots == 0;
  }

  static HttpRequest.Builder request(String uri, String token) {
    return HttpRequest.newBuilder(URI.create(uri))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json, application/problem+json");
  }

  /** Nearest-rank percentile of sorted values. */
  static long percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static long millis(long nanos) {
    return Math.round(nanos / 1_000_000.0);
  }
}
