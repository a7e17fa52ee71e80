package dk.renos.lead.intake.messaging;

import static dk.renos.testsupport.KafkaTopics.headers;
import static dk.renos.testsupport.KafkaTopics.sleep;
import static dk.renos.testsupport.KafkaTopics.text;
import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.events.CloudEventHeaders;
import dk.renos.events.EventType;
import dk.renos.events.Topics;
import dk.renos.events.email.EmailReceived;
import dk.renos.lead.customer.Customer;
import dk.renos.lead.customer.CustomerRepository;
import dk.renos.lead.intake.Lead;
import dk.renos.lead.intake.LeadRepository;
import dk.renos.lead.intake.LeadStatus;
import dk.renos.lead.intake.parsing.InboundEmail;
import dk.renos.lead.intake.parsing.LeadEmailFixtures;
import dk.renos.testsupport.KafkaTopics;
import dk.renos.testsupport.RealInfrastructure;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.WithRealInfrastructure;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The lead half of the walking skeleton on the real broker and database: EmailReceived CloudEvents
 * on {@code email.events}, as email-ingest-service sends them, become leads and customers, with
 * LeadCreated and CustomerCreated on their topics; redeliveries, re-ingests, ordinary mail and
 * uncertain leads do what they must.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class EmailIntakeIT {

  /** When the fixture mails arrived (the golden sample's time). */
  private static final Instant FIXTURE_MAIL_TIME = Instant.parse("2026-03-27T06:58:12Z");

  /**
   * Intake runs on the fixture mails' day, a couple of hours after they arrived, so they are new
   * enquiries whatever the date the suite runs on; the clock still ticks, so creation times keep
   * their order.
   */
  @TestConfiguration
  static class OnTheFixtureMailsDay {
    @Bean
    @Primary
    Clock onTheFixtureMailsDay() {
      Instant intakeTime = FIXTURE_MAIL_TIME.plus(Duration.ofHours(2));
      return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), intakeTime));
    }
  }

  private static final KafkaTopics kafka = KafkaTopics.on(RealInfrastructure.shared());
  private static final String LEAD_CREATED = "dk.renos.lead.LeadCreated.v1";
  private static final String CUSTOMER_CREATED = "dk.renos.customer.CustomerCreated.v1";

  @LocalServerPort int port;

  @Autowired JsonMapper json;

  @Autowired JdbcTemplate jdbc;

  @Autowired LeadRepository leads;

  @Autowired CustomerRepository customers;

  @BeforeEach
  void clean() {
    leads.deleteAll();
    customers.deleteAll();
  }

  // ------------------------------------------------------------------ contracts

  @Test
  void theEmailReceivedGoldenSampleReadsWithTheAppsMapper() {
    EmailReceived email =
        json.readValue(EventType.EMAIL_RECEIVED.sampleJson(), EmailReceived.class);
    assertThat(email.messageId())
        .isEqualTo(UUID.fromString("0b6f3c1e-4a2d-4c8e-9f1a-7d2e5b8c9a01"));
    assertThat(email.threadId()).isEqualTo(UUID.fromString("5e2a9d4b-1c7f-4e3a-8b6d-2f9c0a1e7b42"));
    assertThat(email.fromAddress()).isEqualTo("noreply@leadpoint.dk");
    assertThat(email.fromName()).isEqualTo("Rengøring Aarhus");
    assertThat(email.subject()).startsWith("Nyt lead fra Rengøring Aarhus");
    assertThat(email.bodyText())
        .contains("Navn: Søren Østergaard")
        .contains("Ekstratjenester: Ovn, Vinduespolering");
    assertThat(email.inReplyTo()).isNull();
    assertThat(email.receivedAt()).isEqualTo(FIXTURE_MAIL_TIME);
  }

  /**
   * Consumer and producer contract in one: the golden EmailReceived, sent as email-ingest-service
   * sends it, gives exactly the golden LeadCreated and CustomerCreated (same field set, same values
   * but the generated ids and the creation time).
   */
  @Test
  void theGoldenEmailBecomesTheGoldenLeadAndCustomer() {
    byte[] golden =
        EventType.EMAIL_RECEIVED.sampleJson().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    EmailReceived email = json.readValue(golden, EmailReceived.class);
    sendRaw(email.threadId(), golden, UUID.randomUUID().toString());

    Lead lead = awaitLead(email.messageId());
    assertThat(lead.getStatus()).isEqualTo(LeadStatus.NEW);
    assertThat(lead.getSource()).isEqualTo("RENGORING_AARHUS");
    assertThat(lead.getServiceType()).isEqualTo("RECURRING");
    assertThat(lead.getFrequency()).isEqualTo("WEEKLY");
    assertThat(lead.getAreaSqm()).isEqualTo(98);
    assertThat(lead.getAddOns()).containsExactly("OVEN", "WINDOWS");
    assertThat(lead.getExtras()).containsExactly("Ovn", "Vinduespolering");
    assertThat(lead.getThreadId()).isEqualTo(email.threadId());
    Customer customer = customers.findById(lead.getCustomerId()).orElseThrow();

    ConsumerRecord<String, byte[]> leadRecord =
        kafka.awaitRecord(Topics.LEAD, r -> lead.getId().toString().equals(r.key()));
    assertCloudEvent(leadRecord, LEAD_CREATED, lead.getId());
    ObjectNode expectedLead = (ObjectNode) json.readTree(EventType.LEAD_CREATED.sampleJson());
    expectedLead.put("leadId", lead.getId().toString());
    expectedLead.put("customerId", customer.getId().toString());
    JsonNode actualLead = json.readTree(leadRecord.value());
    assertThat(List.copyOf(actualLead.propertyNames()))
        .as("LeadCreated field set and order")
        .isEqualTo(List.copyOf(expectedLead.propertyNames()));
    assertThat(actualLead).isEqualTo(expectedLead);

    ConsumerRecord<String, byte[]> customerRecord =
        kafka.awaitRecord(Topics.CUSTOMER, r -> customer.getId().toString().equals(r.key()));
    assertCloudEvent(customerRecord, CUSTOMER_CREATED, customer.getId());
    ObjectNode expectedCustomer =
        (ObjectNode) json.readTree(EventType.CUSTOMER_CREATED.sampleJson());
    expectedCustomer.put("customerId", customer.getId().toString());
    expectedCustomer.put("createdAt", customer.getCreatedAt().toString());
    JsonNode actualCustomer = json.readTree(customerRecord.value());
    assertThat(List.copyOf(actualCustomer.propertyNames()))
        .as("CustomerCreated field set and order")
        .isEqualTo(List.copyOf(expectedCustomer.propertyNames()));
    assertThat(actualCustomer).isEqualTo(expectedCustomer);
  }

  // ------------------------------------------------------------------ one lead per source

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      rengoringnu-standard.txt     | RENGORING_NU     | RECURRING | WEEKLY   | 98  | WINDOWS     | mette.hansen@example.dk     | +4522334455 | Skovvejen 9A, 8000 Aarhus C
      rengoringnu-nyt-lead.txt     | RENGORING_NU     | MOVE_OUT  | -        | 78  | OVEN,FRIDGE | soeren.oestergaard@example.com | +4531728490 | Østerbrogade 112, 3. th., 2100 København Ø
      leadpoint-flytning.txt       | RENGORING_AARHUS | MOVE_OUT  | -        | 65  | -           | jonas.kjaergaard@example.dk | +4522987654 | Tranevej 14, 1. tv, 8200 Aarhus N
      adhelp-erhverv.txt           | ADHELP           | OFFICE    | WEEKLY   | 250 | -           | lars@boegh-soen.example.com | +4587654321 | Industrivej 22, 7100 Vejle
      website-form.txt             | WEBSITE          | RECURRING | BIWEEKLY | 110 | -           | jonas.krogh@example.com     | +4561234567 | Åboulevarden 40, 8000 Aarhus C
      """)
  void eachSourceBecomesALeadWithItsCustomerAndBothArePublished(
      String fixture,
      String source,
      String serviceType,
      String frequency,
      int areaSqm,
      String addOns,
      String email,
      String phone,
      String address) {
    EmailReceived received = email(fixture);
    send(received);

    Lead lead = awaitLead(received.messageId());
    assertThat(lead.getStatus()).isEqualTo(LeadStatus.NEW);
    assertThat(lead.getSource()).isEqualTo(source);
    assertThat(lead.getServiceType()).isEqualTo(serviceType);
    assertThat(lead.getFrequency()).isEqualTo(frequency);
    assertThat(lead.getAreaSqm()).isEqualTo(areaSqm);
    assertThat(lead.getEmailMessageId()).isEqualTo(received.messageId());
    assertThat(lead.getThreadId()).isEqualTo(received.threadId());
    assertThat(lead.getReceivedAt()).isEqualTo(received.receivedAt());
    List<String> expectedAddOns = addOns == null ? List.of() : List.of(addOns.split(","));
    assertThat(lead.getAddOns()).isEqualTo(expectedAddOns);

    Customer customer = customers.findById(lead.getCustomerId()).orElseThrow();
    assertThat(customer.getEmail()).isEqualTo(email);
    assertThat(customer.getPhone()).isEqualTo(phone);
    assertThat(customer.getAddress()).isEqualTo(address);

    ConsumerRecord<String, byte[]> leadRecord =
        kafka.awaitRecord(Topics.LEAD, r -> lead.getId().toString().equals(r.key()));
    assertCloudEvent(leadRecord, LEAD_CREATED, lead.getId());
    JsonNode leadCreated = json.readTree(leadRecord.value());
    assertThat(leadCreated.get("customerId").asString()).isEqualTo(customer.getId().toString());
    assertThat(leadCreated.get("source").asString()).isEqualTo(source);
    assertThat(leadCreated.get("serviceType").asString()).isEqualTo(serviceType);
    assertThat(
            leadCreated.get("frequency").isNull() ? null : leadCreated.get("frequency").asString())
        .isEqualTo(frequency);
    assertThat(leadCreated.get("areaSqm").asInt()).isEqualTo(areaSqm);
    assertThat(leadCreated.get("addOns").valueStream().map(JsonNode::asString).toList())
        .isEqualTo(expectedAddOns);
    assertThat(leadCreated.get("emailMessageId").asString())
        .isEqualTo(received.messageId().toString());
    assertSameFieldSet(leadCreated, EventType.LEAD_CREATED);

    ConsumerRecord<String, byte[]> customerRecord =
        kafka.awaitRecord(Topics.CUSTOMER, r -> customer.getId().toString().equals(r.key()));
    assertCloudEvent(customerRecord, CUSTOMER_CREATED, customer.getId());
    JsonNode customerCreated = json.readTree(customerRecord.value());
    assertThat(customerCreated.get("email").asString()).isEqualTo(email);
    assertThat(customerCreated.get("phone").asString()).isEqualTo(phone);
    assertThat(customerCreated.get("address").asString()).isEqualTo(address);
    assertSameFieldSet(customerCreated, EventType.CUSTOMER_CREATED);
  }

  // ------------------------------------------------------------------ idempotency

  @Test
  void theSameRecordDeliveredTwiceMakesOneLead() {
    EmailReceived received = email("website-form.txt");
    String ceId = UUID.randomUUID().toString();
    send(received, ceId);
    Lead lead = awaitLead(received.messageId());
    send(received, ceId); // redelivery: same ce_id

    EmailReceived after =
        email("adhelp-erhverv.txt", received.threadId()); // same key: same partition, after it
    send(after);
    awaitLead(after.messageId());

    assertThat(count("select count(*) from lead where email_message_id = ?", received.messageId()))
        .isEqualTo(1);
    assertThat(count("select count(*) from processed_message where event_id = ?", ceId))
        .isEqualTo(1);
    kafka.awaitRecord(
        Topics.LEAD,
        r ->
            after
                .messageId()
                .toString()
                .equals(json.readTree(r.value()).get("emailMessageId").asString()));
    assertThat(leadCreatedFor(received.messageId()))
        .hasSize(1)
        .allSatisfy(r -> assertThat(r.key()).isEqualTo(lead.getId().toString()));
  }

  @Test
  void theSameEmailReIngestedUnderANewEventIdMakesOneLead() {
    EmailReceived received = email("rengoringnu-standard.txt");
    send(received);
    Lead lead = awaitLead(received.messageId());
    String secondCeId = UUID.randomUUID().toString();
    send(received, secondCeId); // re-ingest: new ce_id, same emailMessageId

    awaitCount("select count(*) from processed_message where event_id = ?", secondCeId, 1);
    assertThat(count("select count(*) from lead where email_message_id = ?", received.messageId()))
        .isEqualTo(1);
    assertThat(customers.count()).isEqualTo(1);
    sleep(1000); // anything the second delivery had published would be on its way by now
    assertThat(leadCreatedFor(received.messageId()))
        .hasSize(1)
        .allSatisfy(r -> assertThat(r.key()).isEqualTo(lead.getId().toString()));
    assertThat(kafka.readAll(Topics.CUSTOMER))
        .filteredOn(r -> lead.getCustomerId().toString().equals(r.key()))
        .hasSize(1);
  }

  // ------------------------------------------------------------------ not a lead, manual review

  @Test
  void ordinaryMailMakesNoLeadAndPublishesNothing() {
    for (String fixture :
        List.of("newsletter.txt", "supplier-invoice.txt", "customer-thanks-reply.txt")) {
      EmailReceived received = email(fixture);
      String ceId = UUID.randomUUID().toString();
      send(received, ceId);
      awaitCount("select count(*) from processed_message where event_id = ?", ceId, 1);
      assertThat(
              count("select count(*) from lead where email_message_id = ?", received.messageId()))
          .as(fixture)
          .isZero();
      assertThat(leadCreatedFor(received.messageId())).as(fixture).isEmpty();
    }
    assertThat(leads.count()).isZero();
    assertThat(customers.count()).isZero();
  }

  @Test
  void anUncertainLeadIsHeldForManualReviewWithoutCustomerOrEvent() {
    EmailReceived received = email("adhelp-unclear.txt");
    String ceId = UUID.randomUUID().toString();
    send(received, ceId);
    awaitCount("select count(*) from processed_message where event_id = ?", ceId, 1);

    Lead lead = leads.findByEmailMessageId(received.messageId()).orElseThrow();
    assertThat(lead.getStatus()).isEqualTo(LeadStatus.MANUAL_REVIEW);
    assertThat(lead.getSource()).isEqualTo("ADHELP");
    assertThat(lead.getReviewReason()).isEqualTo("no service type detected");
    assertThat(lead.getCustomerId()).isNull();
    assertThat(customers.count()).isZero();
    sleep(1000);
    assertThat(leadCreatedFor(received.messageId())).isEmpty();
    assertThat(
            count(
                "select count(*) from event_publication where serialized_event like ?",
                "%" + received.messageId() + "%"))
        .isZero();

    JsonNode view = http().getJson("/api/leads/" + lead.getId());
    assertThat(view.at("/status").asString()).isEqualTo("MANUAL_REVIEW");
    assertThat(view.at("/reviewReason").asString()).isEqualTo("no service type detected");
  }

  // ------------------------------------------------------------------ a newly connected mailbox's
  // past

  @Test
  void aCustomerOnlyInReplyToBecomesTheLeadsCustomer() {
    EmailReceived email =
        email(
            "website-form.txt",
            UUID.randomUUID(),
            body -> body.replace("Email: jonas.krogh@example.com\n", ""));
    assertThat(email.bodyText()).doesNotContain("jonas.krogh@example.com");
    assertThat(email.replyTo()).containsExactly("jonas.krogh@example.com");
    send(email);

    Lead lead = awaitLead(email.messageId());
    assertThat(customers.findById(lead.getCustomerId()).orElseThrow().getEmail())
        .isEqualTo("jonas.krogh@example.com");
  }

  @Test
  void mailOlderThanTheCutOffIsFiledAsHistoricalWithItsCustomerButNoLeadCreated() {
    Instant now = FIXTURE_MAIL_TIME.plus(Duration.ofHours(2));
    EmailReceived lastYear =
        email(
            "rengoringnu-standard.txt",
            UUID.randomUUID(),
            body -> body,
            now.minus(Duration.ofDays(400)));
    EmailReceived fifteenDaysAgo =
        email(
            "adhelp-unclear.txt", UUID.randomUUID(), body -> body, now.minus(Duration.ofDays(15)));
    EmailReceived thirteenDaysAgo =
        email("website-form.txt", UUID.randomUUID(), body -> body, now.minus(Duration.ofDays(13)));
    send(lastYear);
    send(fifteenDaysAgo);
    send(thirteenDaysAgo);

    Lead historical = awaitLead(lastYear.messageId());
    assertThat(historical.getStatus()).isEqualTo(LeadStatus.HISTORICAL);
    assertThat(historical.getServiceType()).isEqualTo("RECURRING");
    assertThat(historical.getReceivedAt()).isEqualTo(lastYear.receivedAt());
    Customer customer = customers.findById(historical.getCustomerId()).orElseThrow();
    assertThat(customer.getEmail())
        .as("the customer's history is kept")
        .isEqualTo("mette.hansen@example.dk");
    kafka.awaitRecord(Topics.CUSTOMER, r -> customer.getId().toString().equals(r.key()));

    Lead historicalUnclear = awaitLead(fifteenDaysAgo.messageId());
    assertThat(historicalUnclear.getStatus())
        .as("not put in front of staff for review")
        .isEqualTo(LeadStatus.HISTORICAL);
    assertThat(historicalUnclear.getReviewReason()).isEqualTo("no service type detected");
    assertThat(historicalUnclear.getCustomerId()).isNull();

    Lead recent = awaitLead(thirteenDaysAgo.messageId());
    assertThat(recent.getStatus()).as("inside the 14-day cut-off").isEqualTo(LeadStatus.NEW);
    kafka.awaitRecord(Topics.LEAD, r -> recent.getId().toString().equals(r.key()));
    assertThat(leadCreatedFor(lastYear.messageId()))
        .as("no quote is drafted for last year's enquiry")
        .isEmpty();
    assertThat(leadCreatedFor(fifteenDaysAgo.messageId())).isEmpty();

    assertThat(http().getJson("/api/leads/" + historical.getId()).at("/status").asString())
        .isEqualTo("HISTORICAL");
  }

  // ------------------------------------------------------------------ customer matching

  @Test
  void aSecondLeadFromTheSameEmailAddressReusesTheCustomer() {
    EmailReceived first = email("rengoringnu-standard.txt");
    send(first);
    Lead firstLead = awaitLead(first.messageId());
    kafka.awaitRecord(Topics.CUSTOMER, r -> firstLead.getCustomerId().toString().equals(r.key()));

    EmailReceived second =
        email(
            "website-form.txt",
            UUID.randomUUID(),
            body -> body.replace("jonas.krogh@example.com", "Mette.Hansen@Example.DK"));
    send(second);
    Lead secondLead = awaitLead(second.messageId());
    assertThat(secondLead.getCustomerId()).isEqualTo(firstLead.getCustomerId());
    assertThat(customers.count()).isEqualTo(1);

    kafka.awaitRecord(Topics.LEAD, r -> secondLead.getId().toString().equals(r.key()));
    sleep(500);
    assertThat(kafka.readAll(Topics.CUSTOMER))
        .filteredOn(r -> firstLead.getCustomerId().toString().equals(r.key()))
        .hasSize(1);
    assertThat(
            json.readTree(
                    kafka
                        .awaitRecord(
                            Topics.LEAD, r -> secondLead.getId().toString().equals(r.key()))
                        .value())
                .get("customerId")
                .asString())
        .isEqualTo(firstLead.getCustomerId().toString());
  }

  @Test
  void aLeadFindsAnExistingCustomerByEmailIgnoringCaseElseByPhone() {
    Instant now = Instant.now();
    Customer byEmail =
        customers.save(new Customer("Mette H.", "Mette.Hansen@Example.DK", null, null, now));
    Customer byPhone = customers.save(new Customer("Birgitte L.", null, "+4531415926", null, now));

    EmailReceived mette = email("rengoringnu-standard.txt");
    EmailReceived birgitte = email("leadpoint-hovedrengoring.txt"); // phone only, no e-mail address
    send(mette);
    send(birgitte);
    Lead metteLead = awaitLead(mette.messageId());
    Lead birgitteLead = awaitLead(birgitte.messageId());

    assertThat(metteLead.getCustomerId()).isEqualTo(byEmail.getId());
    assertThat(birgitteLead.getCustomerId()).isEqualTo(byPhone.getId());
    assertThat(birgitteLead.getServiceType()).isEqualTo("DEEP_CLEAN");
    assertThat(birgitteLead.getAddOns()).containsExactly("OVEN", "FRIDGE");
    assertThat(customers.count()).isEqualTo(2);
    kafka.awaitRecord(Topics.LEAD, r -> birgitteLead.getId().toString().equals(r.key()));
    kafka.awaitRecord(Topics.LEAD, r -> metteLead.getId().toString().equals(r.key()));
    sleep(500);
    assertThat(kafka.readAll(Topics.CUSTOMER))
        .noneMatch(
            r ->
                byEmail.getId().toString().equals(r.key())
                    || byPhone.getId().toString().equals(r.key()));
  }

  // ------------------------------------------------------------------ read API

  @Test
  void leadsAndCustomersAreListedAndReadableByIdAndMissingOnesAreProblems() {
    EmailReceived received = email("adhelp-erhverv.txt");
    send(received);
    Lead lead = awaitLead(received.messageId());

    JsonNode page = http().getJson("/api/leads?size=10");
    assertThat(page.at("/page/totalElements").asLong()).isEqualTo(1);
    assertThat(page.at("/content/0/id").asString()).isEqualTo(lead.getId().toString());
    assertThat(page.at("/content/0/source").asString()).isEqualTo("ADHELP");
    assertThat(page.at("/content/0/status").asString()).isEqualTo("NEW");
    assertThat(page.at("/content/0/serviceType").asString()).isEqualTo("OFFICE");
    assertThat(page.at("/content/0/areaSqm").asInt()).isEqualTo(250);
    assertThat(page.at("/content/0/customerId").asString())
        .isEqualTo(lead.getCustomerId().toString());

    JsonNode one = http().getJson("/api/leads/" + lead.getId());
    assertThat(one.at("/frequency").asString()).isEqualTo("WEEKLY");
    assertThat(one.at("/emailMessageId").asString()).isEqualTo(received.messageId().toString());
    assertThat(one.at("/threadId").asString()).isEqualTo(received.threadId().toString());

    JsonNode customersPage = http().getJson("/api/customers?size=10");
    assertThat(ServiceHttp.ids(customersPage)).containsExactly(lead.getCustomerId().toString());
    JsonNode customer = http().getJson("/api/customers/" + lead.getCustomerId());
    assertThat(customer.at("/name").asString()).isEqualTo("Lars Bøgh");
    assertThat(customer.at("/email").asString()).isEqualTo("lars@boegh-soen.example.com");
    assertThat(customer.at("/address").asString()).isEqualTo("Industrivej 22, 7100 Vejle");

    assertNotFound("/api/leads/" + UUID.randomUUID());
    assertNotFound("/api/customers/" + UUID.randomUUID());
    assertThat(http().get("/api/leads/not-a-uuid").statusCode()).isEqualTo(400);
  }

  // ------------------------------------------------------------------ helpers

  private void assertNotFound(String path) {
    HttpResponse<String> response = http().get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.at("/status").asInt()).isEqualTo(404);
    assertThat(problem.at("/title").asString()).endsWith("not found");
  }

  private void assertCloudEvent(
      ConsumerRecord<String, byte[]> record, String ceType, UUID subject) {
    Map<String, String> headers = headers(record);
    assertThat(record.key()).isEqualTo(subject.toString());
    assertThat(headers)
        .containsKeys(CloudEventHeaders.ID, CloudEventHeaders.TIME)
        .containsEntry(CloudEventHeaders.TYPE, ceType)
        .containsEntry(CloudEventHeaders.SOURCE, "/renos/lead-service")
        .containsEntry(CloudEventHeaders.SUBJECT, subject.toString())
        .containsEntry(CloudEventHeaders.SPEC_VERSION, "1.0");
    assertThat(headers.keySet()).allSatisfy(name -> assertThat(name).doesNotStartWith("__"));
    assertThat(text(record)).doesNotContain("dk.renos.");
  }

  private void assertSameFieldSet(JsonNode actual, EventType<?> type) {
    JsonNode golden = json.readTree(type.sampleJson());
    assertThat(List.copyOf(actual.propertyNames()))
        .as(type.ceType() + " field set")
        .isEqualTo(List.copyOf(golden.propertyNames()));
  }

  private List<ConsumerRecord<String, byte[]>> leadCreatedFor(UUID emailMessageId) {
    return kafka.readAll(Topics.LEAD).stream()
        .filter(r -> LEAD_CREATED.equals(headers(r).get(CloudEventHeaders.TYPE)))
        .filter(
            r ->
                emailMessageId
                    .toString()
                    .equals(json.readTree(r.value()).get("emailMessageId").asString()))
        .toList();
  }

  private EmailReceived email(String fixture) {
    return email(fixture, UUID.randomUUID());
  }

  private EmailReceived email(String fixture, UUID threadId) {
    return email(fixture, threadId, body -> body);
  }

  private EmailReceived email(
      String fixture, UUID threadId, java.util.function.UnaryOperator<String> editBody) {
    return email(fixture, threadId, editBody, FIXTURE_MAIL_TIME);
  }

  private EmailReceived email(
      String fixture,
      UUID threadId,
      java.util.function.UnaryOperator<String> editBody,
      Instant receivedAt) {
    InboundEmail mail = LeadEmailFixtures.load(fixture);
    UUID messageId = UUID.randomUUID();
    return new EmailReceived(
        messageId,
        threadId,
        "<" + messageId + "@mail.example.test>",
        null,
        mail.from(),
        mail.fromName().isEmpty() ? null : mail.fromName(),
        List.of("info@renos.example.dk"),
        mail.subject(),
        editBody.apply(mail.bodyText()),
        receivedAt,
        mail.replyTo(),
        List.of(),
        null,
        null,
        null,
        false);
  }

  private void send(EmailReceived email) {
    send(email, UUID.randomUUID().toString());
  }

  private void send(EmailReceived email, String ceId) {
    sendRaw(email.threadId(), json.writeValueAsBytes(email), ceId);
  }

  /** As email-ingest-service publishes: key threadId, CloudEvents binary mode, JSON value. */
  private static void sendRaw(UUID threadId, byte[] value, String ceId) {
    kafka.sendCloudEvent(
        Topics.EMAIL,
        threadId.toString(),
        EventType.EMAIL_RECEIVED.ceType(),
        ceId,
        CloudEventHeaders.source("email-ingest-service"),
        value);
  }

  private Lead awaitLead(UUID emailMessageId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Lead> lead = leads.findByEmailMessageId(emailMessageId);
      if (lead.isPresent()) {
        return lead.get();
      }
      sleep(100);
    }
    throw new AssertionError("no lead for email " + emailMessageId + " within 30 s");
  }

  private int count(String sql, Object argument) {
    Integer count =
        argument == null
            ? jdbc.queryForObject(sql, Integer.class)
            : jdbc.queryForObject(sql, Integer.class, argument);
    return count == null ? 0 : count;
  }

  private int awaitCount(String sql, Object argument, int expected) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    int count;
    do {
      count = count(sql, argument);
      if (count == expected) {
        return count;
      }
      sleep(100);
    } while (System.nanoTime() < deadline);
    throw new AssertionError(sql + " stayed " + count + ", expected " + expected);
  }

  private ServiceHttp http() {
    return ServiceHttp.on(port).as(Role.STAFF);
  }
}
