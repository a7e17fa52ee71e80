package dk.renos.chat.assistant;

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
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Danish answers to the recognised intents, from the read models alone: what {@code ./renos up}
 * answers with no model configured. Each answer names the rows it used. It says plainly what it
 * cannot answer.
 */
@Component
public class DeterministicAnswers {

  /** A quote sent this long ago and not accepted is due a follow-up. */
  static final Duration FOLLOW_UP_AFTER = Duration.ofDays(3);

  private static final int LIST_LIMIT = 10;

  /** The text and the rows it was built from. */
  public record Answer(String text, Sources sources) {}

  private final IntentClassifier classifier = new IntentClassifier();

  private final ReadModels readModels;

  private final Clock clock;

  DeterministicAnswers(ReadModels readModels, Clock clock) {
    this.readModels = readModels;
    this.clock = clock;
  }

  public Answer answer(String question) {
    Sources sources = new Sources();
    Instant now = clock.instant();
    String text =
        switch (classifier.classify(question)) {
          case HELP -> help();
          case FREE_SLOTS ->
              "Ledige tider kan jeg ikke slå op endnu: brug bookingkalenderen."
                  + " Jeg kan vise planen for i dag, i morgen eller denne uge.";
          case LEAD_STATISTICS -> statistics(now);
          case FOLLOW_UPS_DUE -> followUps(now, sources);
          case QUOTES_AWAITING -> quotesAwaiting(sources);
          case PLAN -> plan(Period.ofPlanQuestion(question, now), sources);
          case LEADS -> leads(Period.ofLeadQuestion(question, now), sources);
          case CUSTOMER_OVERVIEW -> customers(question, true, sources);
          case FIND_CUSTOMER -> customers(question, false, sources);
          case UNKNOWN -> "Det spørgsmål kan jeg ikke besvare uden sprogmodel. " + help();
        };
    return new Answer(text, sources);
  }

  private static String help() {
    return "Jeg kan svare på: nye leads (i dag, denne uge), en kunde (\"find kunde Hansen\","
        + " \"overblik over kunde Hansen\"), planen for i dag, i morgen eller denne uge,"
        + " tilbud der afventer godkendelse eller svar, opfølgninger der er forfaldne og"
        + " lead-statistik per kilde.";
  }

  private String statistics(Instant now) {
    Period period = Period.lastDays(now, 30);
    List<SourceCount> counts = readModels.leadsPerSource(period.from(), period.to());
    if (counts.isEmpty()) {
      return "Ingen leads " + period.label() + ".";
    }
    int leads = counts.stream().mapToInt(SourceCount::leads).sum();
    int accepted = counts.stream().mapToInt(SourceCount::accepted).sum();
    StringBuilder text =
        new StringBuilder(
            "%d leads %s, %d accepteret (%s konvertering):"
                .formatted(leads, period.label(), accepted, percent(accepted, leads)));
    for (SourceCount count : counts) {
      text.append("\n- ")
          .append(count.source())
          .append(": ")
          .append(count.leads())
          .append(" leads, ")
          .append(count.accepted())
          .append(" accepteret");
    }
    return text.toString();
  }

  private String followUps(Instant now, Sources sources) {
    List<Quote> due = readModels.followUpsDue(now.minus(FOLLOW_UP_AFTER), LIST_LIMIT);
    if (due.isEmpty()) {
      return "Ingen opfølgninger er forfaldne: intet sendt tilbud har ventet over "
          + FOLLOW_UP_AFTER.toDays()
          + " dage på svar.";
    }
    StringBuilder text =
        new StringBuilder(
            due.size()
                + " tilbud venter over "
                + FOLLOW_UP_AFTER.toDays()
                + " dage på svar og bør følges op:");
    for (Quote quote : due) {
      sources.add(Kind.QUOTE, quote.id()).add(Kind.CUSTOMER, quote.customerId());
      text.append("\n- ")
          .append(DanishText.name(quote.customerName()))
          .append(", sendt ")
          .append(DanishText.date(quote.sentAt()))
          .append(", ")
          .append(DanishText.kroner(quote.priceInclVatOre()));
    }
    return text.toString();
  }

  private String quotesAwaiting(Sources sources) {
    List<Quote> drafted = readModels.quotesAtStage(ReadModels.DRAFTED, LIST_LIMIT);
    List<Quote> sent = readModels.quotesAtStage(ReadModels.SENT, LIST_LIMIT);
    if (drafted.isEmpty() && sent.isEmpty()) {
      return "Ingen tilbud afventer godkendelse eller svar.";
    }
    StringBuilder text = new StringBuilder();
    text.append(drafted.size()).append(" tilbud afventer godkendelse");
    quoteLines(drafted, text, sources);
    text.append("\n").append(sent.size()).append(" tilbud er sendt og afventer kundens svar");
    quoteLines(sent, text, sources);
    return text.toString();
  }

