package dk.renos.email.outgoing;

/** Where an outgoing email is. Only {@code PENDING} is worked on; the others are final. */
public enum OutgoingStatus {
  /** Waiting for the sender (first try, or a retry after {@code next_attempt_at}). */
  PENDING,
  /** Gmail accepted it; {@code EmailSent} was published. */
  SENT,
  /** Sending is off ({@code RENOS_EMAIL_SENDING_ENABLED=false}): composed, never sent. */
  DRY_RUN,
  /**
   * The recipient policy refused it (a lead portal's address, not one valid address, unknown
   * thread).
   */
  REFUSED,
  /** Gmail refused it (a 4xx) or kept failing for every attempt. */
  FAILED
}
