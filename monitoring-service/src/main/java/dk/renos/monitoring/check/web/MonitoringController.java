package dk.renos.monitoring.check.web;

import dk.renos.monitoring.check.ServiceCheck;
import dk.renos.monitoring.check.ServiceCheckRepository;
import dk.renos.monitoring.check.ServiceMonitor;
import dk.renos.monitoring.check.ServiceStatus;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/monitoring")
class MonitoringController {

  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("checkedAt"), Sort.Order.desc("id"));

  private final ServiceMonitor monitor;
  private final ServiceCheckRepository checks;

  MonitoringController(ServiceMonitor monitor, ServiceCheckRepository checks) {
    this.monitor = monitor;
    this.checks = checks;
  }

  /** The latest status of every monitored service (UNKNOWN until its first check). */
  @GetMapping("/services")
  List<ServiceMonitor.ServiceState> services() {
    return monitor.states();
  }

  /** Check history of one service, newest first. */
  @GetMapping("/checks")
  PagedModel<CheckView> checks(
      @RequestParam("service") @NotBlank String service, @Valid PageParams paging) {
    return new PagedModel<>(
        checks.findByService(service, paging.toPageable(NEWEST_FIRST)).map(CheckView::from));
  }

  record CheckView(
      String service,
      String url,
      ServiceStatus status,
      long latencyMs,
      String detail,
      Instant checkedAt) {

    static CheckView from(ServiceCheck check) {
      return new CheckView(
          check.getService(),
          check.getUrl(),
          check.getStatus(),
          check.getLatencyMs(),
          check.getDetail(),
          check.getCheckedAt());
    }
  }
}
