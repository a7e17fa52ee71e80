package dk.renos.quote.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.fake.openai.FakeOpenAiServer;
import dk.renos.fake.openai.Reply;
import dk.renos.quote.customer.CustomerContact;
import dk.renos.quote.pricing.AddOn;
import dk.renos.quote.pricing.CustomerKind;
import dk.renos.quote.pricing.Frequency;
import dk.renos.quote.pricing.PriceEstimate;
import dk.renos.quote.pricing.PriceRequest;
import dk.renos.quote.pricing.PricingEngine;
import dk.renos.quote.pricing.ServiceType;
import dk.renos.quote.quotes.LeadDetails;
import dk.renos.quote.quotes.Quote;
import dk.renos.quote.quotes.QuoteEdit;
import dk.renos.quote.quotes.QuoteLines;
import dk.renos.quote.terms.QuoteTerms;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The model's paragraphs through langchain4j's real OpenAI client against deploy/fake-openai. */
class MailParagraphsTests {

  private static FakeOpenAiServer openAi;

  private final CustomerContact mette =
      new CustomerContact(
          UUID.randomUUID(),
          "Mette Hansen",
          "mette.hansen@example.dk",
          "Skovvejen 9A, 8000 Aarhus C",
          Instant.now());

  @BeforeAll
  static void start() {
    openAi = FakeOpenAiServer.start();
  }

  @AfterAll
  static void stop() {
    openAi.close();
  }

  @BeforeEach
  void reset() {
    openAi.reset();
  }

  @Test
  void withoutAnApiKeyTheTemplatesTextsAreUsedAndNothingIsCalled() {
    MailParagraphs.Written written =
        paragraphs(new ModelSettings(null, openAi.baseUrl(), null, null)).write(quote(), mette);

    assertThat(written.source()).isEqualTo(TextSource.TEMPLATE);
    assertThat(written.opening()).isNull();
    assertThat(written.call()).isNull();
    assertThat(openAi.chatCompletions()).isEmpty();
  }

  @Test
  void staffsOwnTextsWinAndTheModelIsNotAsked() {
    Quote quote = quote();
    quote.edit(
        new QuoteEdit(null, null, null, null, "Tak for snakken.", null),
        QuoteTerms.defaults(),
        Instant.now());

    MailParagraphs.Written written =
        paragraphs(settings(Duration.ofSeconds(10))).write(quote, mette);

    assertThat(written.source()).isEqualTo(TextSource.STAFF);
    assertThat(written.opening()).isEqualTo("Tak for snakken.");
    assertThat(openAi.chatCompletions()).isEmpty();
  }

  @Test
  void theModelWritesBothParagraphsFromMinimisedFieldsAndTheCallIsRecorded() {
    openAi
        .script()
        .reply(
            Reply.text(
                "Hej Mette, tak for din henvendelse om fast rengøring.\n---\n"
                    + "Vi glæder os til at hjælpe dig."));

    MailParagraphs.Written written =
        paragraphs(settings(Duration.ofSeconds(10))).write(quote(), mette);

    assertThat(written.source()).isEqualTo(TextSource.MODEL);
    assertThat(written.opening())
        .isEqualTo("Hej Mette, tak for din henvendelse om fast rengøring.");
    assertThat(written.closing()).isEqualTo("Vi glæder os til at hjælpe dig.");
    ParagraphCall call = written.call();
    assertThat(call.getOutcome()).isEqualTo("OK");
    assertThat(call.getModel()).isEqualTo("gpt-4o-mini");
    assertThat(call.getPromptVersion()).isEqualTo(MailParagraphs.PROMPT_VERSION);
    assertThat(call.getInputs())
        .contains("\"firstName\":\"Mette\"", "fast rengøring", "98", "Fredag eftermiddag");

    String sent = openAi.lastChatCompletion().orElseThrow().json().toString();
    assertThat(sent)
        .contains("Mette", "fast rengøring", "Fredag eftermiddag")
        .doesNotContain("Hansen", "mette.hansen", "Skovvejen", "8000", "2792", "279200");
  }

  @Test
  void aModelErrorFallsBackToTheTemplateAndSaysSo() {
    openAi.faults().failNext(1, 500);

    MailParagraphs.Written written =
        paragraphs(settings(Duration.ofSeconds(10))).write(quote(), mette);

    assertThat(written.source()).isEqualTo(TextSource.TEMPLATE_AFTER_MODEL_FAILURE);
    assertThat(written.opening()).isNull();
    assertThat(written.closing()).isNull();
    assertThat(written.call().getOutcome()).isEqualTo("ERROR");
    assertThat(written.call().getError()).isNotBlank();
  }

  @Test
  void aSlowModelTimesOutAndFallsBackToTheTemplate() {
    openAi.faults().responseDelay(Duration.ofSeconds(5));
    try {
      MailParagraphs.Written written =
          paragraphs(settings(Duration.ofMillis(500))).write(quote(), mette);

      assertThat(written.source()).isEqualTo(TextSource.TEMPLATE_AFTER_MODEL_FAILURE);
      assertThat(written.call().getOutcome()).isEqualTo("TIMEOUT");
      assertThat(written.call().getLatencyMs()).isLessThan(5_000);
    } finally {
      openAi.faults().clear();
    }
  }

  @Test
  void anAnswerWithAmountsLinksOrWithoutTheSeparatorIsNotUsed() {
    openAi.script().reply(Reply.text("Prisen er kun 2.792 kr.\n---\nVenlig hilsen"));
    MailParagraphs writer = paragraphs(settings(Duration.ofSeconds(10)));

    MailParagraphs.Written withPrice = writer.write(quote(), mette);
    MailParagraphs.Written unstructured = writer.write(quote(), mette); // the fake's default text

    assertThat(withPrice.source()).isEqualTo(TextSource.TEMPLATE_AFTER_MODEL_FAILURE);
    assertThat(withPrice.call().getOutcome()).isEqualTo("INVALID");
    assertThat(unstructured.call().getOutcome()).isEqualTo("INVALID");
    assertThat(MailParagraphs.usable("Se https://x.dk\n---\nHej")).isNull();
    assertThat(MailParagraphs.usable("Skriv til a@b.dk\n---\nHej")).isNull();
    assertThat(MailParagraphs.usable("Hej\n---\n")).isNull();
    assertThat(MailParagraphs.usable("Hej\n---\nTo\n---\nTre")).isNull();
    assertThat(MailParagraphs.usable("Hej Mette\n  ---  \nVi ses"))
        .containsExactly("Hej Mette", "Vi ses");
  }

  private ModelSettings settings(Duration timeout) {
    return new ModelSettings(openAi.apiKey(), openAi.baseUrl(), null, timeout);
  }

  private static MailParagraphs paragraphs(ModelSettings settings) {
    return new MailParagraphs(settings, JsonMapper.builder().build(), Clock.systemUTC());
  }

  private static Quote quote() {
    PriceRequest request =
        new PriceRequest(
            ServiceType.RECURRING,
            98,
            Frequency.WEEKLY,
            Set.of(AddOn.OVEN),
            true,
            CustomerKind.PRIVATE);
    PricingEngine engine = new PricingEngine();
    PriceEstimate first = engine.estimate(request);
    LeadDetails lead =
        new LeadDetails(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "WEBSITE",
            null,
            "Fredag eftermiddag",
            "RECURRING",
            "WEEKLY",
            98,
            java.util.List.of("OVEN"),
            CustomerKind.PRIVATE,
            Instant.now());
    return Quote.priced(
        lead,
        first,
        QuoteLines.from(request, first, first),
        QuoteTerms.defaults(),
        null,
        Instant.now());
  }
}
