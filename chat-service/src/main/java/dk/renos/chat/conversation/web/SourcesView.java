package dk.renos.chat.conversation.web;

import dk.renos.chat.answer.Sources;
import dk.renos.chat.answer.Sources.Kind;
import java.util.List;
import java.util.UUID;

/** The read-model rows an answer used, by kind, for the UI to link. */
record SourcesView(List<UUID> customers, List<UUID> leads, List<UUID> quotes, List<UUID> bookings) {

  static SourcesView of(Sources sources) {
    return new SourcesView(
        sources.of(Kind.CUSTOMER),
        sources.of(Kind.LEAD),
        sources.of(Kind.QUOTE),
        sources.of(Kind.BOOKING));
  }
}
