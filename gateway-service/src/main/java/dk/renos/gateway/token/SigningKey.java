package dk.renos.gateway.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;

/**
 * The gateway's EC P-256 signing key as a JWK, its key id the RFC 7638 thumbprint of the public key
 * (so replicas with the same key publish the same id).
 */
public final class SigningKey {

  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

  private SigningKey() {}

  /**
   * The key from {@code RENOS_GATEWAY_SIGNING_KEY}: PEM text, or the path of a PEM file. Only
   * PKCS#8 ({@code BEGIN PRIVATE KEY}); convert a SEC1 key with {@code openssl pkcs8 -topk8
   * -nocrypt}.
   */
  public static ECKey fromSetting(String setting) {
    String pem = setting.strip();
    if (!pem.startsWith("-----BEGIN")) {
      try {
        pem = Files.readString(Path.of(pem), StandardCharsets.US_ASCII);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "RENOS_GATEWAY_SIGNING_KEY is neither PEM nor a readable file", e);
      }
    }
    return fromPem(pem);
  }

  static ECKey fromPem(String pem) {
    ECPrivateKey privateKey = null;
    ECPublicKey publicKey = null;
    try {
      KeyFactory ec = KeyFactory.getInstance("EC");
      Matcher block = BLOCK.matcher(pem);
      while (block.find()) {
        byte[] der = Base64.getMimeDecoder().decode(block.group(2));
        switch (block.group(1)) {
          case "PRIVATE KEY" ->
              privateKey = (ECPrivateKey) ec.generatePrivate(new PKCS8EncodedKeySpec(der));
          case "PUBLIC KEY" ->
              publicKey = (ECPublicKey) ec.generatePublic(new X509EncodedKeySpec(der));
          default ->
              throw new IllegalArgumentException(
                  "RENOS_GATEWAY_SIGNING_KEY: unexpected PEM block "
                      + block.group(1)
                      + " (PKCS#8 'PRIVATE KEY' expected)");
        }
      }
      if (privateKey == null) {
        throw new IllegalArgumentException(
            "RENOS_GATEWAY_SIGNING_KEY holds no PKCS#8 'PRIVATE KEY' block");
      }
      if (publicKey == null) {
        publicKey = derivePublicKey(ec, privateKey);
      }
      ECKey key = new ECKey.Builder(Curve.P_256, publicKey).privateKey(privateKey).build();
      if (!Curve.P_256.equals(Curve.forECParameterSpec(privateKey.getParams()))) {
        throw new IllegalArgumentException("RENOS_GATEWAY_SIGNING_KEY must be an EC P-256 key");
      }
      return new ECKey.Builder(key).keyID(key.computeThumbprint().toString()).build();
    } catch (GeneralSecurityException | JOSEException e) {
      throw new IllegalArgumentException("RENOS_GATEWAY_SIGNING_KEY is not a valid EC key", e);
    }
  }

  /** A key made now, for a gateway started without one. */
  public static ECKey generated() {
    try {
      ECKey key = new ECKeyGenerator(Curve.P_256).generate();
      return new ECKey.Builder(key).keyID(key.computeThumbprint().toString()).build();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Q = d·G on P-256 (the JDK has no API for it; Bouncy Castle's curve arithmetic does it). */
  private static ECPublicKey derivePublicKey(KeyFactory ec, ECPrivateKey privateKey)
      throws GeneralSecurityException {
    X9ECParameters curve = ECNamedCurveTable.getByName("secp256r1");
    BigInteger d = privateKey.getS();
    org.bouncycastle.math.ec.ECPoint q = curve.getG().multiply(d).normalize();
    ECParameterSpec params = privateKey.getParams();
    ECPoint w = new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
    return (ECPublicKey) ec.generatePublic(new ECPublicKeySpec(w, params));
  }
}
