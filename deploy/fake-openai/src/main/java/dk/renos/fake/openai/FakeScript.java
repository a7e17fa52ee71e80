package dk.renos.fake.openai;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scripted replies of a running server. A script is an ordered list of rules (a {@link Match}
 * and a {@link Reply}, usable once, n times or always). For each chat completion the rules are
 * tried in the order they were added; the first that matches and has uses left answers and uses one
 * up, and a used-up rule is dropped. When no rule matches, the server answers its {@link
 * DefaultReplies deterministic default}. Thread-safe; change it while the server runs.
 *
 * <pre>{@code
 * openAi.script().reply(Reply.text("Hej Anna"));                        // the next request
 * openAi.script().when(Match.hasToolResult()).reply(Reply.text("..."));  // second turn
 * openAi.script().when(Match.offersTool("findSlots")).always(Reply.toolCall("findSlots", "{}"));
 * }</pre>
 */
public final class FakeScript {
  /** A rule's state; uses is Integer.MAX_VALUE for "always". */
  private static final class Rule {
    final int id;
    final Match match;
    final Reply reply;
    final String description;
    int uses;

    Rule(int id, Match match, Reply reply, int uses, String description) {
      this.id = id;
      this.match = match;
      this.reply = reply;
      this.uses = uses;
      this.description = description;
    }
  }

  /** The rule a request was answered by: its number (1, 2, ... per server) and reply. */
  record Answer(int ruleId, Reply reply) {}

  /** A rule that is still in the script, for listings. */
  public record PendingRule(int id, String match, Reply reply, int usesLeft) {}

  /** The second half of {@code when(match)}: what that match answers, and how often. */
  public final class When {
    private final Match match;
    private final String description;

    private When(Match match, String description) {
      this.match = match;
      this.description = description;
    }

    /** Answers the first matching request. */
    public FakeScript reply(Reply reply) {
      return times(1, reply);
    }

    /** Answers the next n matching requests. */
    public FakeScript times(int n, Reply reply) {
      if (n < 1) {
        throw new IllegalArgumentException("times must be at least 1");
      }
      return add(match, reply, n, description);
    }

    /** Answers every matching request until the script is cleared. */
    public FakeScript always(Reply reply) {
      return add(match, reply, Integer.MAX_VALUE, description);
    }
  }

  private final List<Rule> rules = new ArrayList<>();
  private int nextId = 1;

  FakeScript() {}

  /**
   * Rules for requests the match accepts (a lambda over ChatCompletionRequest or a {@link Match}
   * factory).
   */
  public When when(Match match) {
    return new When(Objects.requireNonNull(match, "match"), "java predicate");
  }

  When when(Match match, String description) {
    return new When(match, description);
  }

  /** Answers the next request that no earlier rule claims: shorthand for when(any()).reply(). */
  public FakeScript reply(Reply reply) {
    return add(Match.any(), reply, 1, "any");
  }

  /** Several replies for the next requests, in this order. */
  public FakeScript replies(Reply... replies) {
    for (Reply reply : replies) {
      reply(reply);
    }
    return this;
  }

  public synchronized List<PendingRule> pending() {
    return rules.stream().map(r -> new PendingRule(r.id, r.description, r.reply, r.uses)).toList();
  }

  /** Drops every rule; the next rule added is number 1 again. */
  public synchronized void clear() {
    rules.clear();
    nextId = 1;
  }

  private synchronized FakeScript add(Match match, Reply reply, int uses, String description) {
    rules.add(new Rule(nextId++, match, Objects.requireNonNull(reply, "reply"), uses, description));
    return this;
  }

  /** Claims the reply for a request: the first matching rule with uses left, or empty. */
  synchronized Optional<Answer> answer(ChatCompletionRequest request) {
    for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
      Rule rule = it.next();
      if (!rule.match.test(request)) {
        continue;
      }
      if (rule.uses != Integer.MAX_VALUE && --rule.uses == 0) {
        it.remove();
      }
      return Optional.of(new Answer(rule.id, rule.reply));
    }
    return Optional.empty();
  }
}
