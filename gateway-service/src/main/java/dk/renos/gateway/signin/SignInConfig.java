package dk.renos.gateway.signin;

import dk.renos.gateway.staff.PasswordHashing;
import dk.renos.gateway.staff.PasswordPolicy;
import dk.renos.gateway.staff.StaffUserRepository;
import dk.renos.gateway.staff.UserSessions;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.session.ReactiveFindByIndexNameSessionRepository;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;

/** What sign-in is made of: hashing, policy, throttle, sessions. */
@Configuration(proxyBeanMethods = false)
public class SignInConfig {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordHashing.encoder();
  }

  @Bean
  PasswordPolicy passwordPolicy() {
    return PasswordPolicy.standard();
  }

  @Bean
  PasswordSignIn passwordSignIn(StaffUserRepository users, PasswordEncoder encoder) {
    return new PasswordSignIn(users, encoder);
  }

  @Bean
  LoginThrottle loginThrottle(ReactiveStringRedisTemplate redis, SignInProperties settings) {
    return new LoginThrottle(redis, settings);
  }

  /** Browser sessions keep the security context in the (Redis) web session. */
  @Bean
  ServerSecurityContextRepository serverSecurityContextRepository() {
    return new WebSessionServerSecurityContextRepository();
  }

  @Bean
  UserSessions userSessions(
      ReactiveFindByIndexNameSessionRepository<? extends Session> index,
      ReactiveSessionRepository<? extends Session> sessions,
      StaffUserRepository users,
      Clock clock) {
    return new UserSessions(index, sessions, users, clock);
  }
}
