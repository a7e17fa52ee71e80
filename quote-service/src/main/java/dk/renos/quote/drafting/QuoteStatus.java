package dk.renos.quote.drafting;

public enum QuoteStatus {
  DRAFT, SENT, ACCEPTED, DECLINED, EXPIRED
}
