package dk.renos.support.security;

import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Puts a token on every call to another RenOS service: the incoming request's own token when this
 * thread serves one (the callee sees the same user and roles, and the same short expiry), else this
 * service's token from the gateway. A request that already carries {@code Authorization} is left
 * alone.
 */
final class ServiceCallAuthorization implements ClientHttpRequestInterceptor {

  private final Supplier<ServiceTokenSource> serviceTokens;

  ServiceCallAuthorization(Supplier<ServiceTokenSource> serviceTokens) {
    this.serviceTokens = serviceTokens;
  }

  @Override
  public ClientHttpResponse intercept(
      HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
    if (!request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
      request.getHeaders().setBearerAuth(currentToken());
    }
    return execution.execute(request, body);
  }

  private String currentToken() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof JwtAuthenticationToken user) {
      return user.getToken().getTokenValue();
    }
    ServiceTokenSource source = serviceTokens.get();
    if (source == null) {
      throw new IllegalStateException(
          "No user behind this call and RENOS_SERVICE_SECRET is not set, so this service has no"
              + " token of its own to call another with");
    }
    return source.token();
  }
}
