package dk.renos.chat.conversation.web;

import dk.renos.chat.answer.AnswerFailure;
import dk.renos.chat.answer.AnswerListener;
import dk.renos.chat.answer.Sources;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An answer gathered whole, for the JSON form; a failure becomes its problem+json. */
final class CollectedAnswer implements AnswerListener {

  record Result(String text, Sources sources) {}

  private final StringBuilder text = new StringBuilder();

  private final CompletableFuture<Result> done = new CompletableFuture<>();

  @Override
  public synchronized void token(String delta) {
    text.append(delta);
  }

  @Override
  public synchronized void completed(Sources sources) {
    done.complete(new Result(text.toString(), sources));
  }

  @Override
  public void failed(AnswerFailure failure) {
    done.completeExceptionally(problem(failure));
  }

  Result await(Duration timeout) {
    try {
      return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ErrorResponseException problem) {
        throw problem;
      }
      throw new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw problem(
          new AnswerFailure(504, "The assistant timed out", "No answer within " + timeout + "."));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the answer", e);
    }
  }

  static ErrorResponseException problem(AnswerFailure failure) {
    HttpStatus status = HttpStatus.valueOf(failure.status());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, failure.detail());
    problem.setTitle(failure.title());
    return new ErrorResponseException(status, problem, null);
  }
}
