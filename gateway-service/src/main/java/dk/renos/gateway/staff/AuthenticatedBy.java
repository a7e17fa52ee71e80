package dk.renos.gateway.staff;

/** How a caller proved who they are at the gateway ({@code GET /api/auth/me} shows it). */
public enum AuthenticatedBy {
  PASSWORD,
  GOOGLE,
  TOKEN
}
