package dk.renos.lead.intake;

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
import dk.renos.support.jdbc.AdvisoryLocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a received e-mail into a lead: parse, then for a certain lead find or create the customer,
 * store the lead (status NEW) and publish {@link LeadCreated}; for an uncertain one store it with
 * status MANUAL_REVIEW and publish nothing; for ordinary mail do nothing. One lead per e-mail: an
 * e-mail that already has a lead is left alone.
 *
 * <p>Mail from a mailbox's initial sync ({@code EmailReceived.backfill}), and mail received more
 * than {@code renos.leads.historic-after} (default 14 days) before it reaches intake, is the past
 * of a newly connected mailbox, not a new enquiry: its lead is stored as HISTORICAL (customer found
 * or created as usual) and no {@link LeadCreated} is published, so nobody is quoted for a request
 * they made last year.
 */
@Service
public class LeadIntake {

  private final LeadParser parser = new LeadParser();
  private final LeadRepository leads;
  private final Customers customers;
  private final ApplicationEventPublisher events;
  private final AdvisoryLocks locks;
  private final Clock clock;
  private final Duration historicAfter;

  LeadIntake(
      LeadRepository leads,
      Customers customers,
      ApplicationEventPublisher events,
      AdvisoryLocks locks,
      Clock clock,
      @Value("${renos.leads.historic-after:14d}") Duration historicAfter) {
    if (historicAfter.isNegative() || historicAfter.isZero()) {
      throw new IllegalArgumentException(
          "renos.leads.historic-after must be positive, was " + historicAfter);
    }
    this.leads = leads;
    this.customers = customers;
    this.events = events;
    this.locks = locks;
    this.clock = clock;
    this.historicAfter = historicAfter;
  }

  @Transactional
  public IntakeOutcome handle(EmailReceived email) {
    ParseResult result =
        parser.parse(
            new InboundEmail(
                email.fromAddress(),
                email.fromName(),
                email.subject(),
                email.bodyText(),
                email.replyTo(),
                email.looksBulkOrAutomatic()));
    if (result instanceof ParseResult.NotALead notALead) {
      return new IntakeOutcome.NotALead(notALead.reason());
    }
    // Serialise intake of one e-mail across consumers; lead_email_message_uq is the backstop (a
    // conflict fails the transaction, and the retry then finds the lead here).
    locks.lockUntilCommit("lead-email:" + email.messageId());
    Optional<Lead> existing = leads.findByEmailMessageId(email.messageId());
    if (existing.isPresent()) {
      return new IntakeOutcome.AlreadyHandled(existing.get().getId());
    }
    EmailRef ref = new EmailRef(email.messageId(), email.threadId(), email.receivedAt());
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    // By age, not by EmailReceived.backfill: a backfilled enquiry from last week may still be open
    // (see docs/services/lead-service.md), and mail found late by reconciliation is not backfill.
    boolean historical = email.receivedAt().isBefore(now.minus(historicAfter));
    return switch (result) {
      case ParseResult.Lead lead -> create(lead, ref, now, historical);
      case ParseResult.ManualReview review -> holdForReview(review, ref, now, historical);
      case ParseResult.NotALead notALead -> new IntakeOutcome.NotALead(notALead.reason());
    };
  }

  private IntakeOutcome holdForReview(
      ParseResult.ManualReview review, EmailRef ref, Instant now, boolean historical) {
    Lead lead =
        Lead.forManualReview(
            review.source().name(),
            review.reason(),
            review.partial(),
            AddOns.of(review.partial().extras()),
            ref,
            now);
    if (historical) {
      lead.fileAsHistorical();
      return new IntakeOutcome.FiledAsHistorical(leads.save(lead).getId(), false);
    }
    return new IntakeOutcome.HeldForReview(leads.save(lead).getId(), review.reason());
  }

  private IntakeOutcome create(
      ParseResult.Lead parsed, EmailRef ref, Instant now, boolean historical) {
    ParsedLead fields = parsed.fields();
    CustomerMatch customer =
        customers.findOrCreate(
            new ContactDetails(
                fields.name(), fields.email(), fields.phone(), fields.fullAddress()));
    List<String> addOns = AddOns.of(fields.extras());
    Lead lead =
        Lead.fromEmail(parsed.source().name(), fields, addOns, customer.customerId(), ref, now);
    if (historical) {
      lead.fileAsHistorical();
      return new IntakeOutcome.FiledAsHistorical(leads.save(lead).getId(), customer.created());
    }
    lead = leads.save(lead);
    events.publishEvent(
        new LeadCreated(
            lead.getId(),
            customer.customerId(),
            lead.getSource(),
            lead.getServiceType(),
            lead.getFrequency(),
            lead.getAreaSqm(),
            addOns,
            lead.getPreferredDays(),
            ref.messageId(),
            ref.threadId(),
            ref.receivedAt()));
    return new IntakeOutcome.Created(lead.getId(), customer.customerId(), customer.created());
  }
}
