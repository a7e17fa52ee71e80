package dk.renos.fake.google;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.renos.fake.google.admin.AdminApi;
import dk.renos.fake.google.calendar.CalendarApi;
import dk.renos.fake.google.calendar.FakeCalendar;
import dk.renos.fake.google.calendar.FakeCalendars;
import dk.renos.fake.google.gmail.BatchHandler;
import dk.renos.fake.google.gmail.FakeMailbox;
import dk.renos.fake.google.gmail.GmailApi;
import dk.renos.fake.google.http.ApiException;
import dk.renos.fake.google.http.ApiRequest;
import dk.renos.fake.google.http.ApiResponse;
import dk.renos.fake.google.http.FakeFaults;
import dk.renos.fake.google.http.HttpIo;
import dk.renos.fake.google.oauth.AuthorizationEndpoint;
import dk.renos.fake.google.oauth.FakeOAuth;
import dk.renos.fake.google.oauth.TokenEndpoint;
import dk.renos.fake.google.oidc.FakeOidc;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Google: Gmail's REST API v1, Calendar API v3 and Google's OAuth 2 endpoints,
 * close enough on the wire that the official google-api-services-gmail and -calendar clients and
 * google-auth-library work against it unchanged (point the builders' setRootUrl at rootUrl() and
 * the credentials at tokenUrl()). One set of credentials serves every API. In memory; binds
 * 127.0.0.1 only.
 */
public final class FakeGoogleServer implements AutoCloseable {
  private static final int WORKER_THREADS = 4;

  static {
    // HttpServer writes headers and body separately; with Nagle on, every response then waits for
    // the
    // client's delayed ACK (~40 ms). Read once, when the first HttpServer starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final String rootUrl;
  private final Clock clock = Clock.systemUTC();
  private final Map<String, FakeMailbox> mailboxes = new ConcurrentHashMap<>();
  private final FakeOAuth oauth;
  private final FakeFaults faults = new FakeFaults();
  private final FakeFaults calendarFaults = new FakeFaults();
  private final FakeCalendars calendars = new FakeCalendars(clock);
  private final CalendarApi calendarApi;
  private final FakeOidc oidc;
  private final GmailApi api;
  private final BatchHandler batch;
  private final AtomicInteger batches = new AtomicInteger();
  private final TokenEndpoint token;
  private final AuthorizationEndpoint authorization;
  private final AdminApi admin;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final java.util.concurrent.atomic.AtomicBoolean stopped =
      new java.util.concurrent.atomic.AtomicBoolean();

  private FakeGoogleServer(int port) throws IOException {
    server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 128);
    rootUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    oauth = new FakeOAuth(clock, () -> rootUrl);
    api = new GmailApi(this::mailbox, oauth);
    batch = new BatchHandler(api);
    calendarApi = new CalendarApi(calendars, oauth, clock);
    oidc = new FakeOidc(clock, () -> rootUrl);
    oauth.idTokenIssuer(oidc::idToken);
    token = new TokenEndpoint(oauth);
    authorization = new AuthorizationEndpoint(oauth);
    admin = new AdminApi(this, this::mailbox);
    AtomicInteger threadNumber = new AtomicInteger();
    executor =
        Executors.newFixedThreadPool(
            WORKER_THREADS,
            r -> {
              Thread t = new Thread(r, "fake-google-" + threadNumber.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
    server.start();
  }

  /** Starts on a free port. */
  public static FakeGoogleServer start() {
    return start(0);
  }

  public static FakeGoogleServer start(int port) {
    try {
      return new FakeGoogleServer(port);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the fake Google server on port " + port, e);
    }
  }

  /** "http://127.0.0.1:port/", what Gmail.Builder.setRootUrl takes. */
  public String rootUrl() {
    return rootUrl;
  }

  public URI tokenUrl() {
    return URI.create(rootUrl + "token");
  }

  public URI authorizationUrl() {
    return URI.create(rootUrl + "o/oauth2/auth");
  }

  /** The mailbox of an account (created on first use); its address is the OAuth user. */
  public FakeMailbox mailbox(String emailAddress) {
    return mailboxes.computeIfAbsent(
        emailAddress.toLowerCase(Locale.ROOT), e -> new FakeMailbox(emailAddress, clock));
  }

  /** Every calendar; create one with {@code calendars().create(id, summary, zone)}. */
  public FakeCalendars calendars() {
    return calendars;
  }

  /** The calendar with this id, created in timeZone if it does not exist yet. */
  public FakeCalendar calendar(String id, java.time.ZoneId timeZone) {
    return calendars.create(id, null, timeZone);
  }

  /** Faults for /calendar/v3/ requests, queued apart from Gmail's. */
  public FakeFaults calendarFaults() {
    return calendarFaults;
  }

  public CalendarApi calendarApi() {
    return calendarApi;
  }

  /** "Sign in with Google": users, the issuer and the faulty-id_token switches. */
  public FakeOidc oidc() {
    return oidc;
  }

  public FakeOAuth oauth() {
    return oauth;
  }

  public FakeFaults faults() {
    return faults;
  }

  /**
   * API requests served: each users/** request and each part of a batch (a faulted request counts
   * only as a fault).
   */
  public int requestCount() {
    return api.requestCount();
  }

  /**
   * Batch HTTP requests served (each carries up to 100 API requests, counted in {@link
   * #requestCount}).
   */
  public int batchCount() {
    return batches.get();
  }

  @Override
  public void close() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    server.stop(0);
    executor.shutdownNow();
    closed.countDown();
  }

  /** Runs the server as its own process: {@code --port N} (default 0, a free port). */
  public static void main(String[] args) throws InterruptedException {
    FakeGoogleServer server = launch(args, System.out);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "fake-google-shutdown"));
    server.closed.await();
  }

