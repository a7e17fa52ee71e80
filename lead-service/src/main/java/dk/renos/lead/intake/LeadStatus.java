package dk.renos.lead.intake;

public enum LeadStatus {
  NEW, QUALIFIED, CONVERTED, REJECTED
}
