package dk.renos.chat.assistant;

/** What a staff member's Danish question asks for; the deterministic assistant answers these. */
public enum Intent {
  FIND_CUSTOMER,
  CUSTOMER_OVERVIEW,
  LEADS,
  LEAD_STATISTICS,
  QUOTES_AWAITING,
  FOLLOW_UPS_DUE,
  PLAN,
  FREE_SLOTS,
  HELP,
  UNKNOWN
}
