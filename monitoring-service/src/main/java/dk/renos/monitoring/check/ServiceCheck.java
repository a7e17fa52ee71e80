package dk.renos.monitoring.check;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The result of one readiness probe of one service. */
@Entity
@Table(name = "service_check")
public class ServiceCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100)
  private String service;

  @Column(nullable = false, length = 500)
  private String url;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ServiceStatus status;

  @Column(name = "latency_ms", nullable = false)
  private long latencyMs;

  @Column(length = 500)
  private String detail;

  @Column(name = "checked_at", nullable = false)
  private Instant checkedAt;

  protected ServiceCheck() {}

  public ServiceCheck(
      String service,
      String url,
      ServiceStatus status,
      long latencyMs,
      String detail,
      Instant checkedAt) {
    if (status == ServiceStatus.UNKNOWN) {
      throw new IllegalArgumentException("A performed check is UP or DOWN");
    }
    this.service = service;
    this.url = url;
    this.status = status;
    this.latencyMs = latencyMs;
    this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    this.checkedAt = checkedAt;
  }

  public Long getId() {
    return id;
  }

  public String getService() {
    return service;
  }

  public String getUrl() {
    return url;
  }

  public ServiceStatus getStatus() {
    return status;
  }

  public long getLatencyMs() {
    return latencyMs;
  }

  public String getDetail() {
    return detail;
  }

  public Instant getCheckedAt() {
    return checkedAt;
  }
}
