package dk.renos.gateway.security;

import java.time.Duration;
import org.springframework.security.config.web.server.ServerHttpSecurity.HeaderSpec;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;

/**
 * The response headers every answer of the gateway carries, for the staff web app it serves from
 * its own origin ({@code /}, {@code /assets/**}):
 *
 * <ul>
 *   <li>{@code Content-Security-Policy} {@value #CONTENT_SECURITY_POLICY}: scripts, styles, fonts,
 *       images and API calls only from the gateway's own origin, no plugins, no {@code <base>} or
 *       form posts elsewhere, and no page may frame RenOS ({@code frame-ancestors 'none'}, with
 *       {@code X-Frame-Options: DENY} for older browsers). Inline styles are allowed because React
 *       component libraries set {@code style} attributes; inline scripts are not, so an injected
 *       {@code <script>} does not run;
 *   <li>{@code X-Content-Type-Options: nosniff}; {@code Referrer-Policy: same-origin} (no RenOS
 *       URL, which may hold an id, leaks to another site); a {@code Permissions-Policy} that turns
 *       off camera, microphone, geolocation and payment;
 *   <li>{@code Strict-Transport-Security} (1 year, subdomains) only on answers sent over HTTPS:
 *       Spring Security writes it only for a secure request, so plain HTTP in development is not
 *       pinned to HTTPS.
 * </ul>
 */
final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
          + " data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

  static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

  private SecurityHeaders() {}

  static void apply(HeaderSpec headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .frameOptions(frame -> frame.mode(Mode.DENY))
        .contentTypeOptions(nosniff -> {})
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .permissionsPolicy(permissions -> permissions.policy(PERMISSIONS_POLICY))
        .hsts(hsts -> hsts.maxAge(HSTS_MAX_AGE).includeSubdomains(true));
  }
}
