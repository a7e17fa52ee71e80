package dk.renos.fake.google.gmail;

import dk.renos.fake.google.http.ApiException;
import dk.renos.fake.google.oauth.FakeOAuth;
import java.util.Set;

/** Which OAuth scopes allow which Gmail operations (from Gmail's API reference). */
enum Scopes {
  READ(Names.FULL, Names.MODIFY, Names.READONLY, Names.METADATA),
  MODIFY(Names.FULL, Names.MODIFY),
  SEND(Names.FULL, Names.MODIFY, Names.COMPOSE, Names.SEND),
  INSERT(Names.FULL, Names.MODIFY, Names.INSERT),
  LABELS_READ(Names.FULL, Names.MODIFY, Names.READONLY, Names.METADATA, Names.LABELS),
  LABELS_WRITE(Names.FULL, Names.MODIFY, Names.LABELS),
  PERMANENT_DELETE(Names.FULL),
  PROFILE(
      Names.FULL,
      Names.MODIFY,
      Names.READONLY,
      Names.METADATA,
      Names.COMPOSE,
      Names.SEND,
      Names.INSERT,
      Names.LABELS);

  /** Scope URIs. */
  static final class Names {
    static final String FULL = "https://mail.google.com/";
    static final String MODIFY = "https://www.googleapis.com/auth/gmail.modify";
    static final String READONLY = "https://www.googleapis.com/auth/gmail.readonly";
    static final String METADATA = "https://www.googleapis.com/auth/gmail.metadata";
    static final String COMPOSE = "https://www.googleapis.com/auth/gmail.compose";
    static final String SEND = "https://www.googleapis.com/auth/gmail.send";
    static final String INSERT = "https://www.googleapis.com/auth/gmail.insert";
    static final String LABELS = "https://www.googleapis.com/auth/gmail.labels";

    private Names() {}
  }

  private final Set<String> allowed;

  Scopes(String... allowed) {
    this.allowed = Set.of(allowed);
  }

  void require(FakeOAuth.AccessGrant grant) {
    if (grant.scopes().stream().noneMatch(allowed::contains)) {
      throw ApiException.insufficientScopes();
    }
  }

  /** gmail.metadata alone cannot read bodies or search. */
  static boolean metadataOnly(FakeOAuth.AccessGrant grant) {
    return grant.scopes().contains(Names.METADATA)
        && grant.scopes().stream()
            .noneMatch(
                s -> s.equals(Names.FULL) || s.equals(Names.MODIFY) || s.equals(Names.READONLY));
  }
}
