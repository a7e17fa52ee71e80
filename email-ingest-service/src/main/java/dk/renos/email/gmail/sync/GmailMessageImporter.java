package dk.renos.email.gmail.sync;

import com.google.api.client.googleapis.batch.BatchRequest;
import com.google.api.client.googleapis.batch.json.JsonBatchCallback;
import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.http.HttpHeaders;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Message;
import dk.renos.email.gmail.GmailSettings;
import dk.renos.email.gmail.client.GmailCalls;
import dk.renos.email.gmail.client.GmailFailure;
import dk.renos.email.gmail.client.GmailNotFoundException;
import dk.renos.email.ingest.EmailIngestion;
import dk.renos.email.ingest.IngestResult;
import dk.renos.email.ingest.MessageOrigin;
import dk.renos.email.ingest.UnparseableEmailException;
import dk.renos.email.message.EmailMessageRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings Gmail messages into the store: skips ids already stored or skipped, fetches the rest as
 * raw RFC 822 in batch requests (one HTTP request per {@code batchSize} messages), and ingests
 * each. A part of a batch that hits a rate limit or 5xx is fetched again on its own, through the
 * retrying path.
 */
@Component
public class GmailMessageImporter {

  private static final Logger log = LoggerFactory.getLogger(GmailMessageImporter.class);

  /** Labels whose messages are not mail RenOS should act on. */
  private static final Set<String> NOT_MAIL = Set.of("DRAFT", "SPAM", "TRASH", "CHAT");

  private final EmailIngestion ingestion;
  private final EmailMessageRepository messages;
  private final SkippedMessages skipped;
  private final GmailCalls calls;
  private final GmailSettings settings;
  private final MeterRegistry meters;
  private final ObservationRegistry observations;

  private final Clock clock;

  GmailMessageImporter(
      EmailIngestion ingestion,
      EmailMessageRepository messages,
      SkippedMessages skipped,
      GmailCalls calls,
      GmailSettings settings,
      MeterRegistry meters,
      ObservationRegistry observations,
      Clock clock) {
    this.observations = observations;
    this.ingestion = ingestion;
    this.messages = messages;
    this.skipped = skipped;
    this.calls = calls;
    this.settings = settings;
    this.meters = meters;
    this.clock = clock;
  }

  /** Imports new and recent mail (incremental sync, reconciliation): not backfill. */
  public ImportCounts importAll(UUID connectionId, Gmail gmail, List<String> gmailIds) {
    return importAll(connectionId, gmail, gmailIds, false);
  }

  /**
   * @param backfill the ids come from the initial full sync: their EmailReceived say so
   */
  public ImportCounts importAll(
      UUID connectionId, Gmail gmail, List<String> gmailIds, boolean backfill) {
    Set<String> wanted = new LinkedHashSet<>(gmailIds);
    Set<String> known = new HashSet<>(messages.findStoredGmailIds(wanted));
    known.addAll(skipped.among(connectionId, wanted));
    wanted.removeAll(known);
    ImportCounts counts = new ImportCounts(0, known.size(), 0, 0);
    List<String> fetch = new ArrayList<>(wanted);
    for (int from = 0; from < fetch.size(); from += settings.batchSize()) {
      List<String> chunk = fetch.subList(from, Math.min(fetch.size(), from + settings.batchSize()));
      counts = counts.plus(importChunk(connectionId, gmail, chunk, backfill));
    }
    count(counts);
    return counts;
  }

