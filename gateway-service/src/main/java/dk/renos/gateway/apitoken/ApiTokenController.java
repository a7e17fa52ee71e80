package dk.renos.gateway.apitoken;

import dk.renos.gateway.problem.GatewayProblem;
import dk.renos.gateway.staff.GatewayIdentity;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The owner's API tokens ({@code /api/admin/**} is OWNER-only):
 *
 * <ul>
 *   <li>{@code POST /api/admin/tokens} {@code {"name","role","team"?,"expiresAt"}}: 201 with the
 *       token in {@code token}, shown this once;
 *   <li>{@code GET /api/admin/tokens}: paged, newest first, without secrets (a prefix to tell them
 *       apart), with {@code lastUsedAt} (to the minute) and whether each is active;
 *   <li>{@code DELETE /api/admin/tokens/{id}}: revoked at once; 204, 404 when there is no active
 *       one.
 * </ul>
 */
@RestController
@RequestMapping("/api/admin/tokens")
class ApiTokenController {

  private static final Logger log = LoggerFactory.getLogger(ApiTokenController.class);

  private final ApiTokens tokens;
  private final ApiTokenRepository repository;
  private final java.time.Clock clock;

  ApiTokenController(ApiTokens tokens, ApiTokenRepository repository, java.time.Clock clock) {
    this.tokens = tokens;
    this.repository = repository;
    this.clock = clock;
  }

  @PostMapping
  Mono<ResponseEntity<Map<String, Object>>> create(
      @RequestBody ApiTokens.NewToken request, Authentication authentication) {
    String owner = ((GatewayIdentity) authentication.getPrincipal()).username();
    return Mono.fromCallable(() -> tokens.create(request, owner))
        .subscribeOn(Schedulers.boundedElastic())
        .map(
            issued -> {
              log.info("API token {} created ({})", issued.token().id(), issued.token().role());
              Map<String, Object> body = view(issued.token());
              body.put("token", issued.secret());
              return ResponseEntity.created(URI.create("/api/admin/tokens/" + issued.token().id()))
                  .body(body);
            });
  }

  @GetMapping
  Mono<Map<String, Object>> list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    if (page < 0 || size < 1 || size > 100) {
      throw new dk.renos.gateway.problem.FieldProblems()
          .add(page < 0 ? "page" : "size", page < 0 ? "must be 0 or more" : "must be 1 to 100");
    }
    return Mono.fromCallable(
            () -> {
              long total = repository.count();
              List<Map<String, Object>> content =
                  repository.page(page * size, size).stream().map(this::view).toList();
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("content", content);
              body.put(
                  "page",
                  Map.of(
                      "size", size,
                      "number", page,
                      "totalElements", total,
                      "totalPages", (total + size - 1) / size));
              return body;
            })
        .subscribeOn(Schedulers.boundedElastic());
  }

  @DeleteMapping("/{id}")
  Mono<ResponseEntity<Void>> revoke(@PathVariable UUID id) {
    return Mono.fromCallable(() -> tokens.revoke(id))
        .subscribeOn(Schedulers.boundedElastic())
        .map(
            revoked -> {
              if (!revoked) {
                throw GatewayProblem.notFound("No active API token " + id + ".");
              }
              log.info("API token {} revoked", id);
              return ResponseEntity.noContent().<Void>build();
            });
  }

  private Map<String, Object> view(ApiToken token) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", token.id());
    view.put("name", token.name());
    view.put("prefix", token.prefix());
    view.put("role", token.role().name());
    view.put("team", token.team());
    view.put("createdBy", token.createdBy());
    view.put("createdAt", token.createdAt().toString());
    view.put("expiresAt", token.expiresAt().toString());
    view.put("revokedAt", token.revokedAt() == null ? null : token.revokedAt().toString());
    view.put("lastUsedAt", token.lastUsedAt() == null ? null : token.lastUsedAt().toString());
    view.put("active", token.activeAt(clock.instant()));
    return view;
  }
}
