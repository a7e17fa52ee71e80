package dk.renos.chat.assistant;

import dk.renos.chat.answer.AnswerFailure;
import dk.renos.chat.answer.AnswerListener;
import dk.renos.chat.answer.Assistant;
import dk.renos.chat.answer.Question;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The assistant without a language model: the intent classifier and the read models answer, and the
 * answer is streamed word by word like a model's, so clients have one path.
 */
@Component
public class DeterministicAssistant implements Assistant {

  private static final Logger log = LoggerFactory.getLogger(DeterministicAssistant.class);

  /** Splits after whitespace, so the deltas concatenate back to the exact text. */
  private static final Pattern AFTER_WHITESPACE = Pattern.compile("(?<=\\s)");

  private final DeterministicAnswers answers;

  DeterministicAssistant(DeterministicAnswers answers) {
    this.answers = answers;
  }

  @Override
  public void answer(Question question, AnswerListener listener) {
    DeterministicAnswers.Answer answer;
    try {
      answer = answers.answer(question.text());
    } catch (RuntimeException e) {
      log.warn("The deterministic assistant failed: {}", e.getClass().getSimpleName());
      listener.failed(
          new AnswerFailure(500, "The assistant failed", "The read models could not be read."));
      return;
    }
    for (String delta : AFTER_WHITESPACE.split(answer.text())) {
      if (!delta.isEmpty()) {
        listener.token(delta);
      }
    }
    listener.completed(answer.sources());
  }
}
