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
 * {@code ./renos down} leaves no process behind; a foreground {@code up} finds the data of the first
 * and Ctrl-C stops it all.
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
        if (dataDir != null) {
            try (var paths = Files.walk(dataDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
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
                "/api/bookings", "/api/chat/conversations", "/api/monitoring/checks?service=lead-service")) {
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
    @Order(3)
    void servicesLogJsonLinesAndRequestWorkCarriesTraceIds() throws Exception {
        for (String service : List.of("gateway-service", "email-ingest-service", "lead-service", "quote-service",
                "booking-service", "chat-service", "monitoring-service")) {
            List<String> lines = Files.readAllLines(dataDir.resolve("logs").resolve(service + ".log"));
            assertThat(lines).as(service).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).as(service).startsWith("{\"@timestamp\":").endsWith("}"));
            if (!service.equals("gateway-service")) {
                // Work done inside an HTTP request (here: the first readiness check opening the Kafka
                // admin client) is logged with the request's trace.
                assertThat(lines).as(service).anySatisfy(line -> assertThat(line).containsPattern(
                        "\"traceId\":\"[0-9a-f]{32}\",\"spanId\":\"[0-9a-f]{16}\""));
            }
        }
    }

    @Test
    @Order(4)
    void downLeavesNoProcessBehind() throws Exception {
        RenosCommand.Result down = renos.run(Duration.ofMinutes(3), "down");
        assertThat(down.exitCode()).as(down.output()).isZero();
        assertThat(pids).isNotEmpty().noneMatch(StackSystemIT::alive);
        RenosCommand.Result stopped = renos.run(Duration.ofMinutes(1), "status");
        assertThat(stopped.exitCode()).isEqualTo(1);
    }

    @Test
    @Order(5)
    void foregroundUpKeepsTheDataAndCtrlCStopsEverything() throws Exception {
        Path pgVersion = dataDir.resolve("postgres/PG_VERSION");
        long clusterCreated = Files.getLastModifiedTime(pgVersion).toMillis();
        String kafkaCluster = Files.readString(dataDir.resolve("kafka/log/meta.properties"));
        Path output = dataDir.resolve("foreground.out");
        Process foreground = renos.start(output, "up");
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        while (!Files.readString(output).contains("Following logs") && foreground.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(Files.readString(output)).as("./renos up output").contains("Following logs; Ctrl-C stops RenOS.");

        RenosCommand.Result status = renos.run(Duration.ofMinutes(1), "status");
        assertThat(status.exitCode()).as(status.output()).isZero();
        List<Long> running = status.output().lines().skip(1).map(l -> TABLE_ROW.matcher(l.trim()))
                .filter(Matcher::matches).map(m -> Long.parseLong(m.group(2))).toList();
        assertThat(running).hasSize(10);
        assertThat(Files.getLastModifiedTime(pgVersion).toMillis()).as("same PostgreSQL cluster").isEqualTo(clusterCreated);
        assertThat(Files.readString(dataDir.resolve("kafka/log/meta.properties"))).as("same Kafka cluster")
                .isEqualTo(kafkaCluster);
        assertThat(get(renos.port("RENOS_GATEWAY_PORT"), "/api/leads", "admin:" + ADMIN_PASSWORD).statusCode())
                .isEqualTo(200);

        // Ctrl-C in a terminal is SIGINT to the launcher (components run in sessions of their own).
        new ProcessBuilder("kill", "-INT", Long.toString(foreground.pid())).start().waitFor();
        assertThat(foreground.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)).as("launcher exited").isTrue();
        assertThat(Files.readString(output)).contains("Stopping RenOS (services first, then infrastructure)")
                .contains("RenOS is stopped.");
        assertThat(running).noneMatch(StackSystemIT::alive);
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
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
