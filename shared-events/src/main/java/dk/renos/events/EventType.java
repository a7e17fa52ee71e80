package dk.renos.events;

import dk.renos.events.booking.BookingCancelled;
import dk.renos.events.booking.BookingCompleted;
import dk.renos.events.booking.BookingConfirmed;
import dk.renos.events.booking.BookingRescheduled;
import dk.renos.events.customer.CustomerCreated;
import dk.renos.events.email.EmailReceived;
import dk.renos.events.email.EmailSent;
import dk.renos.events.email.SendEmailRequested;
import dk.renos.events.lead.LeadCreated;
import dk.renos.events.quote.QuoteAccepted;
import dk.renos.events.quote.QuoteApproved;
import dk.renos.events.quote.QuoteDrafted;
import dk.renos.events.quote.QuoteRejected;
import dk.renos.events.quote.QuoteSent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The catalogue of published events (and of the commands services send each other, which travel the
 * same way on a {@code <context>.commands} topic): for each record class and version, its context,
 * topic, CloudEvents type and Kafka key. Producers look up by record ({@link #of(Record)}),
 * consumers by the {@code ce_type} header ({@link #forCeType(String)}); the Java class name never
 * goes on the wire.
 *
 * <pre>{@code
 * // producer: topic type.topic(), key and ce_subject type.key(event).toString(), ce_type type.ceType()
 * EventType<LeadCreated> type = EventType.of(event);
 *
 * // consumer: an unknown ce_type (a newer version, another event) is skipped, not an error
 * Optional<EventType<?>> type = EventType.forCeType(ceTypeHeader);
 * Record event = jsonMapper.readValue(value, type.get().recordClass());
 * }</pre>
 *
 * <p>A new event or version is a new constant here plus its golden sample and its message in {@code
 * asyncapi.yaml}; the tests of this module fail until all three exist.
 *
 * @param <E> the event record
 */
public final class EventType<E extends Record> {

  public static final EventType<EmailReceived> EMAIL_RECEIVED =
      new EventType<>(
          "email", Topics.EMAIL, "EmailReceived", 1, EmailReceived.class, EmailReceived::threadId);
  public static final EventType<EmailSent> EMAIL_SENT =
      new EventType<>("email", Topics.EMAIL, "EmailSent", 1, EmailSent.class, EmailSent::threadId);

  /**
   * A command on {@link Topics#EMAIL_COMMANDS}, consumed by email-ingest-service; keyed by command
   * id.
   */
  public static final EventType<SendEmailRequested> SEND_EMAIL_REQUESTED =
      new EventType<>(
          "email",
          Topics.EMAIL_COMMANDS,
          "SendEmailRequested",
          1,
          SendEmailRequested.class,
          SendEmailRequested::commandId);

  public static final EventType<LeadCreated> LEAD_CREATED =
      new EventType<>(
          "lead", Topics.LEAD, "LeadCreated", 1, LeadCreated.class, LeadCreated::leadId);
  public static final EventType<CustomerCreated> CUSTOMER_CREATED =
      new EventType<>(
          "customer",
          Topics.CUSTOMER,
          "CustomerCreated",
          1,
          CustomerCreated.class,
          CustomerCreated::customerId);
  public static final EventType<QuoteDrafted> QUOTE_DRAFTED =
      new EventType<>(
          "quote", Topics.QUOTE, "QuoteDrafted", 1, QuoteDrafted.class, QuoteDrafted::quoteId);
  public static final EventType<QuoteSent> QUOTE_SENT =
      new EventType<>("quote", Topics.QUOTE, "QuoteSent", 1, QuoteSent.class, QuoteSent::quoteId);
  public static final EventType<QuoteApproved> QUOTE_APPROVED =
      new EventType<>(
          "quote", Topics.QUOTE, "QuoteApproved", 1, QuoteApproved.class, QuoteApproved::quoteId);
  public static final EventType<QuoteRejected> QUOTE_REJECTED =
      new EventType<>(
          "quote", Topics.QUOTE, "QuoteRejected", 1, QuoteRejected.class, QuoteRejected::quoteId);
  public static final EventType<QuoteAccepted> QUOTE_ACCEPTED =
      new EventType<>(
          "quote", Topics.QUOTE, "QuoteAccepted", 1, QuoteAccepted.class, QuoteAccepted::quoteId);
  public static final EventType<BookingConfirmed> BOOKING_CONFIRMED =
      new EventType<>(
          "booking",
          Topics.BOOKING,
          "BookingConfirmed",
          1,
          BookingConfirmed.class,
          BookingConfirmed::bookingId);
  public static final EventType<BookingCancelled> BOOKING_CANCELLED =
      new EventType<>(
          "booking",
          Topics.BOOKING,
          "BookingCancelled",
          1,
          BookingCancelled.class,
          BookingCancelled::bookingId);
  public static final EventType<BookingRescheduled> BOOKING_RESCHEDULED =
      new EventType<>(
          "booking",
          Topics.BOOKING,
          "BookingRescheduled",
          1,
          BookingRescheduled.class,
          BookingRescheduled::bookingId);
  public static final EventType<BookingCompleted> BOOKING_COMPLETED =
      new EventType<>(
          "booking",
          Topics.BOOKING,
          "BookingCompleted",
          1,
          BookingCompleted.class,
          BookingCompleted::bookingId);

  /** Every published event and command type, grouped by topic. */
  public static final List<EventType<?>> ALL =
      List.of(
          EMAIL_RECEIVED,
          EMAIL_SENT,
          SEND_EMAIL_REQUESTED,
          LEAD_CREATED,
          CUSTOMER_CREATED,
          QUOTE_DRAFTED,
          QUOTE_APPROVED,
          QUOTE_REJECTED,
          QUOTE_SENT,
          QUOTE_ACCEPTED,
          BOOKING_CONFIRMED,
          BOOKING_CANCELLED,
          BOOKING_RESCHEDULED,
          BOOKING_COMPLETED);

  private static final Map<Class<?>, EventType<?>> BY_CLASS = index(ALL, EventType::recordClass);
  private static final Map<String, EventType<?>> BY_CE_TYPE = index(ALL, EventType::ceType);

  private final String context;
  private final String topic;
  private final String name;
  private final int version;
  private final String ceType;
  private final Class<E> recordClass;
  private final Function<? super E, UUID> key;

  private EventType(
      String context,
      String topic,
      String name,
      int version,
      Class<E> recordClass,
      Function<? super E, UUID> key) {
    this.context = context;
    this.topic = topic;
    this.name = name;
    this.version = version;
    this.ceType = CloudEventHeaders.type(context, name, version);
    this.recordClass = recordClass;
    this.key = key;
  }

  /**
   * The type of events of this record class; {@link IllegalArgumentException} if it is not
   * published.
   */
  @SuppressWarnings("unchecked")
  public static <E extends Record> EventType<E> of(Class<E> recordClass) {
    EventType<?> type = BY_CLASS.get(recordClass);
    if (type == null) {
      throw new IllegalArgumentException("Not a published event: " + recordClass.getName());
    }
    return (EventType<E>) type;
  }

  /** The type of this event; {@link IllegalArgumentException} if it is not published. */
  @SuppressWarnings("unchecked")
  public static <E extends Record> EventType<E> of(E event) {
    return of((Class<E>) event.getClass());
  }

  /** The type named by a {@code ce_type} header; empty for a type this build does not know. */
  public static Optional<EventType<?>> forCeType(String ceType) {
    return Optional.ofNullable(BY_CE_TYPE.get(ceType));
  }

  /** Producing bounded context, e.g. {@code lead}; also the package of the record. */
  public String context() {
    return context;
  }

  /**
   * Kafka topic, one of {@link Topics}: {@code <context>.events}, or {@code <context>.commands} for
   * a command.
   */
  public String topic() {
    return topic;
  }

  /** Event name without version, e.g. {@code LeadCreated}. */
  public String name() {
    return name;
  }

  /** Version of the event's schema; a breaking change is a new version. */
  public int version() {
    return version;
  }

  /** CloudEvents type, e.g. {@code dk.renos.lead.LeadCreated.v1}. */
  public String ceType() {
    return ceType;
  }

  public Class<E> recordClass() {
    return recordClass;
  }

  /** The aggregate id: the Kafka key, and {@code ce_subject}. */
  public UUID key(E event) {
    return Objects.requireNonNull(key.apply(event), "key");
  }

  /** Classpath resource of the golden JSON sample, e.g. {@code events/lead/LeadCreated.v1.json}. */
  public String samplePath() {
    return "events/" + context + "/" + name + ".v" + version + ".json";
  }

  /** The golden JSON sample (UTF-8), for producer and consumer contract tests. */
  public String sampleJson() {
    try (InputStream in = EventType.class.getClassLoader().getResourceAsStream(samplePath())) {
      if (in == null) {
        throw new IllegalStateException("No golden sample on the classpath: " + samplePath());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return ceType;
  }

  private static <K> Map<K, EventType<?>> index(
      List<EventType<?>> types, Function<EventType<?>, K> by) {
    Map<K, EventType<?>> map = new LinkedHashMap<>();
    for (EventType<?> type : types) {
      if (map.put(by.apply(type), type) != null) {
        throw new IllegalStateException("Duplicate event type " + by.apply(type));
      }
    }
    return Map.copyOf(map);
  }
}
