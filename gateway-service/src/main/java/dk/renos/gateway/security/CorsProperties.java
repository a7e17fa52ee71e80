package dk.renos.gateway.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Browser origins allowed to call {@code /api/**} ({@code RENOS_CORS_ORIGINS}, comma-separated).
 * Empty (the default) allows no cross-origin calls.
 */
@ConfigurationProperties("renos.gateway.cors")
public record CorsProperties(List<String> allowedOrigins) {

  public CorsProperties {
    allowedOrigins =
        allowedOrigins == null
            ? List.of()
            : allowedOrigins.stream()
                .map(String::trim)
                .filter(origin -> !origin.isEmpty())
                .toList();
  }
}
