package dk.renos.lead.intake;

/**
 * Where a lead stands. {@code NEW}: extracted with certainty, published as {@code LeadCreated}.
 * {@code MANUAL_REVIEW}: probably a lead, but something is missing or uncertain; a person decides,
 * nothing is published. {@code HISTORICAL}: from mail received long before RenOS saw it (a newly
 * connected mailbox's past), kept for the customer's history but never worked: nothing is
 * published, so no quote is drafted for it. {@code QUALIFIED}, {@code CONVERTED}, {@code REJECTED}:
 * later steps.
 */
public enum LeadStatus {
  NEW,
  MANUAL_REVIEW,
  HISTORICAL,
  QUALIFIED,
  CONVERTED,
  REJECTED
}
