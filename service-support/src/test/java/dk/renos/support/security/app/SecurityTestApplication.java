package dk.renos.support.security.app;

import static dk.renos.support.security.Role.CLEANER;
import static dk.renos.support.security.Role.SERVICE;
import static dk.renos.support.security.Role.STAFF;
import static dk.renos.support.security.RouteRules.rule;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import dk.renos.support.security.CurrentUser;
import dk.renos.support.security.RouteRules;
import dk.renos.support.security.ServiceClients;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A minimal resource server for ServiceSecurityIT: who the token says is calling, a route only
 * staff and services may call, and two routes that call this service again through {@link
 * ServiceClients}: once inside the request (the user's token goes on), once from another thread
 * with no user (the service's own token).
 */
@SpringBootApplication
public class SecurityTestApplication {

  @Bean
  RouteRules routeRules() {
    return RouteRules.of(
        rule(GET, "/api/whoami", STAFF, CLEANER),
        rule(GET, "/api/slots", STAFF, SERVICE),
        rule(GET, "/api/relay/**", STAFF),
        rule(POST, "/api/background/**", STAFF));
  }

  @RestController
  static class ProbeController {

    private final ServiceClients clients;
    private final WebServerApplicationContext server;

    ProbeController(ServiceClients clients, WebServerApplicationContext server) {
      this.clients = clients;
      this.server = server;
    }

    @GetMapping("/api/whoami")
    Map<String, Object> whoami(CurrentUser user) {
      return view(user);
    }

    @GetMapping("/api/slots")
    Map<String, Object> slots(CurrentUser user) {
      return view(user);
    }

    /** Calls /api/whoami on behalf of the caller. */
    @GetMapping("/api/relay/whoami")
    Object relay() {
      return self().get().uri("/api/whoami").retrieve().body(Map.class);
    }

    /** Calls {@code path} from a thread with no user behind it, as a Kafka listener would. */
    @PostMapping("/api/background/slots")
    Object backgroundSlots() {
      return CompletableFuture.supplyAsync(
              () -> self().get().uri("/api/slots").retrieve().body(Map.class))
          .join();
    }

    /** The same from a thread with no user, to a route that is not open to services. */
    @PostMapping("/api/background/whoami")
    Object backgroundWhoami() {
      return CompletableFuture.supplyAsync(
              () ->
                  self()
                      .get()
                      .uri("/api/whoami")
                      .exchange(
                          (request, response) ->
                              Map.of("status", response.getStatusCode().value())))
          .join();
    }

    private org.springframework.web.client.RestClient self() {
      return clients.to("http://localhost:" + server.getWebServer().getPort());
    }

    private static Map<String, Object> view(CurrentUser user) {
      return Map.of(
          "username",
          user.username(),
          "roles",
          user.roles().stream().map(Enum::name).sorted().toList(),
          "team",
          String.valueOf(user.team()),
          "requestId",
          String.valueOf(user.requestId()));
    }
  }
}
