package dk.renos.chat.readmodel;

import dk.renos.events.booking.BookingCancelled;
import dk.renos.events.booking.BookingConfirmed;
import dk.renos.events.customer.CustomerCreated;
import dk.renos.events.email.EmailReceived;
import dk.renos.events.email.EmailSent;
import dk.renos.events.lead.LeadCreated;
import dk.renos.events.quote.QuoteAccepted;
import dk.renos.events.quote.QuoteDrafted;
import dk.renos.events.quote.QuoteSent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies one event of another context to chat-service's read models. Every write is an upsert, so
 * an event that overtakes another one on a different topic (a QuoteSent before its QuoteDrafted)
 * still ends in the same rows. Exactly-once per event id is the caller's job ({@code EventInbox}).
 */
@Component
public class ReadModelWriter {

  private static final Logger log = LoggerFactory.getLogger(ReadModelWriter.class);

  private final JdbcClient jdbc;

  ReadModelWriter(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Applies {@code event} if it is one the read models keep; other types are ignored. */
  public void apply(Record event) {
    switch (event) {
      case CustomerCreated e -> customer(e);
      case LeadCreated e -> lead(e);
      case QuoteDrafted e -> quoteDrafted(e);
      case QuoteSent e -> quoteSent(e);
      case QuoteAccepted e -> quoteAccepted(e);
      case BookingConfirmed e -> bookingConfirmed(e);
      case BookingCancelled e -> bookingCancelled(e);
      case EmailReceived e -> emailReceived(e);
      case EmailSent e -> emailSent(e);
      default -> log.debug("{} is not kept in a read model", event.getClass().getSimpleName());
    }
  }

  private void customer(CustomerCreated e) {
    jdbc.sql(
            """
            INSERT INTO rm_customer (id, name, email, phone, address, created_at)
            VALUES (:id, :name, :email, :phone, :address, :at)
            ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email,
              phone = EXCLUDED.phone, address = EXCLUDED.address
            """)
        .param("id", e.customerId())
        .param("name", e.name())
        .param("email", e.email())
        .param("phone", e.phone())
        .param("address", e.address())
        .param("at", ts(e.createdAt()))
        .update();
  }

  private void lead(LeadCreated e) {
    jdbc.sql(
            """
            INSERT INTO rm_lead (id, customer_id, source, service_type, area_sqm, thread_id, received_at)
            VALUES (:id, :customer, :source, :service, :area, :thread, :at)
            ON CONFLICT (id) DO NOTHING
            """)
        .param("id", e.leadId())
        .param("customer", e.customerId())
        .param("source", e.source())
        .param("service", e.serviceType())
        .param("area", e.areaSqm())
        .param("thread", e.threadId())
        .param("at", ts(e.receivedAt()))
        .update();
  }

  private void quoteDrafted(QuoteDrafted e) {
    jdbc.sql(
            """
            INSERT INTO rm_quote (id, lead_id, customer_id, service_type, price_incl_vat_ore,
              visit_minutes, stage, drafted_at)
            VALUES (:id, :lead, :customer, :service, :price, :minutes, 1, :at)
            ON CONFLICT (id) DO UPDATE SET lead_id = EXCLUDED.lead_id,
              service_type = EXCLUDED.service_type, price_incl_vat_ore = EXCLUDED.price_incl_vat_ore,
              visit_minutes = EXCLUDED.visit_minutes, drafted_at = EXCLUDED.drafted_at
            """)
        .param("id", e.quoteId())
        .param("lead", e.leadId())
        .param("customer", e.customerId())
        .param("service", e.serviceType())
        .param("price", e.priceInclVatOre())
        .param("minutes", e.visitMinutes())
        .param("at", ts(e.draftedAt()))
        .update();
  }

  private void quoteSent(QuoteSent e) {
    jdbc.sql(
            """
            INSERT INTO rm_quote (id, customer_id, stage, sent_at) VALUES (:id, :customer, 2, :at)
            ON CONFLICT (id) DO UPDATE SET stage = GREATEST(rm_quote.stage, 2), sent_at = EXCLUDED.sent_at
            """)
        .param("id", e.quoteId())
        .param("customer", e.customerId())
        .param("at", ts(e.sentAt()))
        .update();
  }

  private void quoteAccepted(QuoteAccepted e) {
    jdbc.sql(
            """
            INSERT INTO rm_quote (id, lead_id, customer_id, visit_minutes, stage, accepted_at)
            VALUES (:id, :lead, :customer, :minutes, 3, :at)
            ON CONFLICT (id) DO UPDATE SET stage = 3, accepted_at = EXCLUDED.accepted_at,
              lead_id = EXCLUDED.lead_id
            """)
        .param("id", e.quoteId())
        .param("lead", e.leadId())
        .param("customer", e.customerId())
        .param("minutes", e.visitMinutes())
        .param("at", ts(e.acceptedAt()))
        .update();
  }

  private void bookingConfirmed(BookingConfirmed e) {
    jdbc.sql(
            """
            INSERT INTO rm_booking (id, quote_id, customer_id, starts_at, ends_at, confirmed_at)
            VALUES (:id, :quote, :customer, :starts, :ends, :at)
            ON CONFLICT (id) DO UPDATE SET customer_id = EXCLUDED.customer_id,
              starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
              confirmed_at = EXCLUDED.confirmed_at
            """)
        .param("id", e.bookingId())
        .param("quote", e.quoteId())
        .param("customer", e.customerId())
        .param("starts", ts(e.startsAt()))
        .param("ends", ts(e.endsAt()))
        .param("at", ts(e.confirmedAt()))
        .update();
  }

  private void bookingCancelled(BookingCancelled e) {
    jdbc.sql(
            """
            INSERT INTO rm_booking (id, quote_id, cancelled_at) VALUES (:id, :quote, :at)
            ON CONFLICT (id) DO UPDATE SET cancelled_at = EXCLUDED.cancelled_at
            """)
        .param("id", e.bookingId())
        .param("quote", e.quoteId())
        .param("at", ts(e.cancelledAt()))
        .update();
  }

  private void emailReceived(EmailReceived e) {
    thread(e.threadId(), e.subject(), e.receivedAt());
    participant(e.threadId(), e.fromAddress(), e.fromName());
    e.to().forEach(address -> participant(e.threadId(), address, null));
  }

  private void emailSent(EmailSent e) {
    thread(e.threadId(), e.subject(), e.sentAt());
    participant(e.threadId(), e.toAddress(), null);
  }

  private void thread(UUID threadId, String subject, Instant at) {
    // the first subject names the thread; replies' "Re: ..." do not rename it
    jdbc.sql(
            """
            INSERT INTO rm_email_thread (id, subject, message_count, last_message_at)
            VALUES (:id, :subject, 1, :at)
            ON CONFLICT (id) DO UPDATE SET message_count = rm_email_thread.message_count + 1,
              last_message_at = GREATEST(rm_email_thread.last_message_at, EXCLUDED.last_message_at)
            """)
        .param("id", threadId)
        .param("subject", truncate(subject, 1000))
        .param("at", ts(at))
        .update();
  }

  private void participant(UUID threadId, String address, String name) {
    jdbc.sql(
            """
            INSERT INTO rm_email_participant (thread_id, address, name) VALUES (:thread, :address, :name)
            ON CONFLICT (thread_id, address) DO UPDATE
              SET name = COALESCE(EXCLUDED.name, rm_email_participant.name)
            """)
        .param("thread", threadId)
        .param("address", truncate(address.toLowerCase(java.util.Locale.ROOT), 320))
        .param("name", name == null ? null : truncate(name, 300))
        .update();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
