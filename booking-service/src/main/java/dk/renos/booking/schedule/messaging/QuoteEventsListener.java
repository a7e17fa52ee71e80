package dk.renos.booking.schedule.messaging;

import dk.renos.booking.schedule.Scheduler;
import dk.renos.booking.schedule.Scheduler.AlreadyBooked;
import dk.renos.booking.schedule.Scheduler.Confirmed;
import dk.renos.booking.schedule.Scheduler.Unscheduled;
import dk.renos.events.Topics;
import dk.renos.events.quote.QuoteAccepted;
import dk.renos.support.messaging.EventInbox;
import dk.renos.support.messaging.InboundEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books every accepted quote, once: the event id is recorded in {@code processed_message} in the
 * booking's transaction. Other quote events are ignored. A failure (e.g. another replica took the
 * slot a moment ago) rolls everything back and the record is retried; see docs/messaging.md.
 */
@Component
class QuoteEventsListener {

  private static final Logger log = LoggerFactory.getLogger(QuoteEventsListener.class);

  private final EventInbox inbox;

  private final Scheduler scheduler;

  QuoteEventsListener(EventInbox inbox, Scheduler scheduler) {
    this.inbox = inbox;
    this.scheduler = scheduler;
  }

  @KafkaListener(topics = Topics.QUOTE)
  @Transactional
  public void on(ConsumerRecord<String, byte[]> record) {
    inbox.handleOnce(record, QuoteAccepted.class, this::book);
  }

  private void book(InboundEvent<?> event, QuoteAccepted accepted) {
    switch (scheduler.book(accepted)) {
      case Confirmed(var booking, var chosen) ->
          log.info(
              "Booking {} confirmed for quote {} from event {} ({}), team {}, {} .. {}",
              booking.getId(),
              accepted.quoteId(),
              event.id(),
              chosen
                  ? "the chosen slot"
                  : accepted.chosenStart() == null
                      ? "nearest free slot"
                      : "chosen slot taken, nearest free slot",
              booking.getTeamId(),
              booking.getStartsAt(),
              booking.getEndsAt());
      case AlreadyBooked(var booking) ->
          log.info(
              "Quote {} from event {} already has booking {}; nothing to do",
              accepted.quoteId(),
              event.id(),
              booking.getId());
      case Unscheduled(var booking, var reason) ->
          log.warn(
              "Quote {} from event {} left UNSCHEDULED as booking {}: {}",
              accepted.quoteId(),
              event.id(),
              booking.getId(),
              reason);
    }
  }
}
