package dk.renos.chat.llm;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dk.renos.chat.answer.Sources;
import dk.renos.chat.answer.Sources.Kind;
import dk.renos.chat.readmodel.ReadModels;
import dk.renos.chat.readmodel.ReadModels.Booking;
import dk.renos.chat.readmodel.ReadModels.Customer;
import dk.renos.chat.readmodel.ReadModels.Lead;
import dk.renos.chat.readmodel.ReadModels.LeadStatus;
import dk.renos.chat.readmodel.ReadModels.Quote;
import dk.renos.chat.readmodel.ReadModels.SourceCount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The model's tools over chat-service's read models, one instance per answer: it records which rows
 * the answer used and sends only the fields a question needs (ids, names, service, dates, prices,
 * statuses; contact details only as {@link ContactScope} allows; never mail bodies, which
 * chat-service does not even store). Results are compact text lines, dates ISO in Copenhagen time.
 */
final class AssistantTools {

  static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  private static final int LIMIT = 20;

  private static final Duration FOLLOW_UP_AFTER = Duration.ofDays(3);

  private final ReadModels readModels;

  private final Sources sources;

  private final ContactScope contacts;

  private final Clock clock;

  AssistantTools(ReadModels readModels, Sources sources, ContactScope contacts, Clock clock) {
    this.readModels = readModels;
    this.sources = sources;
    this.contacts = contacts;
    this.clock = clock;
  }

  @Tool("Find customers by their name or part of it. Returns id and name of each match.")
  String findCustomer(@P("the name or part of it, e.g. Hansen") String name) {
    if (name == null || name.isBlank()) {
      return "Give a name.";
    }
    List<Customer> found = readModels.findCustomers(name.strip(), 10);
    if (found.isEmpty()) {
      return "No customer named like '" + name.strip() + "'.";
    }
    return found.stream().map(this::customerLine).collect(Collectors.joining("\n"));
  }

  @Tool("Everything about one customer: their leads, quotes and bookings.")
  String customerOverview(@P("the customer's id, from findCustomer") String customerId) {
    UUID id = uuid(customerId);
    if (id == null) {
      return "Not a customer id: " + customerId;
    }
    Customer customer = readModels.customer(id).orElse(null);
    if (customer == null) {
      return "No customer " + id;
    }
    StringBuilder text = new StringBuilder(customerLine(customer));
    for (Lead lead : readModels.leadsOf(id, LIMIT)) {
      text.append("\n").append(leadLine(lead));
    }
    for (Quote quote : readModels.quotesOf(id, LIMIT)) {
      text.append("\n").append(quoteLine(quote));
    }
    for (Booking booking : readModels.bookingsOf(id, LIMIT)) {
      text.append("\n").append(bookingLine(booking));
    }
    return text.toString();
  }

  @Tool("Leads received in a period (inclusive days), optionally only of one status or source.")
  String leads(
      @P("first day, yyyy-MM-dd") String fromDate,
      @P("last day, yyyy-MM-dd") String toDate,
      @P(value = "NEW, QUOTE_DRAFTED, QUOTE_SENT or ACCEPTED", required = false) String status,
      @P(value = "source, e.g. RENGORING_NU, RENGORING_AARHUS, ADHELP, WEBSITE", required = false)
          String source) {
    LocalDate from = date(fromDate);
    LocalDate to = date(toDate);
    if (from == null || to == null) {
      return "Dates must be yyyy-MM-dd.";
    }
    LeadStatus wanted;
    try {
      wanted = status == null || status.isBlank() ? null : LeadStatus.valueOf(status.strip());
    } catch (IllegalArgumentException e) {
      return "Unknown status " + status + "; use NEW, QUOTE_DRAFTED, QUOTE_SENT or ACCEPTED.";
    }
    List<Lead> leads =
        readModels.leads(
            start(from),
            start(to.plusDays(1)),
            source == null || source.isBlank() ? null : source.strip(),
            wanted,
            LIMIT);
    if (leads.isEmpty()) {
      return "No leads.";
    }
    return leads.stream().map(this::leadLine).collect(Collectors.joining("\n"));
  }

  @Tool(
      "Quotes awaiting a person's approval (DRAFTED), sent quotes awaiting the customer's reply"
          + " (SENT), and which of those are due a follow-up (sent over 3 days ago).")
  String quoteStatus() {
    Instant dueBefore = clock.instant().minus(FOLLOW_UP_AFTER);
    StringBuilder text = new StringBuilder();
    for (Quote quote : readModels.quotesAtStage(ReadModels.DRAFTED, LIMIT)) {
      text.append(quoteLine(quote)).append("\n");
    }
    for (Quote quote : readModels.quotesAtStage(ReadModels.SENT, LIMIT)) {
      text.append(quoteLine(quote));
      if (quote.sentAt() != null && quote.sentAt().isBefore(dueBefore)) {
        text.append(" followUpDue=true");
      }
      text.append("\n");
    }
    return text.isEmpty() ? "No quotes awaiting approval or reply." : text.toString().strip();
  }

