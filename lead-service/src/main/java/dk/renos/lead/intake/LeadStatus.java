package dk.renos.lead.intake;

/**
 * Where a lead stands. {@code NEW}: extracted with certainty, published as {@code LeadCreated}.
 * {@code MANUAL_REVIEW}: probably a lead, but something is missing or uncertain; a person decides, nothing is
 * published. {@code QUALIFIED}, {@code CONVERTED}, {@code REJECTED}: later steps.
 */
public enum LeadStatus {
  NEW, MANUAL_REVIEW, QUALIFIED, CONVERTED, REJECTED
}
