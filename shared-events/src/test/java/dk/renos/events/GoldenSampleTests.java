package dk.renos.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.renos.events.email.EmailReceived;
import dk.renos.events.lead.LeadCreated;
import dk.renos.events.quote.QuoteDrafted;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;

/**
 * Every golden sample reads into its record and the record writes back to the same JSON, with the
 * mapper producers use. Consumer tests in the services read the same samples via {@link
 * EventType#sampleJson()}.
 */
class GoldenSampleTests {

  static final List<EventType<?>> ALL = EventType.ALL;

  @ParameterizedTest
  @FieldSource("ALL")
  void sampleRoundTripsThroughTheRecord(EventType<?> type) {
    String golden = type.sampleJson();

    Record event = EventJson.MAPPER.readValue(golden, type.recordClass());
    String written = EventJson.MAPPER.writeValueAsString(event);

    assertThat(EventJson.tree(written)).isEqualTo(EventJson.tree(golden));
    assertThat(EventJson.MAPPER.readValue(written, type.recordClass())).isEqualTo(event);
  }

  @ParameterizedTest
  @FieldSource("ALL")
  void sampleHasExactlyTheRecordsComponentsInOrder(EventType<?> type) {
    JsonNode sample = EventJson.tree(type.sampleJson());
    List<String> components =
        Arrays.stream(type.recordClass().getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    assertThat(List.copyOf(sample.propertyNames())).isEqualTo(components);
  }

  @ParameterizedTest
  @FieldSource("ALL")
  void sampleFollowsTheWireRules(EventType<?> type) {
    JsonNode sample = EventJson.tree(type.sampleJson());
    for (RecordComponent component : type.recordClass().getRecordComponents()) {
      JsonNode value = sample.get(component.getName());
      String where = type.ceType() + "." + component.getName();
      if (value.isNull()) {
        assertThat(component.isAnnotationPresent(Nullable.class))
            .as("%s is null but not @Nullable", where)
            .isTrue();
        continue;
      }
      Class<?> javaType = component.getType();
      if (javaType == UUID.class) {
        assertThat(value.isString()).as(where).isTrue();
        assertThat(UUID.fromString(value.asString()).toString())
            .as(where)
            .isEqualTo(value.asString());
      } else if (javaType == Instant.class) {
        assertThat(value.asString())
            .as(where)
            .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
      } else if (javaType == int.class
          || javaType == long.class
          || javaType == Integer.class
          || javaType == Long.class) {
        assertThat(value.isIntegralNumber()).as(where).isTrue();
      } else if (javaType == BigDecimal.class) {
        assertThat(value.isNumber()).as(where).isTrue();
      } else if (javaType == List.class) {
        assertThat(value.isArray()).as(where).isTrue();
      } else if (javaType == boolean.class || javaType == Boolean.class) {
        assertThat(value.isBoolean()).as(where).isTrue();
      } else {
        assertThat(value.isString()).as(where).isTrue();
      }
    }
  }

  @Test
  void samplesUseDanishLettersAndFictionalAddresses() {
    String all = String.join("\n", EventType.ALL.stream().map(EventType::sampleJson).toList());
    assertThat(all).contains("æ").contains("ø").contains("å").contains("Ø").contains("Å");
    assertThat(all)
        .doesNotContainPattern(
            "@(?!example\\.dk|renos\\.example\\.dk|leadpoint\\.dk)[a-z0-9.-]+\\.[a-z]+\"");
  }

  // The wire format relies on these Jackson 3 defaults; if a Jackson upgrade changes one, it fails
  // here.

  @Test
  void jackson3DefaultsWriteInstantsAsIsoUtcStringsAndNumbersAsNumbers() {
    assertThat(EventJson.MAPPER.isEnabled(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)).isFalse();

    JsonNode quote =
        EventJson.MAPPER.valueToTree(
            new QuoteDrafted(
                UUID.fromString("c2e5a8f1-6b3d-4e7a-9c1f-8d4b2a6e0f35"),
                UUID.fromString("3f8d2c6a-7b1e-4d9f-b2a4-6c5e8f1d0a17"),
                UUID.fromString("7a1c4e9b-2d6f-4a3c-9e8b-5f0d1c2a3b84"),
                "DEEP_CLEAN",
                2,
                new BigDecimal("3.5"),
                244_300,
                180_782,
                210,
                Instant.parse("2026-03-27T07:00:00Z")));

    assertThat(quote.get("draftedAt").asString()).isEqualTo("2026-03-27T07:00:00Z");
    assertThat(quote.get("quoteId").asString()).isEqualTo("c2e5a8f1-6b3d-4e7a-9c1f-8d4b2a6e0f35");
    assertThat(quote.get("hoursOnSite").isNumber()).isTrue();
    assertThat(quote.get("hoursOnSite").decimalValue()).isEqualByComparingTo("3.5");
    assertThat(quote.get("priceInclVatOre").isIntegralNumber()).isTrue();
  }

  @Test
  void jackson3DefaultsWriteNullsAndReadOffsetsAsTheSameInstant() {
    JsonNode lead =
        EventJson.tree(
            EventJson.MAPPER.writeValueAsString(
                new LeadCreated(
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    "WEBSITE",
                    "ONE_OFF",
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    null,
                    Instant.parse("2026-03-27T07:00:00.250Z"))));

    assertThat(lead.get("frequency").isNull()).isTrue();
    assertThat(lead.get("emailMessageId").isNull()).isTrue();
    assertThat(lead.get("receivedAt").asString()).isEqualTo("2026-03-27T07:00:00.250Z");

    String withOffset =
        EventType.LEAD_CREATED
            .sampleJson()
            .replace("\"2026-03-27T06:58:12Z\"", "\"2026-03-27T07:58:12+01:00\"");
    assertThat(EventJson.MAPPER.readValue(withOffset, LeadCreated.class).receivedAt())
        .isEqualTo(Instant.parse("2026-03-27T06:58:12Z"));
  }

  @Test
  void consumersIgnoreFieldsAddedLater() {
    assertThat(EventJson.MAPPER.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
        .isFalse();
    String newer =
        EventType.EMAIL_RECEIVED.sampleJson().replaceFirst("\\{", "{\"labels\": [\"INBOX\"], ");

    EmailReceived read = EventJson.MAPPER.readValue(newer, EmailReceived.class);

    assertThat(read)
        .isEqualTo(
            EventJson.MAPPER.readValue(EventType.EMAIL_RECEIVED.sampleJson(), EmailReceived.class));
  }

  @Test
  void aMissingRequiredFieldIsRejectedNotDefaulted() {
    String withoutSubject =
        EventType.EMAIL_RECEIVED.sampleJson().replaceAll("\"subject\": \"[^\"]*\",", "");
    assertThat(withoutSubject).doesNotContain("\"subject\"");

    assertThatThrownBy(() -> EventJson.MAPPER.readValue(withoutSubject, EmailReceived.class))
        .hasStackTraceContaining("subject");
  }

  @Test
  void anEmailReceivedWrittenBeforeTheHeaderFieldsReadsAsEmptyListsAndLiveMail() {
    tools.jackson.databind.node.ObjectNode older =
        (tools.jackson.databind.node.ObjectNode)
            EventJson.tree(EventType.EMAIL_RECEIVED.sampleJson());
    for (String added :
        List.of(
            "replyTo",
            "references",
            "listUnsubscribe",
            "autoSubmitted",
            "precedence",
            "backfill")) {
      older.remove(added);
    }

    EmailReceived read = EventJson.MAPPER.treeToValue(older, EmailReceived.class);

    assertThat(read.replyTo()).isEmpty();
    assertThat(read.references()).isEmpty();
    assertThat(read.fromInitialSync()).isFalse();
    assertThat(read.looksBulkOrAutomatic()).isFalse();
    assertThat(read.subject()).isEqualTo("Nyt lead fra Rengøring Aarhus: Søren Østergaard");
  }

  @Test
  void listOrAutomaticHeadersMarkAnEmailReceivedAsBulk() {
    EmailReceived sample =
        EventJson.MAPPER.readValue(EventType.EMAIL_RECEIVED.sampleJson(), EmailReceived.class);
    String json = EventType.EMAIL_RECEIVED.sampleJson();

    assertThat(sample.looksBulkOrAutomatic()).isFalse();
    assertThat(
            EventJson.MAPPER
                .readValue(
                    json.replace("\"precedence\": null", "\"precedence\": \" Bulk\""),
                    EmailReceived.class)
                .looksBulkOrAutomatic())
        .isTrue();
    assertThat(
            EventJson.MAPPER
                .readValue(
                    json.replace(
                        "\"autoSubmitted\": null", "\"autoSubmitted\": \"auto-generated\""),
                    EmailReceived.class)
                .looksBulkOrAutomatic())
        .isTrue();
    assertThat(
            EventJson.MAPPER
                .readValue(
                    json.replace("\"autoSubmitted\": null", "\"autoSubmitted\": \"no\""),
                    EmailReceived.class)
                .looksBulkOrAutomatic())
        .isFalse();
    assertThat(
            EventJson.MAPPER
                .readValue(
                    json.replace(
                        "\"listUnsubscribe\": null",
                        "\"listUnsubscribe\": \"<mailto:unsubscribe@leadpoint.dk>\""),
                    EmailReceived.class)
                .looksBulkOrAutomatic())
        .isTrue();
  }
}
