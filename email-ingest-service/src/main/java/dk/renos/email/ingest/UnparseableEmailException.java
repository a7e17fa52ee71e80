package dk.renos.email.ingest;

/**
 * The input is not an e-mail RenOS can store. {@link #field()} names what is wrong ({@code message}
 * for the whole input, else a header name such as {@code From}); {@link #reason()} says how. The
 * reason may quote the input, so logs carry only the field.
 */
public class UnparseableEmailException extends RuntimeException {

  private final String field;
  private final String reason;

  public UnparseableEmailException(String field, String reason) {
    super(field + " " + reason);
    this.field = field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }
}
