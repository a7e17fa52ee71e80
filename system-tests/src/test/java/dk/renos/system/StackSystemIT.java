package dk.renos.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole system as a user runs it: {@code ./renos up -d} starts ten separate processes, every
 * one of them healthy; the gateway answers for every area; every service exposes Prometheus text;
 * {@code ./renos down} leaves no process behind; a second {@code up} finds the data of the first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackSystemIT {

    private static final String ADMIN_PASSWORD = "system-test-" + System.nanoTime();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern TABLE_ROW = Pattern.compile("^(\\S+)\\s+(\\d+|-)\\s+(\\d+)\\s+(\\S+)\\s+(.+)$");
    private static final Pattern PROMETHEUS_SAMPLE = Pattern.compile(
            "^[a-zA-Z_:][a-zA-Z0-9_:]*(\\{.*\\})? (-?[0-9.eE+-]+|NaN|[+-]Inf)( -?\\d+)?$");

    private static Path dataDir;
    private static RenosCommand renos;
    private static final List<Long> pids = new ArrayList<>();

    @BeforeAll
    static void startTheStack() throws Exception {
        // Open to others (755): as root, PostgreSQL runs as 'nobody' and must reach its folder.
        dataDir = Files.createTempDirectory("renos-system-",
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")));
        renos = new RenosCommand(dataDir, ADMIN_PASSWORD);
        RenosCommand.Result up = renos.run(Duration.ofMinutes(8), "up", "-d");
        assertThat(up.exitCode()).as("./renos up -d output:%n%s", up.output()).isZero();
    }

    @AfterAll
    static void stopTheStack() throws Exception {
        if (renos != null) {
            renos.run(Duration.ofMinutes(3), "down");
        }
    }

    @Test
    @Order(1)
    void statusShowsAllTenComponentsHealthyAndExitsZero() throws Exception {
        RenosCommand.Result status = renos.run(Duration.ofMinutes(1), "status");
        assertThat(status.exitCode()).as(status.output()).isZero();
        Map<String, String> states = new java.util.LinkedHashMap<>();
        for (String line : status.output().lines().skip(1).toList()) {
            Matcher row = TABLE_ROW.matcher(line.trim());
            if (row.matches()) {
                states.put(row.group(1), row.group(5));
                pids.add(Long.parseLong(row.group(2)));
            }
        }
        assertThat(states).containsOnlyKeys("postgres", "kafka", "redis", "gateway-service", "email-ingest-service",
                "lead-service", "quote-service", "booking-service", "chat-service", "monitoring-service");
        assertThat(states.values()).allMatch("healthy"::equals);
        assertThat(pids).doesNotHaveDuplicates().allMatch(pid -> ProcessHandle.of(pid).isPresent());
    }

    @Test
    @Order(2)
    void gatewayAnswersEveryAreaForAStaffUserAndRefusesStrangers() throws Exception {
        int gateway = renos.port("RENOS_GATEWAY_PORT");
        assertThat(get(gateway, "/api/leads", null).statusCode()).isEqualTo(401);
        for (String path : List.of("/api/emails/threads", "/api/leads", "/api/customers", "/api/quotes",
                "/api/bookings", "/api/chat/conversations", "/api/monitoring/checks")) {
            HttpResponse<String> response = get(gateway, path, "admin:" + ADMIN_PASSWORD);
            assertThat(response.statusCode()).as("GET %s -> %s", path, response.body()).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"content\"").contains("\"page\"");
        }
        HttpResponse<String> monitored = get(gateway, "/api/monitoring/services", "admin:" + ADMIN_PASSWORD);
        assertThat(monitored.statusCode()).isEqualTo(200);
        assertThat(monitored.body()).contains("\"gateway-service\"", "\"email-ingest-service\"", "\"lead-service\"",
                "\"quote-service\"", "\"booking-service\"", "\"chat-service\"");
        HttpResponse<String> health = get(gateway, "/actuator/health/readiness", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }

    @Test
    @Order(3)
    void everyServiceServesPrometheusTextFormat() throws Exception {
        for (String variable : RenosCommand.SERVICE_PORT_VARIABLES) {
            HttpResponse<String> response = get(renos.port(variable), "/actuator/prometheus", null);
            assertThat(response.statusCode()).as(variable).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(variable).startsWith("text/plain");
            List<String> samples = response.body().lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertThat(samples).as(variable).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).matches(PROMETHEUS_SAMPLE));
            assertThat(response.body()).as(variable).contains("# TYPE jvm_memory_used_bytes gauge");
        }
    }

    @Test
    @Order(4)
    void downLeavesNoProcessAndUpAgainKeepsTheData() throws Exception {
        RenosCommand.Result down = renos.run(Duration.ofMinutes(3), "down");
        assertThat(down.exitCode()).as(down.output()).isZero();
        assertThat(pids).isNotEmpty().noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        RenosCommand.Result stopped = renos.run(Duration.ofMinutes(1), "status");
        assertThat(stopped.exitCode()).isEqualTo(1);

        Path pgVersion = dataDir.resolve("postgres/PG_VERSION");
        long clusterCreated = Files.getLastModifiedTime(pgVersion).toMillis();
        String kafkaCluster = Files.readString(dataDir.resolve("kafka/log/meta.properties"));
        RenosCommand.Result again = renos.run(Duration.ofMinutes(8), "up", "-d");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(Files.getLastModifiedTime(pgVersion).toMillis()).as("same PostgreSQL cluster").isEqualTo(clusterCreated);
        assertThat(Files.readString(dataDir.resolve("kafka/log/meta.properties"))).as("same Kafka cluster")
                .isEqualTo(kafkaCluster);
        assertThat(get(renos.port("RENOS_GATEWAY_PORT"), "/api/leads", "admin:" + ADMIN_PASSWORD).statusCode())
                .isEqualTo(200);
    }

    private static HttpResponse<String> get(int port, String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(15)).GET();
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
