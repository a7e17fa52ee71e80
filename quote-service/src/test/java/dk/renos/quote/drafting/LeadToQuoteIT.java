package dk.renos.quote.drafting;

import static dk.renos.testsupport.KafkaTopics.header;
import static dk.renos.testsupport.KafkaTopics.headers;
import static dk.renos.testsupport.KafkaTopics.sleep;
import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.events.CloudEventHeaders;
import dk.renos.events.EventType;
import dk.renos.events.Topics;
import dk.renos.events.lead.LeadCreated;
import dk.renos.quote.pricing.AddOn;
import dk.renos.quote.pricing.CustomerKind;
import dk.renos.quote.pricing.Frequency;
import dk.renos.quote.pricing.PriceEstimate;
import dk.renos.quote.pricing.PriceRequest;
import dk.renos.quote.pricing.PricingEngine;
import dk.renos.quote.pricing.ServiceType;
import dk.renos.quote.quotes.LineKind;
import dk.renos.quote.quotes.Quote;
import dk.renos.quote.quotes.QuoteLine;
import dk.renos.quote.quotes.QuoteRepository;
import dk.renos.quote.quotes.QuoteStatus;
import dk.renos.testsupport.KafkaTopics;
import dk.renos.testsupport.RealInfrastructure;
import dk.renos.testsupport.WithRealInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * lead.events → quote → quote.events on the real broker and database: LeadCreated records written
 * as lead-service writes them (CloudEvents binary mode), consumed by the running service.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class LeadToQuoteIT {

  private static final KafkaTopics kafka = KafkaTopics.on(RealInfrastructure.shared());

  @Autowired JsonMapper json;

  @Autowired QuoteRepository quotes;

  @Autowired PricingEngine pricing;

  @Autowired JdbcTemplate jdbc;

  /**
   * Consumer contract: the golden sample reads with the service's own mapper, every field the quote
   * uses.
   */
  @Test
  void theGoldenLeadCreatedSampleReadsWithTheServicesMapper() {
    LeadCreated sample = json.readValue(EventType.LEAD_CREATED.sampleJson(), LeadCreated.class);

    assertThat(sample.leadId()).isEqualTo(UUID.fromString("3f8d2c6a-7b1e-4d9f-b2a4-6c5e8f1d0a17"));
    assertThat(sample.customerId())
        .isEqualTo(UUID.fromString("7a1c4e9b-2d6f-4a3c-9e8b-5f0d1c2a3b84"));
    assertThat(sample.serviceType()).isEqualTo("RECURRING");
    assertThat(sample.frequency()).isEqualTo("WEEKLY");
    assertThat(sample.areaSqm()).isEqualTo(98);
    assertThat(sample.addOns()).containsExactly("OVEN", "WINDOWS");
    assertThat(sample.receivedAt()).isEqualTo(Instant.parse("2026-03-27T06:58:12Z"));
    assertThat(LeadPricing.request(sample))
        .isEqualTo(
            new LeadPricing.Priceable(
                new PriceRequest(
                    ServiceType.RECURRING,
                    98,
                    Frequency.WEEKLY,
                    Set.of(AddOn.OVEN, AddOn.WINDOWS),
                    true,
                    CustomerKind.PRIVATE)));
  }

  /** The golden sample itself, byte for byte, as lead-service would put it on lead.events. */
  @Test
  void aWeeklyRecurringLeadOf98SqmBecomesADraftedQuoteAndAQuoteDraftedCloudEvent() {
    LeadCreated lead = json.readValue(EventType.LEAD_CREATED.sampleJson(), LeadCreated.class);
    deliver(
        lead.leadId(),
        EventType.LEAD_CREATED.sampleJson().getBytes(StandardCharsets.UTF_8),
        UUID.randomUUID().toString());

    Quote quote = awaitQuote(lead.leadId());
    PriceEstimate expected =
        pricing.estimate(
            new PriceRequest(
                ServiceType.RECURRING,
                98,
                Frequency.WEEKLY,
                Set.of(AddOn.OVEN, AddOn.WINDOWS),
                true,
                CustomerKind.PRIVATE));
    assertThat(quote.getStatus()).isEqualTo(QuoteStatus.DRAFTED);
    assertThat(quote.getCustomerId()).isEqualTo(lead.customerId());
    assertThat(quote.getCustomerKind()).isEqualTo(CustomerKind.PRIVATE);
    assertThat(quote.getPersons()).isEqualTo(expected.persons());
    assertThat(quote.getHoursOnSite()).isEqualByComparingTo(expected.hoursOnSite());
    assertThat(quote.getPersonHours()).isEqualByComparingTo(expected.personHours());
    assertThat(quote.getPriceInclVatOre()).isEqualTo(expected.priceInclVatOre());
    assertThat(quote.getVatOre()).isEqualTo(expected.vatOre());
    assertThat(quote.getLabourDeductionOre()).isEqualTo(expected.labourDeductionOre());
    assertThat(quote.getPriceAfterDeductionOre()).isEqualTo(expected.priceAfterDeductionOre());
    assertThat(quote.getVisitMinutes())
        .isEqualTo(
            expected.hoursOnSite().multiply(java.math.BigDecimal.valueOf(60)).intValueExact());
    assertThat(quote.getExplanation()).isEqualTo(expected.explanation());
    assertThat(quote.isDuplicateWarning()).isFalse();
    assertThat(quote.getLeadReceivedAt()).isEqualTo(lead.receivedAt());
    assertThat(quote.getLines())
        .extracting(QuoteLine::getKind)
        .containsExactly(
            LineKind.SERVICE, LineKind.ADD_ON, LineKind.ADD_ON, LineKind.FIRST_VISIT_EXTRA);
    assertThat(quote.getLines().stream().mapToLong(QuoteLine::getAmountOre).sum())
        .isEqualTo(expected.priceInclVatOre());
    assertThat(quote.getValidUntil()).isEqualTo(quote.getCreatedAt().plus(Duration.ofDays(30)));
    // what answering it needs: the source (reply rule), the thread, the wish for days
    assertThat(quote.getLeadSource()).isEqualTo("RENGORING_AARHUS");
    assertThat(quote.getLeadThreadId()).isEqualTo(lead.threadId());
    assertThat(quote.getPreferredDays()).isEqualTo("Fredag eftermiddag");

    ConsumerRecord<String, byte[]> record =
        kafka.awaitRecord(Topics.QUOTE, r -> quote.getId().toString().equals(r.key()));
    Map<String, String> headers = headers(record);
    assertThat(headers)
        .containsKeys("ce_id", "ce_time", "traceparent")
        .containsEntry("ce_type", "dk.renos.quote.QuoteDrafted.v1")
        .containsEntry("ce_specversion", "1.0")
        .containsEntry("ce_source", "/renos/quote-service")
        .containsEntry("ce_subject", quote.getId().toString())
        .containsEntry("content-type", "application/json");
    assertThat(headers.keySet()).noneMatch(name -> name.startsWith("__"));

    // Producer contract: the published JSON has exactly the golden sample's fields, in its order.
    JsonNode published = json.readTree(record.value());
    JsonNode golden = json.readTree(EventType.QUOTE_DRAFTED.sampleJson());
    assertThat(published.propertyNames()).containsExactlyElementsOf(golden.propertyNames());
    assertThat(published.get("quoteId").asString()).isEqualTo(quote.getId().toString());
    assertThat(published.get("leadId").asString()).isEqualTo(lead.leadId().toString());
    assertThat(published.get("serviceType").asString()).isEqualTo("RECURRING");
    assertThat(published.get("persons").asInt()).isEqualTo(expected.persons());
    assertThat(published.get("hoursOnSite").decimalValue())
        .isEqualByComparingTo(expected.hoursOnSite());
    assertThat(published.get("priceInclVatOre").asLong()).isEqualTo(expected.priceInclVatOre());
    assertThat(published.get("priceAfterDeductionOre").asLong())
        .isEqualTo(expected.priceAfterDeductionOre());
    assertThat(published.get("visitMinutes").asInt()).isEqualTo(quote.getVisitMinutes());
    assertThat(Instant.parse(published.get("draftedAt").asString()))
        .isEqualTo(quote.getCreatedAt());
  }

  @Test
  void theSameLeadDeliveredTwiceOrRepublishedHasOneQuote() {
    LeadCreated lead = lead(UUID.randomUUID(), 80, Instant.parse("2026-04-01T08:00:00Z"));
    String ceId = UUID.randomUUID().toString();
    byte[] value = json.writeValueAsBytes(lead);
    deliver(lead.leadId(), value, ceId);
    deliver(lead.leadId(), value, ceId); // redelivery: same ce_id
    deliver(lead.leadId(), value, UUID.randomUUID().toString()); // re-published: new ce_id
    Quote quote = awaitQuote(lead.leadId());
    awaitMarker();

    assertThat(
            jdbc.queryForObject(
                "select count(*) from quote where lead_id = ?", Integer.class, lead.leadId()))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from processed_message where event_id = ?", Integer.class, ceId))
        .isEqualTo(1);
    assertThat(kafka.readAll(Topics.QUOTE))
        .filteredOn(r -> quote.getId().toString().equals(r.key()))
        .hasSize(1);
  }

  @Test
  void aLeadWithoutAreaNeedsDetailsAndPublishesNothing() {
    LeadCreated lead = lead(UUID.randomUUID(), null, Instant.parse("2026-04-01T08:00:00Z"));
    deliver(lead);

    Quote quote = awaitQuote(lead.leadId());
    assertThat(quote.getStatus()).isEqualTo(QuoteStatus.NEEDS_DETAILS);
    assertThat(quote.getStatusReason()).isEqualTo("areaSqm missing");
    assertThat(quote.getPriceInclVatOre()).isNull();
    assertThat(quote.getVisitMinutes()).isNull();
    assertNothingPublishedFor(lead);
  }

  @Test
  void anOfficeJobAbove10000KronerNeedsACustomQuoteAndPublishesNothing() {
    LeadCreated lead =
        new LeadCreated(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "WEBSITE",
            "OFFICE",
            null,
            2000,
            List.of(),
            null,
            null,
            null,
            Instant.parse("2026-04-01T08:00:00Z"));
    deliver(lead);

    Quote quote = awaitQuote(lead.leadId());
    assertThat(quote.getStatus()).isEqualTo(QuoteStatus.CUSTOM_QUOTE_REQUIRED);
    assertThat(quote.getCustomerKind()).isEqualTo(CustomerKind.BUSINESS);
    assertThat(quote.getPriceInclVatOre())
        .as("the estimate is kept as a starting point")
        .isGreaterThan(1_000_000L);
    assertThat(quote.getLabourDeductionOre()).isZero();
    assertNothingPublishedFor(lead);
  }

  /**
   * DOMAIN.md: under 7 days blocks, 7–30 days warns, older is fine; measured between the leads'
   * receivedAt.
   */
  @Test
  void theDuplicateGuardBlocksWithinSevenDaysAndWarnsWithinThirty() {
    UUID customer = UUID.randomUUID();
    Instant first = Instant.parse("2026-04-01T08:00:00Z");
    LeadCreated original = lead(customer, 80, first);
    deliver(original);
    Quote originalQuote = awaitQuote(original.leadId());
    assertThat(originalQuote.getStatus()).isEqualTo(QuoteStatus.DRAFTED);

    LeadCreated twoDaysLater = lead(customer, 80, first.plus(Duration.ofDays(2)));
    deliver(twoDaysLater);
    Quote blocked = awaitQuote(twoDaysLater.leadId());
    assertThat(blocked.getStatus()).isEqualTo(QuoteStatus.BLOCKED_DUPLICATE);
    assertThat(blocked.getDuplicateOfQuoteId()).isEqualTo(originalQuote.getId());
    assertThat(blocked.getPriceInclVatOre()).isNull();

    LeadCreated tenDaysLater = lead(customer, 80, first.plus(Duration.ofDays(10)));
    deliver(tenDaysLater);
    Quote warned = awaitQuote(tenDaysLater.leadId());
    assertThat(warned.getStatus()).isEqualTo(QuoteStatus.DRAFTED);
    assertThat(warned.isDuplicateWarning()).isTrue();
    assertThat(warned.getDuplicateOfQuoteId()).isEqualTo(originalQuote.getId());

    LeadCreated muchLater = lead(customer, 80, first.plus(Duration.ofDays(41)));
    deliver(muchLater);
    Quote fine = awaitQuote(muchLater.leadId());
    assertThat(fine.getStatus()).isEqualTo(QuoteStatus.DRAFTED);
    assertThat(fine.isDuplicateWarning()).isFalse();

    assertNothingPublishedFor(twoDaysLater);
    assertThat(kafka.readAll(Topics.QUOTE))
        .filteredOn(r -> warned.getId().toString().equals(r.key()))
        .hasSize(1);
  }

  private LeadCreated lead(UUID customer, Integer area, Instant receivedAt) {
    return new LeadCreated(
        UUID.randomUUID(),
        customer,
        "RENGORING_AARHUS",
        "RECURRING",
        "WEEKLY",
        area,
        List.of("OVEN"),
        "Fredag eftermiddag",
        UUID.randomUUID(),
        UUID.randomUUID(),
        receivedAt);
  }

  private void deliver(LeadCreated lead) {
    deliver(lead.leadId(), json.writeValueAsBytes(lead), UUID.randomUUID().toString());
  }

  /** As lead-service's outbox publishes it: CloudEvents binary mode, key = lead id. */
  private static void deliver(UUID leadId, byte[] value, String ceId) {
    kafka.sendCloudEvent(
        Topics.LEAD,
        leadId.toString(),
        EventType.LEAD_CREATED.ceType(),
        ceId,
        CloudEventHeaders.source("lead-service"),
        value);
  }

  /**
   * A lead that is drafted, sent after the one under test: once its QuoteDrafted is on the topic,
   * anything the earlier lead would have published (committed before, sent after commit) has had
   * its chance.
   */
  private void awaitMarker() {
    LeadCreated marker = lead(UUID.randomUUID(), 60, Instant.now());
    deliver(marker);
    Quote quote = awaitQuote(marker.leadId());
    kafka.awaitRecord(Topics.QUOTE, r -> quote.getId().toString().equals(r.key()));
  }

  private void assertNothingPublishedFor(LeadCreated lead) {
    awaitMarker();
    assertThat(kafka.readAll(Topics.QUOTE))
        .noneMatch(
            r ->
                "dk.renos.quote.QuoteDrafted.v1".equals(header(r, CloudEventHeaders.TYPE))
                    && new String(r.value(), StandardCharsets.UTF_8)
                        .contains(lead.leadId().toString()));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ?",
                Integer.class,
                "%" + lead.leadId() + "%"))
        .isZero();
  }

  private Quote awaitQuote(UUID leadId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Quote> quote = quotes.findByLeadId(leadId);
      if (quote.isPresent()) {
        return quote.get();
      }
      sleep(100);
    }
    throw new AssertionError("no quote for lead " + leadId + " within 30 s");
  }
}
