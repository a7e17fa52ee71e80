package dk.renos.email.ingest;

/**
 * A part of a message that is not its body text: a file, an embedded image, an attached message.
 *
 * @param filename decoded file name (RFC 2231 / RFC 2047), {@code null} when the part names none;
 *     an attached message without a name is called after its subject plus {@code .eml}
 * @param mimeType lower-case base type without parameters, e.g. {@code application/pdf}
 * @param sizeBytes size after transfer decoding, counted from the content (size headers are not
 *     trusted)
 * @param inline whether the part is shown in the body rather than offered as a file: an image with
 *     a Content-ID inside multipart/related, or a named part with disposition inline
 */
public record Attachment(String filename, String mimeType, long sizeBytes, boolean inline) {}
