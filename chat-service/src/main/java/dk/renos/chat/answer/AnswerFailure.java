package dk.renos.chat.answer;

/**
 * Why an answer failed, as the problem the client receives: {@code status} is the HTTP status the
 * JSON form answers with (502 the model refused or broke, 503 it is rate limited, 504 it timed
 * out). The detail names no personal data and no model output.
 */
public record AnswerFailure(int status, String title, String detail) {}
