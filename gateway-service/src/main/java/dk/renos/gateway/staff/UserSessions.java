package dk.renos.gateway.staff;

import java.time.Clock;
import java.time.Instant;
import org.springframework.session.ReactiveFindByIndexNameSessionRepository;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Ends all of a user's browser sessions: they are deleted from Redis (found through Spring
 * Session's principal-name index), and the user's {@code sessions_not_before} moves to now, so a
 * session the index missed is refused at its next request too ({@link SessionFreshnessFilter}).
 */
public final class UserSessions {

  private final ReactiveFindByIndexNameSessionRepository<? extends Session> index;
  private final ReactiveSessionRepository<? extends Session> sessions;
  private final StaffUserRepository users;
  private final Clock clock;

  public UserSessions(
      ReactiveFindByIndexNameSessionRepository<? extends Session> index,
      ReactiveSessionRepository<? extends Session> sessions,
      StaffUserRepository users,
      Clock clock) {
    this.index = index;
    this.sessions = sessions;
    this.users = users;
    this.clock = clock;
  }

  /** Ends every session of the user; the instant they end at. */
  public Mono<Instant> endAll(long userId, String username) {
    return endAllExcept(userId, username, null);
  }

  /**
   * Ends every session of the user but {@code keepSessionId} (which must then set its {@link
   * SessionAttributes#VALID_FROM} to the returned instant to stay valid).
   */
  public Mono<Instant> endAllExcept(long userId, String username, String keepSessionId) {
    Instant now = clock.instant();
    return Mono.fromRunnable(() -> users.endSessions(userId, now))
        .subscribeOn(Schedulers.boundedElastic())
        .then(
            index
                .findByPrincipalName(username)
                .flatMapMany(found -> Flux.fromIterable(found.keySet()))
                .filter(id -> !id.equals(keepSessionId))
                .flatMap(sessions::deleteById)
                .then())
        .thenReturn(now);
  }
}
