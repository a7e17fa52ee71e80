package dk.renos.email.message;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What RenOS records of an attachment: its name, type and size, not its content. */
@Embeddable
public class StoredAttachment {

  @Column(length = 998)
  private String filename;

  @Column(name = "mime_type", nullable = false, length = 255)
  private String mimeType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private boolean inline;

  protected StoredAttachment() {}

  public StoredAttachment(String filename, String mimeType, long sizeBytes, boolean inline) {
    this.filename =
        filename != null && filename.length() > 998 ? filename.substring(0, 998) : filename;
    this.mimeType = mimeType.length() > 255 ? mimeType.substring(0, 255) : mimeType;
    this.sizeBytes = sizeBytes;
    this.inline = inline;
  }

  public String getFilename() {
    return filename;
  }

  public String getMimeType() {
    return mimeType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public boolean isInline() {
    return inline;
  }
}
