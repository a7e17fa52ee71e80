package dk.renos.lead.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import dk.renos.events.email.EmailReceived;
import dk.renos.events.lead.LeadCreated;
import dk.renos.lead.customer.ContactDetails;
import dk.renos.lead.customer.Customers;
import dk.renos.lead.customer.Customers.CustomerMatch;
import dk.renos.lead.intake.Lead.EmailRef;
import dk.renos.lead.intake.parsing.InboundEmail;
import dk.renos.lead.intake.parsing.LeadParser;
import dk.renos.lead.intake.parsing.ParseResult;
import dk.renos.lead.intake.parsing.ParsedLead;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a received e-mail into a lead: parse, then for a certain lead find or create the customer, store the lead
 * (status NEW) and publish {@link LeadCreated}; for an uncertain one store it with status MANUAL_REVIEW and publish
 * nothing; for ordinary mail do nothing. One lead per e-mail: an e-mail that already has a lead is left alone.
 */
@Service
public class LeadIntake {

  private final LeadParser parser = new LeadParser();
  private final LeadRepository leads;
  private final Customers customers;
  private final ApplicationEventPublisher events;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  LeadIntake(LeadRepository leads, Customers customers, ApplicationEventPublisher events, JdbcTemplate jdbc,
      Clock clock) {
    this.leads = leads;
    this.customers = customers;
    this.events = events;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  public IntakeOutcome handle(EmailReceived email) {
    ParseResult result = parser.parse(new InboundEmail(email.fromAddress(), email.fromName(), email.subject(),
        email.bodyText(), List.of()));
    if (result instanceof ParseResult.NotALead notALead) {
      return new IntakeOutcome.NotALead(notALead.reason());
    }
    // Serialise intake of one e-mail across consumers; lead_email_message_uq is the backstop (a conflict fails
    // the transaction, and the retry then finds the lead here).
    jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, 0))", "lead-email:" + email.messageId());
    Optional<Lead> existing = leads.findByEmailMessageId(email.messageId());
    if (existing.isPresent()) {
      return new IntakeOutcome.AlreadyHandled(existing.get().getId());
    }
    EmailRef ref = new EmailRef(email.messageId(), email.threadId(), email.receivedAt());
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    return switch (result) {
      case ParseResult.Lead lead -> create(lead, ref, now);
      case ParseResult.ManualReview review -> {
        Lead stored = leads.save(Lead.forManualReview(review.source().name(), review.reason(), review.partial(),
            AddOns.of(review.partial().extras()), ref, now));
        yield new IntakeOutcome.HeldForReview(stored.getId(), review.reason());
      }
      case ParseResult.NotALead notALead -> new IntakeOutcome.NotALead(notALead.reason());
    };
  }

  private IntakeOutcome create(ParseResult.Lead parsed, EmailRef ref, Instant now) {
    ParsedLead fields = parsed.fields();
    CustomerMatch customer = customers.findOrCreate(
        new ContactDetails(fields.name(), fields.email(), fields.phone(), fields.fullAddress()));
    List<String> addOns = AddOns.of(fields.extras());
    Lead lead = leads.save(Lead.fromEmail(parsed.source().name(), fields, addOns, customer.customerId(), ref, now));
    events.publishEvent(new LeadCreated(lead.getId(), customer.customerId(), lead.getSource(), lead.getServiceType(),
        lead.getFrequency(), lead.getAreaSqm(), addOns, lead.getPreferredDays(), ref.messageId(), ref.threadId(),
        ref.receivedAt()));
    return new IntakeOutcome.Created(lead.getId(), customer.customerId(), customer.created());
  }
}
