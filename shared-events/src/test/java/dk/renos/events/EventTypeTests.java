package dk.renos.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.renos.events.lead.LeadCreated;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class EventTypeTests {

  static final List<EventType<?>> ALL = EventType.ALL;
  private static final Pattern CE_TYPE =
      Pattern.compile("dk\\.renos\\.[a-z]+\\.[A-Z][A-Za-z]+\\.v[1-9][0-9]*");

  @ParameterizedTest
  @FieldSource("ALL")
  void lookupByClassAndByCeTypeRoundTrips(EventType<?> type) {
    assertThat(EventType.of(type.recordClass())).isSameAs(type);
    assertThat(EventType.forCeType(type.ceType())).containsSame(type);
  }

  @ParameterizedTest
  @FieldSource("ALL")
  void ceTypeFollowsThePatternAndTheRecord(EventType<?> type) {
    assertThat(type.ceType())
        .matches(CE_TYPE)
        .isEqualTo(CloudEventHeaders.type(type.context(), type.name(), type.version()))
        .isEqualTo("dk.renos." + type.context() + "." + type.name() + ".v" + type.version());
    // LeadCreated for v1, LeadCreatedV2 beside it for v2: the version never hides in the name.
    String expectedSimpleName =
        type.version() == 1 ? type.name() : type.name() + "V" + type.version();
    assertThat(type.recordClass().getSimpleName()).isEqualTo(expectedSimpleName);
    assertThat(type.recordClass().getPackageName()).isEqualTo("dk.renos.events." + type.context());
  }

  @ParameterizedTest
  @FieldSource("ALL")
  void topicIsOneOfTopicsAndNamedAfterTheContext(EventType<?> type) {
    assertThat(Topics.ALL).contains(type.topic());
    // Events on the context's event topic; commands (SendEmailRequested) on its command topic.
    assertThat(type.topic()).isIn(type.context() + ".events", type.context() + ".commands");
  }

  @Test
  void sendEmailRequestedIsACommandOnEmailCommandsKeyedByCommandId() {
    var command =
        EventJson.MAPPER.readValue(
            EventType.SEND_EMAIL_REQUESTED.sampleJson(),
            dk.renos.events.email.SendEmailRequested.class);
    assertThat(EventType.SEND_EMAIL_REQUESTED.topic())
        .isEqualTo(Topics.EMAIL_COMMANDS)
        .isEqualTo("email.commands");
    assertThat(EventType.SEND_EMAIL_REQUESTED.ceType())
        .isEqualTo("dk.renos.email.SendEmailRequested.v1");
    assertThat(EventType.SEND_EMAIL_REQUESTED.key(command)).isEqualTo(command.commandId());
  }

  @Test
  void ceTypesAreUnique() {
    Set<String> seen = new HashSet<>();
    for (EventType<?> type : EventType.ALL) {
      assertThat(seen.add(type.ceType())).as("duplicate %s", type.ceType()).isTrue();
    }
    assertThat(EventType.ALL).extracting(EventType::recordClass).doesNotHaveDuplicates();
  }

  @Test
  void everyRecordInAnEventPackageIsCatalogued() {
    List<Class<?>> records = EventRecords.scan();
    assertThat(records).as("records found by scanning dk.renos.events.*").isNotEmpty();
    assertThat(records)
        .as(
            "every event record needs an EventType constant, a golden sample and an AsyncAPI message")
        .containsExactlyInAnyOrderElementsOf(
            EventType.ALL.stream().<Class<?>>map(EventType::recordClass).toList());
  }

  @Test
  void everyGoldenSampleBelongsToAnEventType() {
    assertThat(EventRecords.samplePaths())
        .containsExactlyInAnyOrderElementsOf(
            EventType.ALL.stream().map(EventType::samplePath).toList());
  }

  @Test
  void keyIsTheAggregateId() {
    LeadCreated lead =
        EventJson.MAPPER.readValue(EventType.LEAD_CREATED.sampleJson(), LeadCreated.class);
    assertThat(EventType.of(lead).key(lead)).isEqualTo(lead.leadId());
    assertThat(EventType.of(lead).key(lead))
        .isEqualTo(UUID.fromString("3f8d2c6a-7b1e-4d9f-b2a4-6c5e8f1d0a17"));
  }

  @Test
  void unknownTypesAreRejectedOrEmpty() {
    record NotAnEvent(UUID id) {}
    assertThatThrownBy(() -> EventType.of(NotAnEvent.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(EventType.forCeType("dk.renos.lead.LeadCreated.v99")).isEmpty();
    assertThat(EventType.forCeType("dk.renos.events.lead.LeadCreated")).isEmpty();
  }
}
