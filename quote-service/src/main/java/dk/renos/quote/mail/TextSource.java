package dk.renos.quote.mail;

/** Where a prepared mail's opening and closing paragraphs came from (kept on the draft). */
public enum TextSource {
  /** The template's texts: no model configured. */
  TEMPLATE,
  /** Staff wrote them (PATCH openingText/closingText); the model is not asked. */
  STAFF,
  /** The language model wrote them. */
  MODEL,
  /** The model was asked but failed, timed out or answered unusably: the template's texts. */
  TEMPLATE_AFTER_MODEL_FAILURE
}
