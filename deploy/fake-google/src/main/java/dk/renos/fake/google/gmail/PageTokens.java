package dk.renos.fake.google.gmail;

import dk.renos.fake.google.http.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque page tokens that name the last item served (its sort key, or a history id), so a listing
 * continues correctly while messages are added or removed between pages.
 */
final class PageTokens {
  private PageTokens() {}

  static String encode(StoredMessage.Key key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(
            ("k:" + key.internalDate() + ":" + key.id()).getBytes(StandardCharsets.UTF_8));
  }

  static StoredMessage.Key decodeKey(String token) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":", 3);
      if (parts.length == 3 && parts[0].equals("k")) {
        return new StoredMessage.Key(Long.parseLong(parts[1]), parts[2]);
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw ApiException.badRequest("Invalid pageToken");
  }

  static String encodeHistory(long lastId) {
    return Long.toString(lastId);
  }

  static Long decodeHistory(String token) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    try {
      return Long.parseLong(token);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Invalid pageToken");
    }
  }
}
