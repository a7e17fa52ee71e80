package dk.renos.quote.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.events.lead.LeadCreated;
import dk.renos.fake.openai.FakeOpenAiServer;
import dk.renos.fake.openai.Reply;
import dk.renos.quote.customer.CustomerContact;
import dk.renos.quote.customer.CustomerContacts;
import dk.renos.quote.drafting.QuoteDrafting;
import dk.renos.quote.quotes.Quote;
import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import dk.renos.testsupport.WithRealInfrastructure;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The prepared mail with a model configured (deploy/fake-openai), over real HTTP and PostgreSQL:
 * the model's paragraphs in the preview, or the template's after a failure, and each call in
 * quote_text_call.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithRealInfrastructure
class QuoteMailModelIT {

  private static final FakeOpenAiServer OPEN_AI = FakeOpenAiServer.start();

  @DynamicPropertySource
  static void model(DynamicPropertyRegistry registry) {
    registry.add("renos.quote.llm.api-key", OPEN_AI::apiKey);
    registry.add("renos.quote.llm.base-url", OPEN_AI::baseUrl);
    registry.add("renos.quote.llm.timeout", () -> "5s");
    registry.add("renos.quote.mail.booking-url", () -> "http://127.0.0.1:1");
    registry.add("renos.quote.mail.slots-timeout", () -> "500ms");
  }

  @AfterAll
  static void stop() {
    OPEN_AI.close();
  }

  @LocalServerPort int port;

  @Autowired QuoteDrafting drafting;
  @Autowired CustomerContacts contacts;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void reset() {
    OPEN_AI.reset();
  }

  @Test
  void theModelsParagraphsAreInThePreviewAndTheCallIsRecorded() {
    OPEN_AI
        .script()
        .reply(Reply.text("Hej Mette, tak for din forespørgsel.\n---\nVi glæder os til at komme."));
    Quote quote = drafted();

    JsonNode preview = staff().getJson("/api/quotes/" + quote.getId() + "/preview");

    assertThat(preview.at("/textSource").asString()).isEqualTo("MODEL");
    assertThat(preview.at("/body").asString())
        .startsWith("Hej Mette\n\nHej Mette, tak for din forespørgsel.\n")
        .contains("Vi glæder os til at komme.\n")
        .contains("Pris i alt inkl. moms: 2.792,00 kr.")
        .doesNotContain(QuoteMailTemplate.DEFAULT_OPENING);
    List<Map<String, Object>> calls = calls(quote);
    assertThat(calls).hasSize(1);
    assertThat(calls.getFirst())
        .containsEntry("outcome", "OK")
        .containsEntry("model", "gpt-4o-mini")
        .containsEntry("prompt_version", MailParagraphs.PROMPT_VERSION);
    assertThat((String) calls.getFirst().get("inputs"))
        .contains("Mette")
        .doesNotContain("Hansen", "@", "Skovvejen");
  }

  @Test
  void aFailingModelLeavesTheTemplatesParagraphsAndTheDraftSaysSo() {
    OPEN_AI.faults().failNext(1, 500);
    Quote quote = drafted();

    JsonNode preview = staff().getJson("/api/quotes/" + quote.getId() + "/preview");

    assertThat(preview.at("/textSource").asString()).isEqualTo("TEMPLATE_AFTER_MODEL_FAILURE");
    assertThat(preview.at("/body").asString())
        .contains(QuoteMailTemplate.DEFAULT_OPENING)
        .contains(QuoteMailTemplate.DEFAULT_CLOSING);
    assertThat(calls(quote))
        .singleElement()
        .satisfies(call -> assertThat(call).containsEntry("outcome", "ERROR"));
  }

  private List<Map<String, Object>> calls(Quote quote) {
    return jdbc.queryForList(
        "select * from quote_text_call where quote_id = ? order by called_at", quote.getId());
  }

  private Quote drafted() {
    UUID customer = UUID.randomUUID();
    contacts.save(
        new CustomerContact(
            customer,
            "Mette Hansen",
            "mette@example.dk",
            "Skovvejen 9A, 8000 Aarhus C",
            Instant.now()));
    return drafting
        .draftFor(
            new LeadCreated(
                UUID.randomUUID(),
                customer,
                "WEBSITE",
                "RECURRING",
                "WEEKLY",
                98,
                List.of("OVEN", "WINDOWS"),
                "Fredag eftermiddag",
                null,
                null,
                Instant.now()))
        .orElseThrow();
  }

  private ServiceHttp staff() {
    return ServiceHttp.on(port).as(Role.STAFF);
  }
}
