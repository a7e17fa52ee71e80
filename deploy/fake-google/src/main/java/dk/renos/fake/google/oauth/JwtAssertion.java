package dk.renos.fake.google.oauth;

import dk.renos.fake.google.http.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Collection;
import tools.jackson.databind.JsonNode;

/**
 * The RS256 JWT a service account signs for the jwt-bearer grant: parsed, then verified against
 * issued keys.
 */
record JwtAssertion(
    String keyId,
    String algorithm,
    String issuer,
    String subject,
    String audience,
    String scope,
    long issuedAt,
    long expiresAt,
    byte[] signedPart,
    byte[] signature) {

  static JwtAssertion parse(String jwt) {
    String[] parts = jwt == null ? new String[0] : jwt.split("\\.");
    if (parts.length != 3) {
      throw OAuthError.invalidGrant("Invalid JWT: the assertion is not a signed JWT.");
    }
    try {
      var decoder = Base64.getUrlDecoder();
      JsonNode header = Json.MAPPER.readTree(decoder.decode(parts[0]));
      JsonNode claims = Json.MAPPER.readTree(decoder.decode(parts[1]));
      JsonNode aud = claims.path("aud");
      return new JwtAssertion(
          Json.text(header, "kid"),
          Json.text(header, "alg"),
          Json.text(claims, "iss"),
          Json.text(claims, "sub"),
          aud.isArray() && !aud.isEmpty() ? aud.get(0).asString() : Json.text(claims, "aud"),
          Json.text(claims, "scope"),
          claims.path("iat").asLong(0),
          claims.path("exp").asLong(0),
          (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII),
          decoder.decode(parts[2]));
    } catch (RuntimeException e) {
      throw OAuthError.invalidGrant("Invalid JWT: the assertion could not be decoded.");
    }
  }

  /**
   * True when the signature verifies with the key named by kid, or with any key when kid is absent.
   */
  boolean signedByAnyOf(java.util.Map<String, PublicKey> keysById) {
    if (!"RS256".equals(algorithm)) {
      return false;
    }
    Collection<PublicKey> candidates =
        keyId != null && keysById.containsKey(keyId)
            ? java.util.List.of(keysById.get(keyId))
            : keysById.values();
    for (PublicKey key : candidates) {
      try {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(signedPart);
        if (verifier.verify(signature)) {
          return true;
        }
      } catch (GeneralSecurityException e) {
        // try the next key
      }
    }
    return false;
  }
}
