package dk.renos.lead.intake;

import java.util.UUID;

/** What intake did with one e-mail: ids and non-personal reasons only, fit for a log line. */
public sealed interface IntakeOutcome {

  /**
   * A NEW lead was created (and LeadCreated published); {@code newCustomer}: CustomerCreated too.
   */
  record Created(UUID leadId, UUID customerId, boolean newCustomer) implements IntakeOutcome {}

  /** A MANUAL_REVIEW lead was stored; nothing published. */
  record HeldForReview(UUID leadId, String reason) implements IntakeOutcome {}

  /**
   * A lead from mail older than the historic cut-off was stored as HISTORICAL; only a new customer
   * published.
   */
  record FiledAsHistorical(UUID leadId, boolean newCustomer) implements IntakeOutcome {}

  /** Ordinary mail: nothing stored. */
  record NotALead(String reason) implements IntakeOutcome {}

  /**
   * This e-mail already has a lead (re-ingest or redelivery under a new event id): nothing changed.
   */
  record AlreadyHandled(UUID leadId) implements IntakeOutcome {}
}
