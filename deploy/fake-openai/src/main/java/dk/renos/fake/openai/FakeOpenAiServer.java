package dk.renos.fake.openai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for OpenAI's Chat Completions API, close enough on the wire that langchain4j's
 * OpenAI client (and any other OpenAI client) works against it unchanged: point the client's base
 * URL at {@link #baseUrl()} and give it one of the configured keys. In memory; binds 127.0.0.1
 * only. Scripted through {@link #script()}, failed on demand through {@link #faults()}, every
 * request kept in {@link #requests()}; the same controls are served over HTTP under /_fake/ for a
 * server running as its own process ({@link #main}).
 */
public final class FakeOpenAiServer implements AutoCloseable {
  /** The key a server accepts when no other is configured. Not a secret: it opens only fakes. */
  public static final String DEFAULT_API_KEY = "sk-fake-openai-renos";

  /** The models a server knows when no other list is configured (GET /v1/models lists them). */
  public static final List<String> DEFAULT_MODELS =
      List.of("gpt-4o-mini", "gpt-4o", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-5-mini");

  static {
    // HttpServer writes headers and body separately; with Nagle on, every response (and every
    // stream chunk) waits for the client's delayed ACK. Read once, when the first HttpServer
    // starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /** Options for {@link #builder()}. */
  public static final class Builder {
    private int port;
    private final Set<String> apiKeys = new LinkedHashSet<>();
    private final Set<String> models = new LinkedHashSet<>();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** 0 (the default) picks a free port. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * The keys accepted as {@code Authorization: Bearer <key>}; default {@link #DEFAULT_API_KEY}.
     */
    public Builder apiKeys(String... keys) {
      apiKeys.addAll(List.of(keys));
      return this;
    }

    /** The models the server knows; default {@link #DEFAULT_MODELS}. */
    public Builder models(String... ids) {
      models.addAll(List.of(ids));
      return this;
    }

    /** The clock for "created" and the recorded times. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public FakeOpenAiServer start() {
      try {
        return new FakeOpenAiServer(this);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start fake OpenAI on port " + port, e);
      }
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final String baseUrl;
  private final Clock clock;
  private final Set<String> apiKeys = new CopyOnWriteArraySet<>();
  private final Set<String> models = ConcurrentHashMap.newKeySet();
  private final FakeScript script = new FakeScript();
  private final FakeFaults faults = new FakeFaults();
  private final RequestLog log = new RequestLog();
  private final AtomicInteger toolCallIds = new AtomicInteger();
  private final AdminApi admin;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final AtomicBoolean stopped = new AtomicBoolean();

  private FakeOpenAiServer(Builder options) throws IOException {
    clock = options.clock;
    apiKeys.addAll(options.apiKeys.isEmpty() ? Set.of(DEFAULT_API_KEY) : options.apiKeys);
    models.addAll(options.models.isEmpty() ? DEFAULT_MODELS : options.models);
    server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByName("127.0.0.1"), options.port), 128);
    baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    admin = new AdminApi(this);
    AtomicInteger threadNumber = new AtomicInteger();
    // Unbounded: a hanging request holds its thread, and must not hold up the others.
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fake-openai-" + threadNumber.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
    server.start();
  }

  /** Starts on a free port, accepting {@link #DEFAULT_API_KEY}. */
  public static FakeOpenAiServer start() {
    return builder().start();
  }

  public static FakeOpenAiServer start(int port) {
    return builder().port(port).start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** "http://127.0.0.1:port/v1": what OpenAiChatModel.builder().baseUrl(...) takes. */
  public String baseUrl() {
    return baseUrl;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The first configured key, for a client that needs one. */
  public String apiKey() {
    return apiKeys.iterator().next();
  }

  /** Accepts one more key (the others stay valid). */
  public void acceptApiKey(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("An API key must not be blank");
    }
    apiKeys.add(key);
  }

  /** Makes a model known, so that requests for it are answered instead of 404 model_not_found. */
  public void addModel(String id) {
    models.add(id);
  }

  public List<String> models() {
    return models.stream().sorted().toList();
  }

  public FakeScript script() {
    return script;
  }

  public FakeFaults faults() {
    return faults;
  }

  /** Every /v1/** request so far, in arrival order. */
  public List<RecordedRequest> requests() {
    return log.all();
  }

  /** The Chat Completions requests so far (also refused or faulted ones), parsed, in order. */
  public List<ChatCompletionRequest> chatCompletions() {
    List<ChatCompletionRequest> out = new ArrayList<>();
    for (RecordedRequest r : log.all()) {
      if (r.isChatCompletion()) {
        out.add(r.chat());
      }
    }
    return out;
  }

  /** The last Chat Completions request, if any. */
  public Optional<ChatCompletionRequest> lastChatCompletion() {
    List<ChatCompletionRequest> all = chatCompletions();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
  }

  /**
   * Back to a fresh server, without restarting it: no script, no faults, no recorded requests, tool
   * call and request numbering from 1. Keys and models stay.
   */
  public void reset() {
    script.clear();
    faults.clear();
    log.clear();
    toolCallIds.set(0);
  }

  @Override
  public void close() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    faults.releaseHangs();
    server.stop(0);
    executor.shutdownNow();
    closed.countDown();
  }

  /** Runs the server as its own process: {@code [--port N] [--api-key KEY]...}. */
  public static void main(String[] args) throws InterruptedException {
    FakeOpenAiServer server = launch(args, System.out);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "fake-openai-shutdown"));
    server.closed.await();
  }

  /**
   * What main does, without blocking: parses the arguments, starts, and prints the listening line.
   */
  public static FakeOpenAiServer launch(String[] args, PrintStream out) {
    Builder builder = builder();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--port") && i + 1 < args.length) {
        builder.port(Integer.parseInt(args[++i]));
      } else if (arg.startsWith("--port=")) {
        builder.port(Integer.parseInt(arg.substring("--port=".length())));
      } else if (arg.equals("--api-key") && i + 1 < args.length) {
        builder.apiKeys(args[++i]);
      } else if (arg.startsWith("--api-key=")) {
        builder.apiKeys(arg.substring("--api-key=".length()));
      } else {
        throw new IllegalArgumentException(
            "Unknown argument " + arg + "; usage: FakeOpenAiServer [--port N] [--api-key KEY]...");
      }
    }
    FakeOpenAiServer server = builder.start();
    out.println("fake-openai listening on " + server.baseUrl());
    out.println("  accepted API keys: " + String.join(", ", server.apiKeys));
    out.println("  control it under " + server.baseUrl().replace("/v1", "/_fake/"));
    out.flush();
    return server;
  }

  Clock clock() {
    return clock;
  }

  private void dispatch(HttpExchange exchange) {
    boolean streaming = false;
    try {
      HttpIo.Incoming in = HttpIo.read(exchange);
      if (in.path().startsWith("/_fake/") || in.path().equals("/_fake")) {
        HttpIo.write(exchange, admin.handle(in));
        return;
      }
      streaming = serveApi(exchange, in);
    } catch (HttpIo.AbortConnection e) {
      throw e; // HttpServer closes the socket; closing the exchange here would finish the response
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpIo.AbortConnection("server stopping");
    } catch (IOException e) {
      exchange.close(); // the client went away; nothing to answer
    } catch (RuntimeException e) {
      // A bug in the fake must show as a 500, never as a hung connection.
      e.printStackTrace();
      if (streaming) {
        throw new HttpIo.AbortConnection("failed mid-stream");
      }
      try {
        HttpIo.write(
            exchange,
            new OpenAiError(500, "server_error", null, null, "fake-openai: " + e).toAnswer());
      } catch (IOException | RuntimeException ignored) {
        exchange.close();
      }
    }
  }

  /** Serves /v1/**; true once a stream has started (so a later failure cannot become a 500). */
  private boolean serveApi(HttpExchange exchange, HttpIo.Incoming in)
      throws IOException, InterruptedException {
    int sequence = log.nextSequence();
    Instant receivedAt = clock.instant();
    Map<String, String> headers = new TreeMap<>(in.headers());
    headers.remove("authorization");
    headers.remove("api-key");
    Recorder record =
        (status, outcome) ->
            log.add(
                new RecordedRequest(
                    sequence,
                    receivedAt,
                    in.method(),
                    in.path(),
                    headers,
                    in.body(),
                    status,
                    outcome));
    Map<String, String> requestIdHeader = Map.of("x-request-id", "req_fake_" + sequence);

    OpenAiError refused = checkKey(in.header("authorization"));
    if (refused != null) {
      record.add(401, "unauthorized");
      HttpIo.write(exchange, refused.toAnswer().withHeaders(requestIdHeader));
      return false;
    }
    String route = route(in);
    if (route == null) {
      record.add(404, "not-found");
      HttpIo.write(exchange, OpenAiError.notFound(in.method(), in.path()).toAnswer());
      return false;
    }
    Optional<FakeFaults.RequestFault> fault = faults.nextRequestFault();
    if (fault.isPresent()) {
      switch (fault.get()) {
        case FakeFaults.ErrorFault(OpenAiError error) -> {
          record.add(error.status, "fault:" + error.status);
          HttpIo.write(exchange, error.toAnswer().withHeaders(requestIdHeader));
          return false;
        }
        case FakeFaults.Hang() -> {
          record.add(0, "hang");
          faults.hang();
          throw new HttpIo.AbortConnection("hang released");
        }
      }
    }
    Duration delay = faults.responseDelay();
    if (!delay.isZero()) {
      Thread.sleep(delay.toMillis());
    }
    switch (route) {
      case "models" -> {
        record.add(200, "models");
        HttpIo.write(exchange, ModelList.list(models()).withHeaders(requestIdHeader));
        return false;
      }
      case "model" -> {
        String id = in.path().substring("/v1/models/".length());
        if (!models.contains(id)) {
          record.add(404, "model-not-found");
          HttpIo.write(exchange, OpenAiError.unknownModel(id).toAnswer());
        } else {
          record.add(200, "models");
          HttpIo.write(exchange, ModelList.one(id).withHeaders(requestIdHeader));
        }
        return false;
      }
      default -> {
        return chatCompletion(exchange, in, sequence, record, requestIdHeader);
      }
    }
  }

  private boolean chatCompletion(
      HttpExchange exchange,
      HttpIo.Incoming in,
      int sequence,
      Recorder record,
      Map<String, String> requestIdHeader)
      throws IOException, InterruptedException {
    ChatCompletionRequest request;
    try {
      request = RequestRules.check(in.body(), models::contains);
    } catch (OpenAiError e) {
      record.add(e.status, "invalid:" + e.getMessage());
      HttpIo.write(exchange, e.toAnswer().withHeaders(requestIdHeader));
      return false;
    }
    Optional<FakeScript.Answer> scripted;
    try {
      scripted = script.answer(request);
    } catch (RuntimeException e) {
      record.add(500, "script-error:" + e);
      HttpIo.write(
          exchange,
          new OpenAiError(
                  500, "server_error", null, null, "fake-openai: a script matcher threw " + e)
              .toAnswer());
      return false;
    }
    Reply reply =
        scripted.map(FakeScript.Answer::reply).orElseGet(() -> DefaultReplies.forRequest(request));
    String outcome = scripted.map(a -> "script#" + a.ruleId()).orElse("default");
    Completion completion =
        new Completion(
            "chatcmpl-fake-" + sequence,
            clock.instant().getEpochSecond(),
            request,
            reply,
            () -> "call_" + toolCallIds.incrementAndGet());
    if (!request.stream()) {
      record.add(200, outcome);
      HttpIo.write(exchange, HttpAnswer.ok(completion.toJson()).withHeaders(requestIdHeader));
      return false;
    }
    Optional<Integer> breakAfter = faults.nextStreamBreak();
    record.add(200, outcome + breakAfter.map(n -> " stream-broken-after:" + n).orElse(""));
    EventStream.write(
        exchange,
        completion.toChunks(request.includeUsage()),
        faults.chunkDelay(),
        breakAfter.orElse(null),
        requestIdHeader);
    return true;
  }

  private OpenAiError checkKey(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return OpenAiError.missingKey();
    }
    String key = authorization.substring(7).trim();
    if (key.isEmpty()) {
      return OpenAiError.missingKey();
    }
    return apiKeys.contains(key) ? null : OpenAiError.invalidKey(key);
  }

  /** "chat", "models", "model", or null for a URL OpenAI does not have. */
  private static String route(HttpIo.Incoming in) {
    String path = in.path();
    if (path.equals("/v1/chat/completions") && in.method().equals("POST")) {
      return "chat";
    }
    if (path.equals("/v1/models") && in.method().equals("GET")) {
      return "models";
    }
    if (path.startsWith("/v1/models/") && in.method().equals("GET")) {
      return "model";
    }
    return null;
  }

  @FunctionalInterface
  private interface Recorder {
    void add(int status, String outcome);
  }
}
