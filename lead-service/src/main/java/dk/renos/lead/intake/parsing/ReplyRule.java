package dk.renos.lead.intake.parsing;

/** How a quote for a lead reaches the customer. */
public enum ReplyRule {
  /**
   * Never answer the sender (a portal relay); write a new e-mail to the customer address found in
   * the body.
   */
  NEW_EMAIL_TO_CUSTOMER,
  /** Answer in the thread: the reply reaches the customer. */
  REPLY_IN_THREAD
}
