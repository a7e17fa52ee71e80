package dk.renos.quote.mail;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dk.renos.quote.customer.CustomerContact;
import dk.renos.quote.pricing.ServiceType;
import dk.renos.quote.quotes.Quote;
import dk.renos.quote.quotes.QuoteTotals;
import dk.renos.quote.quotes.QuoteWording;
import dk.renos.quote.terms.QuoteTerms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the Danish quote mail from the Mustache templates {@code mail/quote-subject.mustache} and
 * {@code mail/quote-body.mustache}. Prices, slots and the link always come from here, never from
 * free text; staff's (or later the model's) opening and closing paragraphs are inserted as they
 * are. Plain text: no HTML escaping.
 */
@Component
public class QuoteMailTemplate {

  static final String DEFAULT_OPENING =
      "Tak for din henvendelse. Her er vores tilbud på opgaven, som du beskrev den.";
  static final String DEFAULT_CLOSING =
      "Har du spørgsmål eller ønsker til tilbuddet, så svar blot på denne mail.";

  private final Template subject;
  private final Template body;
  private final QuoteTerms terms;
  private final String signature;

  QuoteMailTemplate(QuoteTerms terms, MailSettings settings) {
    Mustache.Compiler compiler =
        Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true).zeroIsFalse(true);
    this.subject = compiler.compile(read("mail/quote-subject.mustache"));
    this.body = compiler.compile(read("mail/quote-body.mustache"));
    this.terms = terms;
    this.signature = settings.signature();
  }

  /**
   * The mail for a priced quote.
   *
   * @param contact the customer's contact (for the first name and street), or null when unknown
   * @param slots the free slots to offer; empty = booking-service could not say
   * @param acceptUrl the customer's accept link
   */
  public QuoteMail render(
      Quote quote, CustomerContact contact, Optional<List<Slot>> slots, String acceptUrl) {
    return render(quote, contact, slots, acceptUrl, quote.getOpeningText(), quote.getClosingText());
  }

  /**
   * The mail with these opening and closing paragraphs (staff's or the model's); null = the
   * template's.
   */
  public QuoteMail render(
      Quote quote,
      CustomerContact contact,
      Optional<List<Slot>> slots,
      String acceptUrl,
      String opening,
      String closing) {
    if (quote.getPriceInclVatOre() == null) {
      throw new IllegalArgumentException("quote " + quote.getId() + " has no price");
    }
    List<String> offered = slots.orElse(List.of()).stream().map(DanishFormat::slot).toList();
    Map<String, Object> model = new HashMap<>();
    model.put("service", serviceName(quote.getServiceType()));
    model.put("street", contact != null ? contact.street() : null);
    model.put("firstName", contact != null ? contact.firstName() : null);
    model.put("areaSqm", quote.getAreaSqm());
    model.put("opening", opening != null ? opening : DEFAULT_OPENING);
    model.put("closing", closing != null ? closing : DEFAULT_CLOSING);
    model.put(
        "lines",
        quote.getLines().stream()
            .map(
                line ->
                    Map.of(
                        "description", line.getDescription(),
                        "persons", line.getPersons(),
                        "hours", DanishFormat.hours(line.getHours()),
                        "amount", DanishFormat.money(line.getAmountOre())))
            .toList());
    QuoteTotals totals = quote.totals(terms);
    model.put(
        "rounding", totals.roundingOre() != 0 ? DanishFormat.money(totals.roundingOre()) : null);
    model.put("total", DanishFormat.money(totals.priceInclVatOre()));
    model.put("vat", DanishFormat.money(totals.vatOre()));
    if (totals.labourDeductionOre() > 0) {
      model.put(
          "deduction",
          Map.of(
              "ratePercent",
              terms.servicefradragRate().movePointRight(2).stripTrailingZeros().toPlainString(),
              "amount",
              DanishFormat.money(totals.labourDeductionOre()),
              "afterDeduction",
              DanishFormat.money(totals.priceAfterDeductionOre())));
    }
    quote
        .regularVisitTotals(terms)
        .ifPresent(
            regular -> {
              Map<String, Object> visit = new HashMap<>();
              visit.put("price", DanishFormat.money(regular.priceInclVatOre()));
              visit.put(
                  "afterDeduction",
                  regular.labourDeductionOre() > 0
                      ? DanishFormat.money(regular.priceAfterDeductionOre())
                      : null);
              model.put("regularVisit", visit);
            });
    model.put("persons", quote.getPersons());
    model.put("personWord", quote.getPersons() == 1 ? "person" : "personer");
    model.put("hoursOnSite", DanishFormat.hours(quote.getHoursOnSite()));
    model.put("actualTime", QuoteWording.ACTUAL_TIME);
    model.put("hasSlots", !offered.isEmpty());
    model.put("slots", offered);
    model.put("validUntil", DanishFormat.date(quote.getValidUntil()));
    model.put("acceptUrl", acceptUrl);
    model.put("signature", signature);
    return new QuoteMail(
        subject.execute(model).strip(), tidy(body.execute(model)), !offered.isEmpty());
  }

  /** "fast rengøring" for RECURRING; the code itself for a code this build does not know. */
  static String serviceName(String serviceType) {
    try {
      return ServiceType.valueOf(serviceType).danishName().toLowerCase(DanishFormat.DANISH);
    } catch (IllegalArgumentException e) {
      return serviceType;
    }
  }

  /** At most one empty line in a row (sections that render nothing leave blank lines). */
  private static String tidy(String text) {
    return text.replaceAll("\n{3,}", "\n\n").strip() + "\n";
  }

  private static String read(String path) {
    try (var in = new ClassPathResource(path).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("quote mail template " + path, e);
    }
  }
}
