package dk.renos.chat.answer;

/**
 * Receives one answer as it is produced: text deltas, then the sources with the end, or a failure.
 */
public interface AnswerListener {

  /** The next piece of the answer's text, in order. */
  void token(String delta);

  /** The answer is complete; it used these read-model rows. */
  void completed(Sources sources);

  /** The answer cannot be given (the tokens sent so far are not an answer). */
  void failed(AnswerFailure failure);
}
