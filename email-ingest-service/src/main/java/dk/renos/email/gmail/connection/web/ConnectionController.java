package dk.renos.email.gmail.connection.web;

import dk.renos.email.gmail.connection.ConnectionException;
import dk.renos.email.gmail.connection.ConnectionKind;
import dk.renos.email.gmail.connection.ConnectionStatus;
import dk.renos.email.gmail.connection.GmailConnection;
import dk.renos.email.gmail.connection.GmailConnections;
import dk.renos.email.gmail.connection.MailboxConnector;
import dk.renos.email.gmail.connection.OAuthFlow;
import dk.renos.support.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Connect and disconnect mailboxes. The credential never leaves the service: responses show the
 * mailbox, kind and status only. ADMIN only at the gateway.
 */
@RestController
@Validated
@RequestMapping("/api/emails/connections")
class ConnectionController {

  private final GmailConnections connections;
  private final MailboxConnector connector;
  private final OAuthFlow oauth;

  ConnectionController(GmailConnections connections, MailboxConnector connector, OAuthFlow oauth) {
    this.connections = connections;
    this.connector = connector;
    this.oauth = oauth;
  }

  @GetMapping
  List<ConnectionView> list() {
    return connections.all().stream().map(ConnectionView::from).toList();
  }

  /** Connects with a service account that has domain-wide delegation for the mailbox. */
  @PostMapping("/service-account")
  ResponseEntity<ConnectionView> connectServiceAccount(
      @Valid @RequestBody ServiceAccountRequest request) {
    String key =
        request.serviceAccountKey().isTextual()
            ? request.serviceAccountKey().asString()
            : request.serviceAccountKey().toString();
    GmailConnection connection = connector.connectServiceAccount(request.mailbox(), key);
    return ResponseEntity.created(URI.create("/api/emails/connections/" + connection.getId()))
        .body(ConnectionView.from(connection));
  }

  /** Step 1 of OAuth: where to send the mailbox owner to consent. */
  @GetMapping("/oauth/start")
  Map<String, URI> startOAuth(@RequestParam @NotBlank @Email String mailbox) {
    return Map.of("authorizationUrl", oauth.start(mailbox));
  }

  /** Step 2 of OAuth: Google redirects the owner's browser here (the redirect URI) with a code. */
  @GetMapping("/oauth/callback")
  ResponseEntity<ConnectionView> finishOAuth(
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String error) {
    if (error != null) {
      throw new ConnectionException(HttpStatus.BAD_REQUEST, "error", "Google reported: " + error);
    }
    if (code == null || code.isBlank()) {
      throw new ConnectionException(HttpStatus.BAD_REQUEST, "code", "is missing");
    }
    OAuthFlow.Consent consent = oauth.finish(code, state);
    GmailConnection connection =
        connector.connectWithRefreshToken(consent.mailbox(), consent.refreshToken());
    return ResponseEntity.created(URI.create("/api/emails/connections/" + connection.getId()))
        .body(ConnectionView.from(connection));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> disconnect(@PathVariable UUID id) {
    if (!connections.disconnect(id)) {
      throw new NotFoundException("mailbox connection", id);
    }
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler(ConnectionException.class)
  ProblemDetail connectionFailed(ConnectionException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(e.status(), e.field() + " " + e.getMessage());
    problem.setTitle("Mailbox not connected");
    problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
    return problem;
  }

  record ServiceAccountRequest(
      @NotBlank @Email String mailbox, @NotNull JsonNode serviceAccountKey) {}

  record ConnectionView(
      UUID id,
      String mailbox,
      ConnectionKind kind,
      ConnectionStatus status,
      String statusReason,
      Instant statusChangedAt,
      Instant createdAt) {

    static ConnectionView from(GmailConnection connection) {
      return new ConnectionView(
          connection.getId(),
          connection.getMailbox(),
          connection.getKind(),
          connection.getStatus(),
          connection.getStatusReason(),
          connection.getStatusChangedAt(),
          connection.getCreatedAt());
    }
  }
}
