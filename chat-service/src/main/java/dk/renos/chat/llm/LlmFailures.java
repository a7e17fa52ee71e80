package dk.renos.chat.llm;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dk.renos.chat.answer.AnswerFailure;
import java.net.http.HttpTimeoutException;

/**
 * What the client is told when the model fails: a status and a plain title, never the model's error
 * body (it may echo the prompt).
 */
final class LlmFailures {

  private LlmFailures() {}

  static AnswerFailure of(Throwable error) {
    return switch (kind(error)) {
      case "rate-limited" ->
          new AnswerFailure(
              503,
              "The language model is rate limited",
              "The model refused more requests for now; ask again in a moment.");
      case "timeout" ->
          new AnswerFailure(
              504, "The language model timed out", "The model did not answer in time.");
      case "server-error" ->
          new AnswerFailure(
              502, "The language model failed", "The model answered with a server error.");
      case "unauthorized" ->
          new AnswerFailure(
              502, "The language model refused the key", "Check RENOS_OPENAI_API_KEY.");
      case "unknown-model" ->
          new AnswerFailure(502, "The language model is unknown", "Check RENOS_OPENAI_MODEL.");
      default ->
          new AnswerFailure(502, "The language model failed", "The model's answer broke off.");
    };
  }

  /** A short name of the failure, for logs and metrics (no message text). */
  static String kind(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      switch (cause) {
        case RateLimitException e -> {
          return "rate-limited";
        }
        case dev.langchain4j.exception.TimeoutException e -> {
          return "timeout";
        }
        case HttpTimeoutException e -> {
          return "timeout";
        }
        case java.util.concurrent.TimeoutException e -> {
          return "timeout";
        }
        case InternalServerException e -> {
          return "server-error";
        }
        case AuthenticationException e -> {
          return "unauthorized";
        }
        case ModelNotFoundException e -> {
          return "unknown-model";
        }
        default -> {}
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return "broken";
  }
}
