package dk.renos.gateway.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the built staff web app is: by default on the classpath, from the {@code staff-web} jar
 * (module {@code web/}). {@code RENOS_WEB_LOCATION} may point at another folder, e.g. {@code
 * file:web/dist/} to serve a fresh {@code vite build} without rebuilding the gateway.
 */
@ConfigurationProperties("renos.gateway.web")
public record StaffWebAppProperties(
    @DefaultValue("classpath:/META-INF/resources/renos-web/") String location) {

  public StaffWebAppProperties {
    if (!location.endsWith("/")) {
      location = location + "/";
    }
  }
}
