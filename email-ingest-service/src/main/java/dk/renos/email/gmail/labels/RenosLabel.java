package dk.renos.email.gmail.labels;

/** The labels RenOS keeps on Gmail threads, so staff see a thread's state in Gmail itself. */
public enum RenosLabel {
  LEAD("RenOS/Lead"),
  QUOTE_SENT("RenOS/Quote sent"),
  AWAITING_REPLY("RenOS/Awaiting reply"),
  BOOKED("RenOS/Booked"),
  LOST("RenOS/Lost");

  private final String gmailName;

  RenosLabel(String gmailName) {
    this.gmailName = gmailName;
  }

  public String gmailName() {
    return gmailName;
  }
}
