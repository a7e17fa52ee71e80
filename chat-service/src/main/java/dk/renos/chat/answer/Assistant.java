package dk.renos.chat.answer;

/**
 * Answers a staff member's question, streaming the answer to a listener. Implementations return
 * once the answer has started and report to the listener, possibly from another thread, until
 * exactly one of {@link AnswerListener#completed} or {@link AnswerListener#failed}.
 */
public interface Assistant {

  void answer(Question question, AnswerListener listener);
}
