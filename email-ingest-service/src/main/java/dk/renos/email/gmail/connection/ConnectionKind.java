package dk.renos.email.gmail.connection;

/** How RenOS is allowed into a mailbox. */
public enum ConnectionKind {
  /** A user consented in Google's OAuth2 flow; RenOS keeps the refresh token. */
  OAUTH,
  /** A Google Workspace service account with domain-wide delegation acts as the mailbox user. */
  SERVICE_ACCOUNT
}
