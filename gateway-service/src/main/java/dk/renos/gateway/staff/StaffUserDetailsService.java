package dk.renos.gateway.staff;

import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Looks staff users up in PostgreSQL off the event loop (JDBC blocks). */
@Service
public class StaffUserDetailsService implements ReactiveUserDetailsService {

  private final StaffUserRepository users;

  public StaffUserDetailsService(StaffUserRepository users) {
    this.users = users;
  }

  @Override
  public Mono<UserDetails> findByUsername(String username) {
    return Mono.fromCallable(() -> users.findByUsername(username))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(Mono::justOrEmpty)
        .map(StaffUserDetails::new);
  }
}
