package dk.renos.lead.customer;

/**
 * Who a lead came from, as extracted: name, e-mail (lower-case), phone ({@code +45XXXXXXXX}) and
 * full address; any of them may be null. Personal data: {@link #toString()} prints none of it.
 */
public record ContactDetails(String name, String email, String phone, String address) {

  @Override
  public String toString() {
    return "ContactDetails[email=" + (email != null) + ", phone=" + (phone != null) + "]";
  }
}
