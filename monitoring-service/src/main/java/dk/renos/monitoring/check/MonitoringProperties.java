package dk.renos.monitoring.check;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What to watch: {@code renos.monitoring.services.<name>=<base url>}, polled every {@code interval}
 * with {@code timeout} for connect and read; checks older than {@code retention} are deleted.
 */
@ConfigurationProperties("renos.monitoring")
public record MonitoringProperties(
    @DefaultValue("15s") Duration interval,
    @DefaultValue("2s") Duration timeout,
    @DefaultValue("7d") Duration retention,
    Map<String, URI> services) {

  public MonitoringProperties {
    services = services == null ? Map.of() : new LinkedHashMap<>(services);
  }
}
