package dk.renos.fake.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** Injected failures as langchain4j's OpenAI client experiences them. */
class FaultTests extends FakeOpenAiTestBase {

  @Test
  void rateLimitIsA429WithRetryAfterAndOpenAisErrorBody() {
    openAi.faults().rateLimitNext(1, Duration.ofSeconds(20));

    assertThatThrownBy(() -> chatModel().build().chat("hej"))
        .isInstanceOf(RateLimitException.class)
        .cause()
        .isInstanceOf(HttpException.class)
        .asInstanceOf(InstanceOfAssertFactories.type(HttpException.class))
        .satisfies(
            e -> {
              assertThat(e.statusCode()).isEqualTo(429);
              assertThat(e.getMessage()).contains("\"code\":\"rate_limit_exceeded\"");
            });
    assertThat(openAi.requests())
        .singleElement()
        .extracting(RecordedRequest::outcome)
        .isEqualTo("fault:429");
  }

  /**
   * langchain4j 1.19's retry (RetryUtils: maxRetries, 500 ms base, x1.5 backoff, 20 % jitter)
   * retries a 429 but does not read Retry-After: against a 20 s Retry-After it tries again after
   * about half a second. A service that must honour Retry-After has to do so itself.
   */
  @Test
  void langchain4jRetriesA429WithoutWaitingForRetryAfter() {
    openAi.faults().rateLimitNext(1, Duration.ofSeconds(20));
    openAi.script().reply(Reply.text("efter ventetiden"));
    long start = System.nanoTime();

    String answer = chatModel().maxRetries(1).build().chat("hej");

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(answer).isEqualTo("efter ventetiden");
    assertThat(took).isLessThan(Duration.ofSeconds(10));
    assertThat(openAi.requests())
        .extracting(RecordedRequest::outcome)
        .containsExactly("fault:429", "script#1");
  }

  @Test
  void serverErrorIsAnInternalServerException() {
    openAi.faults().failNext(1, 500);

    assertThatThrownBy(() -> chatModel().build().chat("hej"))
        .isInstanceOf(InternalServerException.class)
        .hasMessageContaining("The server had an error while processing your request");
  }

  @Test
  void failingTwiceThenAnsweringIsSurvivedByTwoRetries() {
    openAi.faults().failNext(2, 503);
    openAi.script().reply(Reply.text("nu virker det"));

    String answer = chatModel().maxRetries(2).build().chat("hej");

    assertThat(answer).isEqualTo("nu virker det");
    assertThat(openAi.requests())
        .extracting(RecordedRequest::status)
        .containsExactly(503, 503, 200);
  }

  @Test
  void clientTimeoutFiresAgainstAHang() {
    openAi.faults().hangNext(1);
    OpenAiChatModel model = chatModel().timeout(Duration.ofMillis(700)).build();
    long start = System.nanoTime();

    assertThatThrownBy(() -> model.chat("hej")).hasRootCauseInstanceOf(HttpTimeoutException.class);

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).isBetween(Duration.ofMillis(600), Duration.ofSeconds(8));
    assertThat(openAi.requests())
        .singleElement()
        .extracting(RecordedRequest::outcome)
        .isEqualTo("hang");
    openAi.faults().releaseHangs();
  }

  @Test
  void streamCutMidwayReachesOnErrorWithThePartialTokensDelivered() throws Exception {
    openAi.script().reply(Reply.text("en to tre fire fem seks"));
    openAi.faults().breakNextStream(1, 3); // role chunk, "en", " to", then the connection drops
    StreamRecorder handler = new StreamRecorder();

    streamingModel().build().chat("tæl", handler);
    Throwable error = handler.awaitError();

    assertThat(handler.texts()).containsExactly("en", " to");
    // the truncated chunked body: an IOException from the JDK HttpClient, wrapped by langchain4j
    assertThat(error)
        .isInstanceOf(dev.langchain4j.exception.LangChain4jException.class)
        .hasCauseInstanceOf(java.io.IOException.class);
    assertThat(openAi.requests())
        .singleElement()
        .extracting(RecordedRequest::outcome)
        .isEqualTo("script#1 stream-broken-after:3");
  }

  @Test
  void wrongKeyIsA401WithInvalidApiKey() {
    OpenAiChatModel model = chatModel().apiKey("sk-wrong-key-123456").build();

    assertThatThrownBy(() -> model.chat("hej"))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("\"code\":\"invalid_api_key\"")
        .hasMessageContaining("sk-************3456")
        .hasMessageNotContaining("sk-wrong-key-123456");
    assertThat(openAi.requests())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(401);
              assertThat(r.headers()).doesNotContainKey("authorization");
            });
  }

  @Test
  void streamingRequestWithAWrongKeyReachesOnErrorAsAuthentication() throws Exception {
    StreamRecorder handler = new StreamRecorder();

    streamingModel().apiKey("sk-wrong").build().chat("hej", handler);

    assertThat(handler.awaitError()).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void slowResponseDelaysHeadersUntilTheClientTimesOut() {
    openAi.faults().responseDelay(Duration.ofSeconds(3));
    OpenAiChatModel model = chatModel().timeout(Duration.ofMillis(500)).build();

    assertThatThrownBy(() -> model.chat("hej")).hasRootCauseInstanceOf(HttpTimeoutException.class);
  }
}