  private ImportCounts importChunk(
      UUID connectionId, Gmail gmail, List<String> ids, boolean backfill) {
    Map<String, Message> fetched = new LinkedHashMap<>();
    List<String> retryAlone = new ArrayList<>();
    Set<String> gone = new HashSet<>();
    if (ids.size() == 1) {
      retryAlone.add(ids.getFirst());
    } else {
      calls.call(
          "batch get of " + ids.size() + " messages",
          () -> {
            fetched.clear();
            retryAlone.clear();
            gone.clear();
            BatchRequest batch = gmail.batch();
            for (String id : ids) {
              gmail
                  .users()
                  .messages()
                  .get("me", id)
                  .setFormat("raw")
                  .queue(
                      batch,
                      new JsonBatchCallback<>() {
                        @Override
                        public void onSuccess(Message message, HttpHeaders headers) {
                          fetched.put(id, message);
                        }

                        @Override
                        public void onFailure(GoogleJsonError error, HttpHeaders headers) {
                          if (GmailFailure.ofStatus(error.getCode(), GmailFailure.reason(error))
                              == GmailFailure.NOT_FOUND) {
                            gone.add(id);
                          } else {
                            retryAlone.add(id);
                          }
                        }
                      });
            }
            batch.execute();
            return null;
          });
    }
    for (String id : retryAlone) {
      try {
        fetched.put(
            id,
            calls.call(
                "get message",
                () -> gmail.users().messages().get("me", id).setFormat("raw").execute()));
      } catch (GmailNotFoundException e) {
        gone.add(id); // deleted between listing and fetching: nothing to store
      }
    }
    ImportCounts counts = new ImportCounts(0, 0, 0, gone.size());
    for (String id : ids) {
      Message message = fetched.get(id);
      if (message != null) {
        counts = counts.plus(store(connectionId, message, backfill));
      }
    }
    return counts;
  }

  private ImportCounts store(UUID connectionId, Message message, boolean backfill) {
    List<String> labels = message.getLabelIds() == null ? List.of() : message.getLabelIds();
    String notMail = labels.stream().filter(NOT_MAIL::contains).findFirst().orElse(null);
    if (notMail != null) {
      skipped.record(connectionId, message.getId(), notMail);
      return new ImportCounts(0, 0, 1, 0);
    }
    Instant internalDate =
        message.getInternalDate() != null
            ? Instant.ofEpochMilli(message.getInternalDate())
            : Instant.now(clock);
    MessageOrigin origin =
        new MessageOrigin(
            connectionId,
            message.getId(),
            message.getThreadId(),
            labels,
            internalDate,
            labels.contains("SENT"),
            backfill);
    try {
      // One trace per message, as for a POSTed one: it follows the EmailReceived through every
      // Kafka hop.
      IngestResult result =
          Observation.createNotStarted("renos.gmail.message", observations)
              .lowCardinalityKeyValue("outbound", Boolean.toString(origin.outbound()))
              .observe(
                  () -> {
                    IngestResult ingested =
                        ingestion.ingest(Base64.getUrlDecoder().decode(message.getRaw()), origin);
                    if (ingested.outcome() == IngestResult.Outcome.STORED) {
                      // Inside the observation, so the line carries the trace id the lead and quote
                      // will share.
                      log.info(
                          "Email {} stored in thread {} from Gmail message {}",
                          ingested.messageId(),
                          ingested.threadId(),
                          message.getId());
                    }
                    return ingested;
                  });
      return switch (result.outcome()) {
        case STORED -> new ImportCounts(1, 0, 0, 0);
        case DUPLICATE -> {
          // Same Message-ID under another Gmail id (e.g. also in a second mailbox): not missing.
          skipped.record(connectionId, message.getId(), "DUPLICATE_MESSAGE_ID");
          yield new ImportCounts(0, 1, 0, 0);
        }
        case BLOCKED -> {
          skipped.record(connectionId, message.getId(), "BLOCKED_SENDER");
          yield new ImportCounts(0, 0, 1, 0);
        }
      };
    } catch (UnparseableEmailException | IllegalArgumentException e) {
      log.warn(
          "Gmail message {} cannot be stored ({}); recorded as skipped",
          message.getId(),
          e instanceof UnparseableEmailException u ? u.field() : "raw");
      skipped.record(connectionId, message.getId(), "UNPARSEABLE");
      return new ImportCounts(0, 0, 1, 0);
    }
  }

  private void count(ImportCounts counts) {
    meters.counter("renos.gmail.sync.messages", "outcome", "stored").increment(counts.stored());
    meters.counter("renos.gmail.sync.messages", "outcome", "known").increment(counts.known());
    meters.counter("renos.gmail.sync.messages", "outcome", "skipped").increment(counts.skipped());
    meters.counter("renos.gmail.sync.messages", "outcome", "gone").increment(counts.gone());
  }
}
