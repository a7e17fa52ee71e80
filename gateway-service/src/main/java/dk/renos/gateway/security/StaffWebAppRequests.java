package dk.renos.gateway.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Which requests belong to the staff web app rather than to the API: every GET or HEAD whose path
 * is not under one of the gateway's own prefixes. Those are the app's files ({@code /assets/…},
 * {@code /favicon.svg}) and its client-side routes ({@code /leads/123}), all answered with static
 * content that holds no data, so {@link GatewayAccessRules} lets them through without sign-in; the
 * data the app shows comes from {@code /api/**}, which stays protected.
 */
public final class StaffWebAppRequests {

  /** Paths the app never answers: the API, operations, contracts, sign-in flows. */
  static final List<String> NOT_THE_APP =
      List.of(
          "/api/",
          "/actuator/",
          "/v3/api-docs",
          "/.well-known/",
          "/q/",
          "/oauth2/",
          "/login/oauth2/",
          "/asyncapi.yaml");

  private StaffWebAppRequests() {}

  /** True for a GET/HEAD of the app (a file or a client-side route). */
  public static boolean isAppRequest(HttpMethod method, String path) {
    if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
      return false;
    }
    if (path.equals("/api") || path.equals("/actuator")) {
      return false;
    }
    return NOT_THE_APP.stream().noneMatch(path::startsWith);
  }

  /** A path whose last segment has a dot is a file; anything else is a client-side route. */
  public static boolean isFile(String path) {
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.contains(".");
  }

  /** For {@link GatewayAccessRules}: the app's GETs, which need no sign-in. */
  public static ServerWebExchangeMatcher matcher() {
    return StaffWebAppRequests::match;
  }

  private static Mono<MatchResult> match(ServerWebExchange exchange) {
    return isAppRequest(
            exchange.getRequest().getMethod(),
            exchange.getRequest().getPath().pathWithinApplication().value())
        ? MatchResult.match()
        : MatchResult.notMatch();
  }
}
