package dk.renos.support.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Kafka health: {@code describeCluster} with a short timeout through one reused AdminClient. UP
 * with the cluster id and node count, DOWN with the reason.
 */
public class KafkaClusterHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

  private final Map<String, Object> adminConfig;
  private final Duration timeout;
  private final Object lock = new Object();
  private volatile AdminClient adminClient;

  public KafkaClusterHealthIndicator(Map<String, Object> adminConfig, Duration timeout) {
    super("Kafka health check failed");
    this.timeout = timeout;
    Map<String, Object> config = new HashMap<>(adminConfig);
    int timeoutMs = (int) timeout.toMillis();
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
    config.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "renos-health");
    this.adminConfig = Map.copyOf(config);
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    DescribeClusterResult cluster =
        admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
    try {
      String clusterId = cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      int nodes = cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
      builder.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes);
    } catch (TimeoutException ex) {
      builder
          .down()
          .withDetail("error", "No answer from Kafka within " + timeout.toMillis() + " ms");
    } catch (ExecutionException ex) {
      Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
      builder
          .down()
          .withDetail("error", cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }
  }

  private AdminClient admin() {
    AdminClient client = adminClient;
    if (client == null) {
      synchronized (lock) {
        client = adminClient;
        if (client == null) {
          client = AdminClient.create(adminConfig);
          adminClient = client;
        }
      }
    }
    return client;
  }

  @Override
  public void destroy() {
    synchronized (lock) {
      if (adminClient != null) {
        adminClient.close(Duration.ofSeconds(2));
        adminClient = null;
      }
    }
  }
}
