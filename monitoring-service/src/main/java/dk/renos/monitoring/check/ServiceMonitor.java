package dk.renos.monitoring.check;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls every configured service's readiness in parallel, stores each check, and keeps the latest
 * result per service in memory for the API and the {@code renos_service_up{service}} gauge (1 = UP,
 * 0 = DOWN, NaN = not checked yet).
 */
@Component
public class ServiceMonitor implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ServiceMonitor.class);

  private final MonitoringProperties properties;
  private final ServiceCheckRepository checks;
  private final ReadinessProbe probe;
  private final Clock clock;
  private final Map<String, ServiceCheck> latest = new ConcurrentHashMap<>();
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

  public ServiceMonitor(
      MonitoringProperties properties,
      ServiceCheckRepository checks,
      MeterRegistry meters,
      Clock clock) {
    this.properties = properties;
    this.checks = checks;
    this.clock = clock;
    this.probe = new ReadinessProbe(properties.timeout(), clock);
    checks.findLatestPerService().forEach(check -> latest.put(check.getService(), check));
    properties
        .services()
        .keySet()
        .forEach(
            service ->
                Gauge.builder("renos.service.up", latest, map -> upValue(map.get(service)))
                    .tag("service", service)
                    .description(
                        "1 when the service's readiness probe answered UP at the last check, 0 when DOWN")
                    .register(meters));
  }

  @Scheduled(fixedDelayString = "${renos.monitoring.interval:15s}")
  public void pollAll() {
    List<Future<ServiceCheck>> running = new ArrayList<>();
    properties
        .services()
        .forEach((service, url) -> running.add(executor.submit(() -> probe.check(service, url))));
    List<ServiceCheck> results = new ArrayList<>();
    for (Future<ServiceCheck> future : running) {
      try {
        results.add(future.get());
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception ex) {
        log.warn("Readiness check failed unexpectedly", ex);
      }
    }
    checks.saveAll(results);
    results.forEach(
        check -> {
          ServiceCheck previous = latest.put(check.getService(), check);
          if (previous == null || previous.getStatus() != check.getStatus()) {
            log.info(
                "Service {} is {} ({})", check.getService(), check.getStatus(), check.getDetail());
          }
        });
    checks.deleteOlderThan(clock.instant().minus(properties.retention()));
  }

  /** Latest status of every configured service, in configuration order. */
  public List<ServiceState> states() {
    List<ServiceState> states = new ArrayList<>();
    properties
        .services()
        .forEach(
            (service, url) -> {
              ServiceCheck check = latest.get(service);
              states.add(
                  check == null
                      ? new ServiceState(service, url, ServiceStatus.UNKNOWN, null, null, null)
                      : new ServiceState(
                          service,
                          url,
                          check.getStatus(),
                          check.getCheckedAt(),
                          check.getLatencyMs(),
                          check.getDetail()));
            });
    return states;
  }

  private static double upValue(ServiceCheck check) {
    if (check == null) {
      return Double.NaN;
    }
    return check.getStatus() == ServiceStatus.UP ? 1 : 0;
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }

  public record ServiceState(
      String name,
      URI url,
      ServiceStatus status,
      Instant lastCheckedAt,
      Long latencyMs,
      String detail) {}
}
