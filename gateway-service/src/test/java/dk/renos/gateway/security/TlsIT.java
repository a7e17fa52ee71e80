package dk.renos.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.testsupport.WithRealInfrastructure;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway serving TLS itself from a configured keystore (one generated for this test with the
 * JDK's keytool): answers over HTTPS, pins browsers to HTTPS (HSTS), and marks its session and CSRF
 * cookies Secure.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"RENOS_ADMIN_PASSWORD=" + TlsIT.OWNER_PASSWORD, "RENOS_TLS_ENABLED=true"})
@WithRealInfrastructure
class TlsIT {

  static final String OWNER_PASSWORD = "owner-password-for-tls-tests";
  static final String KEYSTORE_PASSWORD = "keystore-password";
  static final Path KEYSTORE = generateKeystore();

  @DynamicPropertySource
  static void tls(DynamicPropertyRegistry registry) {
    registry.add("RENOS_TLS_KEYSTORE", KEYSTORE::toString);
    registry.add("RENOS_TLS_KEYSTORE_PASSWORD", () -> KEYSTORE_PASSWORD);
  }

  @LocalServerPort int port;

  final HttpClient https =
      HttpClient.newBuilder()
          .sslContext(trusting(KEYSTORE))
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void theGatewayAnswersOverHttpsAndPinsBrowsersToIt() throws Exception {
    HttpResponse<String> health = get("/actuator/health/liveness");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(
            hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
    assertThat(health.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
  }

  @Test
  void withTlsTheSessionAndCsrfCookiesAreSecure() throws Exception {
    HttpResponse<String> login =
        https.send(
            HttpRequest.newBuilder(uri("/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"" + OWNER_PASSWORD + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(login.statusCode()).as(login.body()).isEqualTo(204);
    assertThat(login.headers().allValues("Set-Cookie"))
        .filteredOn(cookie -> cookie.startsWith("RENOS_SESSION="))
        .singleElement()
        .satisfies(
            cookie -> assertThat(cookie).contains("Secure").containsIgnoringCase("HttpOnly"));
    assertThat(get("/api/auth/me").headers().allValues("Set-Cookie"))
        .filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN="))
        .singleElement()
        .satisfies(
            cookie -> assertThat(cookie).contains("Secure").doesNotContainIgnoringCase("HttpOnly"));
  }

  @Test
  void plainHttpOnTheTlsPortIsNotAnswered() {
    HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(10))
            .build();
    int status;
    try {
      status = plain.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception refused) {
      status = -1;
    }
    assertThat(status).as("no plain HTTP 200 on the TLS port").isNotEqualTo(200);
  }

  HttpResponse<String> get(String path) throws Exception {
    return https.send(
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  URI uri(String path) {
    return URI.create("https://localhost:" + port + path);
  }

  /** A self-signed PKCS#12 keystore for localhost and 127.0.0.1, made by the JDK's keytool. */
  static Path generateKeystore() {
    try {
      Path dir = Files.createTempDirectory("renos-tls-it");
      Path keystore = dir.resolve("gateway.p12");
      Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
      Process process =
          new ProcessBuilder(
                  keytool.toString(),
                  "-genkeypair",
                  "-alias",
                  "gateway",
                  "-keyalg",
                  "EC",
                  "-groupname",
                  "secp256r1",
                  "-validity",
                  "2",
                  "-dname",
                  "CN=localhost",
                  "-ext",
                  "SAN=dns:localhost,ip:127.0.0.1",
                  "-storetype",
                  "PKCS12",
                  "-keystore",
                  keystore.toString(),
                  "-storepass",
                  KEYSTORE_PASSWORD)
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("keytool failed: " + output);
      }
      keystore.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return keystore;
    } catch (Exception e) {
      throw new IllegalStateException("cannot generate the test keystore", e);
    }
  }

  /** Trusts exactly the certificate in this keystore. */
  static SSLContext trusting(Path keystore) {
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, KEYSTORE_PASSWORD.toCharArray());
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
