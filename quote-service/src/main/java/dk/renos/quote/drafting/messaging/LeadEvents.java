package dk.renos.quote.drafting.messaging;

import dk.renos.events.Topics;
import dk.renos.events.lead.LeadCreated;
import dk.renos.quote.drafting.QuoteDrafting;
import dk.renos.support.messaging.EventInbox;
import dk.renos.support.messaging.InboundEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consumes {@code lead.events}: each {@link LeadCreated} gets a quote, once. The event id is
 * recorded in the same transaction as the quote (a redelivery does nothing), and a lead that
 * already has a quote (a re-publication with a new event id) is treated as handled.
 */
@Component
class LeadEvents {

  private static final Logger log = LoggerFactory.getLogger(LeadEvents.class);

  private final EventInbox inbox;
  private final QuoteDrafting drafting;

  LeadEvents(EventInbox inbox, QuoteDrafting drafting) {
    this.inbox = inbox;
    this.drafting = drafting;
  }

  @KafkaListener(topics = Topics.LEAD)
  @Transactional
  public void on(ConsumerRecord<String, byte[]> record) {
    inbox.handleOnce(record, LeadCreated.class, this::leadCreated);
  }

  private void leadCreated(InboundEvent<?> event, LeadCreated lead) {
    drafting
        .draftFor(lead)
        .ifPresentOrElse(
            quote ->
                log.info(
                    "Quote {} {} for lead {} customer {} from event {}",
                    quote.getId(),
                    quote.getStatus(),
                    lead.leadId(),
                    lead.customerId(),
                    event.id()),
            () ->
                log.info(
                    "Lead {} already has a quote; event {} ignored", lead.leadId(), event.id()));
  }
}