  /**
   * What main does, without blocking: parses the arguments, starts, and prints the listening line.
   */
  public static FakeGoogleServer launch(String[] args, PrintStream out) {
    int port = 0;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--port") && i + 1 < args.length) {
        port = Integer.parseInt(args[++i]);
      } else if (arg.startsWith("--port=")) {
        port = Integer.parseInt(arg.substring("--port=".length()));
      } else {
        throw new IllegalArgumentException(
            "Unknown argument " + arg + "; usage: FakeGoogleServer [--port N]");
      }
    }
    FakeGoogleServer server = start(port);
    out.println("fake-google listening on " + server.rootUrl());
    out.flush();
    return server;
  }

  private void dispatch(HttpExchange exchange) {
    try (exchange) {
      ApiResponse response;
      try {
        response = route(HttpIo.read(exchange));
      } catch (RuntimeException e) {
        // A bug in the fake must show as a 500, never as a hung connection.
        e.printStackTrace();
        response = new ApiException(500, "backendError", "fake-google: " + e).toResponse();
      }
      HttpIo.write(exchange, response);
    } catch (IOException e) {
      // the client went away; nothing to answer
    }
  }

  private ApiResponse userinfo(ApiRequest request) {
    FakeOAuth.AccessGrant grant = oauth.authenticate(request.header("Authorization"));
    if (grant == null) {
      return ApiException.unauthenticated().toResponse();
    }
    if (!grant.scopes().contains("openid")
        && !grant.scopes().contains("email")
        && !grant.scopes().contains("profile")) {
      return ApiException.insufficientScopes().toResponse();
    }
    return ApiResponse.ok(oidc.userinfo(grant.user()));
  }

  private ApiResponse route(ApiRequest request) {
    String path = request.path();
    if (path.startsWith(CalendarApi.PREFIX)) {
      ApiResponse fault = calendarFaults.next();
      return fault != null ? fault : calendarApi.handle(request);
    }
    if (path.startsWith("/gmail/v1/")) {
      ApiResponse fault = faults.next();
      return fault != null ? fault : api.handle(request, null);
    }
    if (path.equals("/batch/gmail/v1") || path.equals("/batch")) {
      ApiResponse fault = faults.next();
      if (fault != null) {
        return fault;
      }
      batches.incrementAndGet();
      return batch.handle(request);
    }
    return switch (path) {
      case "/token", "/o/oauth2/token" -> token.token(request);
      case "/revoke", "/o/oauth2/revoke" -> token.revoke(request);
      case "/o/oauth2/auth", "/o/oauth2/v2/auth" -> authorization.authorize(request);
      case "/.well-known/openid-configuration" -> oidc.discovery();
      case "/oauth2/v3/certs" -> oidc.jwks();
      case "/v1/userinfo", "/oauth2/v3/userinfo" -> userinfo(request);
      default ->
          path.startsWith("/_fake/") ? admin.handle(request) : ApiException.notFound().toResponse();
    };
  }
}