  private static void quoteLines(List<Quote> quotes, StringBuilder text, Sources sources) {
    text.append(quotes.isEmpty() ? "." : ":");
    for (Quote quote : quotes) {
      sources.add(Kind.QUOTE, quote.id()).add(Kind.CUSTOMER, quote.customerId());
      text.append("\n- ")
          .append(DanishText.name(quote.customerName()))
          .append(": ")
          .append(DanishText.service(quote.serviceType()))
          .append(", ")
          .append(DanishText.kroner(quote.priceInclVatOre()));
    }
  }

  private String plan(Period period, Sources sources) {
    List<Booking> bookings = readModels.bookingsBetween(period.from(), period.to(), 50);
    if (bookings.isEmpty()) {
      return "Ingen bookinger " + period.label() + ".";
    }
    StringBuilder text =
        new StringBuilder("Planen " + period.label() + ": " + bookings.size() + " besøg");
    text.append(":");
    for (Booking booking : bookings) {
      sources.add(Kind.BOOKING, booking.id()).add(Kind.CUSTOMER, booking.customerId());
      text.append("\n- ")
          .append(DanishText.dayAndTime(booking.startsAt()))
          .append("–")
          .append(DanishText.time(booking.endsAt()))
          .append(": ")
          .append(DanishText.name(booking.customerName()));
    }
    return text.toString();
  }

  private String leads(Period period, Sources sources) {
    List<Lead> leads = readModels.leads(period.from(), period.to(), null, null, LIST_LIMIT);
    if (leads.isEmpty()) {
      return "Ingen leads " + period.label() + ".";
    }
    StringBuilder text = new StringBuilder("Leads " + period.label() + ":");
    for (Lead lead : leads) {
      sources.add(Kind.LEAD, lead.id()).add(Kind.CUSTOMER, lead.customerId());
      text.append("\n- ")
          .append(DanishText.name(lead.customerName()))
          .append(": ")
          .append(DanishText.service(lead.serviceType()))
          .append(lead.areaSqm() == null ? "" : ", " + lead.areaSqm() + " m²")
          .append(", fra ")
          .append(lead.source())
          .append(", ")
          .append(DanishText.date(lead.receivedAt()))
          .append(", ")
          .append(status(lead.status()));
    }
    return text.toString();
  }

  private String customers(String question, boolean overview, Sources sources) {
    List<Customer> found = readModels.customersNamedIn(question, 5);
    if (found.isEmpty()) {
      return "Jeg fandt ingen kunde med det navn.";
    }
    StringBuilder text = new StringBuilder();
    for (Customer customer : found) {
      sources.add(Kind.CUSTOMER, customer.id());
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      text.append(customer.name());
      if (customer.email() != null) {
        text.append(", ").append(customer.email());
      }
      if (customer.phone() != null) {
        text.append(", tlf. ").append(customer.phone());
      }
      text.append(", kunde siden ").append(DanishText.date(customer.createdAt())).append(".");
      if (overview || found.size() == 1) {
        overview(customer, text, sources);
      }
    }
    return text.toString();
  }

  private void overview(Customer customer, StringBuilder text, Sources sources) {
    List<Lead> leads = readModels.leadsOf(customer.id(), LIST_LIMIT);
    List<Quote> quotes = readModels.quotesOf(customer.id(), LIST_LIMIT);
    List<Booking> bookings = readModels.bookingsOf(customer.id(), LIST_LIMIT);
    text.append("\nLeads: ").append(leads.size());
    for (Lead lead : leads) {
      sources.add(Kind.LEAD, lead.id());
    }
    text.append(". Tilbud: ").append(quotes.size());
    for (Quote quote : quotes) {
      sources.add(Kind.QUOTE, quote.id());
      text.append("\n- tilbud ")
          .append(DanishText.service(quote.serviceType()))
          .append(", ")
          .append(DanishText.kroner(quote.priceInclVatOre()))
          .append(", ")
          .append(stage(quote.stage()));
    }
    text.append(bookings.isEmpty() ? "\nIngen bookinger." : "\nBookinger:");
    for (Booking booking : bookings) {
      sources.add(Kind.BOOKING, booking.id());
      text.append("\n- ").append(DanishText.dayAndTime(booking.startsAt()));
    }
  }

  static String status(LeadStatus status) {
    return switch (status) {
      case NEW -> "intet tilbud endnu";
      case QUOTE_DRAFTED -> "tilbud afventer godkendelse";
      case QUOTE_SENT -> "tilbud sendt";
      case ACCEPTED -> "accepteret";
    };
  }

  static String stage(int stage) {
    return switch (stage) {
      case ReadModels.DRAFTED -> "afventer godkendelse";
      case ReadModels.SENT -> "sendt, afventer svar";
      case ReadModels.ACCEPTED -> "accepteret";
      default -> "ukendt";
    };
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "0 %" : Math.round(100.0 * part / whole) + " %";
  }
}