  @Tool("The plan for one day: confirmed visits in time order.")
  String planForDay(@P("the day, yyyy-MM-dd") String date) {
    LocalDate day = date(date);
    if (day == null) {
      return "The date must be yyyy-MM-dd.";
    }
    List<Booking> bookings = readModels.bookingsBetween(start(day), start(day.plusDays(1)), 50);
    if (bookings.isEmpty()) {
      return "No visits on " + day + ".";
    }
    return bookings.stream().map(this::bookingLine).collect(Collectors.joining("\n"));
  }

  @Tool("Lead statistics for a period (inclusive days): leads per source, accepted, conversion.")
  String leadStatistics(
      @P("first day, yyyy-MM-dd") String fromDate, @P("last day, yyyy-MM-dd") String toDate) {
    LocalDate from = date(fromDate);
    LocalDate to = date(toDate);
    if (from == null || to == null) {
      return "Dates must be yyyy-MM-dd.";
    }
    List<SourceCount> counts = readModels.leadsPerSource(start(from), start(to.plusDays(1)));
    if (counts.isEmpty()) {
      return "No leads.";
    }
    return counts.stream()
        .map(
            count ->
                "source=%s leads=%d accepted=%d conversion=%d%%"
                    .formatted(
                        count.source(),
                        count.leads(),
                        count.accepted(),
                        count.leads() == 0
                            ? 0
                            : Math.round(100.0 * count.accepted() / count.leads())))
        .collect(Collectors.joining("\n"));
  }

  private String customerLine(Customer customer) {
    sources.add(Kind.CUSTOMER, customer.id());
    StringBuilder line =
        new StringBuilder("customer id=" + customer.id() + " name=" + customer.name());
    if (contacts.email() && customer.email() != null) {
      line.append(" email=").append(customer.email());
    }
    if (contacts.phone() && customer.phone() != null) {
      line.append(" phone=").append(customer.phone());
    }
    if (contacts.address() && customer.address() != null) {
      line.append(" address=").append(customer.address());
    }
    return line.append(" since=").append(day(customer.createdAt())).toString();
  }

  private String leadLine(Lead lead) {
    sources.add(Kind.LEAD, lead.id()).add(Kind.CUSTOMER, lead.customerId());
    return "lead id=%s customer=%s customerId=%s source=%s service=%s areaSqm=%s received=%s status=%s"
        .formatted(
            lead.id(),
            lead.customerName(),
            lead.customerId(),
            lead.source(),
            lead.serviceType(),
            lead.areaSqm() == null ? "?" : lead.areaSqm(),
            day(lead.receivedAt()),
            lead.status());
  }

  private String quoteLine(Quote quote) {
    sources.add(Kind.QUOTE, quote.id()).add(Kind.CUSTOMER, quote.customerId());
    return "quote id=%s customer=%s service=%s priceDkk=%s status=%s drafted=%s sent=%s"
        .formatted(
            quote.id(),
            quote.customerName(),
            quote.serviceType(),
            quote.priceInclVatOre() == null
                ? "?"
                : String.format(Locale.ROOT, "%.2f", quote.priceInclVatOre() / 100.0),
            switch (quote.stage()) {
              case ReadModels.DRAFTED -> "DRAFTED";
              case ReadModels.SENT -> "SENT";
              default -> "ACCEPTED";
            },
            day(quote.draftedAt()),
            day(quote.sentAt()));
  }

  private String bookingLine(Booking booking) {
    sources.add(Kind.BOOKING, booking.id()).add(Kind.CUSTOMER, booking.customerId());
    return "booking id=%s customer=%s starts=%s ends=%s"
        .formatted(
            booking.id(),
            booking.customerName(),
            local(booking.startsAt()),
            local(booking.endsAt()));
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay(COPENHAGEN).toInstant();
  }

  private static String day(Instant instant) {
    return instant == null ? "-" : instant.atZone(COPENHAGEN).toLocalDate().toString();
  }

  private static String local(Instant instant) {
    return instant == null
        ? "-"
        : instant.atZone(COPENHAGEN).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
  }

  private static LocalDate date(String text) {
    try {
      return text == null ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static UUID uuid(String text) {
    try {
      return text == null ? null : UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
