package dk.renos.events;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: the attributes travel as {@code ce_} headers
 * and the value is the event as JSON. No Java class name ever goes on the wire.
 */
public final class CloudEventHeaders {

  public static final String ID = "ce_id";
  public static final String TYPE = "ce_type";
  public static final String SOURCE = "ce_source";
  public static final String TIME = "ce_time";
  public static final String SUBJECT = "ce_subject";
  public static final String SPEC_VERSION = "ce_specversion";
  public static final String SPEC_VERSION_VALUE = "1.0";

  /** W3C trace context, so one trace follows a lead across every hop. */
  public static final String TRACEPARENT = "traceparent";

  /** Optional Kafka header for the value's media type (CloudEvents {@code datacontenttype}). */
  public static final String CONTENT_TYPE = "content-type";

  public static final String CONTENT_TYPE_JSON = "application/json";

  private CloudEventHeaders() {}

  /**
   * {@code ce_source} of a RenOS service: {@code /renos/<service>}, e.g. {@code
   * /renos/lead-service}.
   */
  public static String source(String service) {
    return "/renos/" + service;
  }

  /** {@code dk.renos.<context>.<Event>.v<version>}, e.g. {@code dk.renos.lead.LeadCreated.v1}. */
  public static String type(String context, String event, int version) {
    return "dk.renos." + context + "." + event + ".v" + version;
  }
}
