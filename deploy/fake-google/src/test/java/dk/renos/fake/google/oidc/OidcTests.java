package dk.renos.fake.google.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.renos.fake.google.FakeGoogleServer;
import dk.renos.fake.google.http.HttpIo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The authorization-code flow with PKCE by plain HTTP, verified as a relying party would. */
class OidcTests {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String CLIENT_ID = "renos-gateway.apps.googleusercontent.com";
  static final String SECRET = "GOCSPX-gateway";
  static final String REDIRECT = "http://127.0.0.1:8080/login/oauth2/code/google";
  static final String VERIFIER = "a-long-random-code-verifier-of-at-least-43-characters-0123456789";

  final HttpClient http = HttpClient.newHttpClient();
  FakeGoogleServer server;
  JsonNode discovery;

  @BeforeEach
  void start() throws Exception {
    server = FakeGoogleServer.start();
    server.oauth().registerClient(CLIENT_ID, SECRET);
    server.oauth().registerRedirectUri(CLIENT_ID, REDIRECT);
    server.oidc().registerUser("mette@renos.dk", "Mette Jensen", true, "renos.dk");
    server.oauth().setConsentingUser("mette@renos.dk");
    discovery = JSON.readTree(get(server.rootUrl() + ".well-known/openid-configuration").body());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String s256(String verifier) throws Exception {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(
            MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
  }

  /** GET the authorization endpoint; returns the redirect's query parameters. */
  private Map<String, List<String>> authorize(String redirectUri) throws Exception {
    String url =
        discovery.get("authorization_endpoint").asString()
            + "?response_type=code&client_id="
            + HttpIo.encode(CLIENT_ID)
            + "&redirect_uri="
            + HttpIo.encode(redirectUri)
            + "&scope="
            + HttpIo.encode("openid email profile")
            + "&state=st-1&nonce=n-1&code_challenge_method=S256&code_challenge="
            + s256(VERIFIER);
    HttpResponse<String> response = get(url);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    String location = response.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith(redirectUri + "?");
    return HttpIo.parseQuery(URI.create(location).getRawQuery());
  }

  private HttpResponse<String> token(String code, String verifier, String secret) throws Exception {
    String form =
        "grant_type=authorization_code&code="
            + HttpIo.encode(code)
            + "&redirect_uri="
            + HttpIo.encode(REDIRECT)
            + "&client_id="
            + HttpIo.encode(CLIENT_ID)
            + "&client_secret="
            + HttpIo.encode(secret)
            + "&code_verifier="
            + HttpIo.encode(verifier);
    return http.send(
        HttpRequest.newBuilder(URI.create(discovery.get("token_endpoint").asString()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private SignedJWT signIn() throws Exception {
    String code = authorize(REDIRECT).get("code").get(0);
    HttpResponse<String> response = token(code, VERIFIER, SECRET);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return SignedJWT.parse(JSON.readTree(response.body()).get("id_token").asString());
  }

  private boolean signatureValid(SignedJWT jwt) throws Exception {
    JWKSet keys = JWKSet.parse(get(discovery.get("jwks_uri").asString()).body());
    RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
    return key != null && jwt.verify(new RSASSAVerifier(key));
  }

  @Test
  void discoveryNamesTheFakeAsIssuerAndItsEndpoints() {
    String issuer = server.rootUrl().substring(0, server.rootUrl().length() - 1);
    assertThat(discovery.get("issuer").asString())
        .isEqualTo(issuer)
        .isEqualTo(server.oidc().issuer());
    assertThat(discovery.get("jwks_uri").asString()).startsWith(issuer + "/");
    assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");
  }

  @Test
  void codeWithPkceYieldsAnRs256IdTokenThatVerifiesAgainstTheJwks() throws Exception {
    Map<String, List<String>> redirect = authorize(REDIRECT);
    assertThat(redirect.get("state")).containsExactly("st-1");
    HttpResponse<String> response = token(redirect.get("code").get(0), VERIFIER, SECRET);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    SignedJWT jwt = SignedJWT.parse(body.get("id_token").asString());

    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(signatureValid(jwt)).isTrue();
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo(discovery.get("issuer").asString());
    assertThat(claims.getAudience()).containsExactly(CLIENT_ID);
    assertThat(claims.getStringClaim("nonce")).isEqualTo("n-1");
    assertThat(claims.getStringClaim("email")).isEqualTo("mette@renos.dk");
    assertThat(claims.getBooleanClaim("email_verified")).isTrue();
    assertThat(claims.getStringClaim("name")).isEqualTo("Mette Jensen");
    assertThat(claims.getStringClaim("hd")).isEqualTo("renos.dk");
    assertThat(claims.getSubject()).matches("\\d{21}");
    assertThat(claims.getExpirationTime()).isAfter(new Date());
    assertThat(claims.getIssueTime()).isBefore(claims.getExpirationTime());

    HttpResponse<String> userinfo =
        http.send(
            HttpRequest.newBuilder(URI.create(discovery.get("userinfo_endpoint").asString()))
                .header("Authorization", "Bearer " + body.get("access_token").asString())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(userinfo.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(userinfo.body()).get("sub").asString()).isEqualTo(claims.getSubject());
  }

  @Test
  void aWrongCodeVerifierAWrongSecretAndAReusedCodeAreRefused() throws Exception {
    String code = authorize(REDIRECT).get("code").get(0);
    HttpResponse<String> wrongVerifier = token(code, VERIFIER + "x", SECRET);
    assertThat(wrongVerifier.statusCode()).isEqualTo(400);
    assertThat(wrongVerifier.body()).contains("invalid_grant");
    assertThat(token(code, VERIFIER, SECRET).statusCode())
        .as("codes are single-use")
        .isEqualTo(400);

    String second = authorize(REDIRECT).get("code").get(0);
    HttpResponse<String> wrongSecret = token(second, VERIFIER, "nope");
    assertThat(wrongSecret.statusCode()).isEqualTo(401);
    assertThat(wrongSecret.body()).contains("invalid_client");
  }

  @Test
  void anUnregisteredRedirectUriIsRefusedAndARefusedConsentRedirectsWithAccessDenied()
      throws Exception {
    HttpResponse<String> mismatch =
        get(
            discovery.get("authorization_endpoint").asString()
                + "?response_type=code&scope=openid&client_id="
                + HttpIo.encode(CLIENT_ID)
                + "&redirect_uri="
                + HttpIo.encode("https://evil.example/cb"));
    assertThat(mismatch.statusCode()).isEqualTo(400);
    assertThat(mismatch.body()).contains("redirect_uri_mismatch");

    server.oauth().refuseNextConsent();
    Map<String, List<String>> denied = authorize(REDIRECT);
    assertThat(denied.get("error")).containsExactly("access_denied");
    assertThat(denied.get("state")).containsExactly("st-1");
    assertThat(denied).doesNotContainKey("code");
    assertThat(authorize(REDIRECT)).as("only the next one").containsKey("code");
  }

  @Test
  void eachFaultySwitchBreaksExactlyTheNextIdTokenInItsOwnWay() throws Exception {
    String issuer = discovery.get("issuer").asString();

    server.oidc().failNextIdToken(FakeOidc.IdTokenFault.WRONG_ISSUER);
    assertThat(signIn().getJWTClaimsSet().getIssuer()).isNotEqualTo(issuer);

    server.oidc().failNextIdToken(FakeOidc.IdTokenFault.WRONG_AUDIENCE);
    assertThat(signIn().getJWTClaimsSet().getAudience()).doesNotContain(CLIENT_ID);

    server.oidc().failNextIdToken(FakeOidc.IdTokenFault.WRONG_NONCE);
    assertThat(signIn().getJWTClaimsSet().getStringClaim("nonce")).isNotEqualTo("n-1");

    server.oidc().failNextIdToken(FakeOidc.IdTokenFault.EXPIRED);
    assertThat(signIn().getJWTClaimsSet().getExpirationTime()).isBefore(new Date());

    server.oidc().failNextIdToken(FakeOidc.IdTokenFault.BAD_SIGNATURE);
    SignedJWT forged = signIn();
    assertThat(signatureValid(forged)).isFalse();
    assertThat(forged.getJWTClaimsSet().getIssuer())
        .as("only the signature is wrong")
        .isEqualTo(issuer);

    SignedJWT good = signIn();
    assertThat(signatureValid(good)).isTrue();
    assertThat(good.getJWTClaimsSet().getIssuer()).isEqualTo(issuer);
    assertThat(good.getJWTClaimsSet().getStringClaim("nonce")).isEqualTo("n-1");
  }

  @Test
  void theAdminApiRegistersUsersAndArmsFaults() throws Exception {
    HttpResponse<String> user =
        http.send(
            HttpRequest.newBuilder(URI.create(server.rootUrl() + "_fake/oidc/users"))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"ole@renos.dk\",\"name\":\"Ole\",\"hd\":\"renos.dk\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(user.statusCode()).isEqualTo(200);
    server.oauth().setConsentingUser("ole@renos.dk");
    http.send(
        HttpRequest.newBuilder(URI.create(server.rootUrl() + "_fake/oidc/next-id-token-fault"))
            .POST(HttpRequest.BodyPublishers.ofString("{\"fault\":\"EXPIRED\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    JWTClaimsSet claims = signIn().getJWTClaimsSet();
    assertThat(claims.getStringClaim("email")).isEqualTo("ole@renos.dk");
    assertThat(claims.getSubject()).isEqualTo(JSON.readTree(user.body()).get("sub").asString());
    assertThat(claims.getExpirationTime()).isBefore(new Date());
  }
}
