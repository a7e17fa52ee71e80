package dk.renos.gateway.staff.web;

import dk.renos.gateway.problem.FieldProblems;
import dk.renos.gateway.staff.StaffUser;
import dk.renos.gateway.staff.StaffUserRepository;
import dk.renos.gateway.staff.StaffUsers;
import dk.renos.gateway.staff.UserSessions;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The owner's user management ({@code /api/admin/**} is OWNER-only at the gateway):
 *
 * <ul>
 *   <li>{@code GET /api/admin/users?page=&size=}: paged, by user name;
 *   <li>{@code POST /api/admin/users} {@code {"username","displayName","role","team","password"}}
 *       (no password: a one-time one is made and answered once as {@code temporaryPassword}), or
 *       {@code {"email","role","signIn":"GOOGLE"}} to invite a Google identity; 201;
 *   <li>{@code PATCH /api/admin/users/{id}} {@code {"role","team","displayName","enabled"}} (any
 *       subset); disabling ends the user's sessions;
 *   <li>{@code POST /api/admin/users/{id}/reset-password}: {@code {"temporaryPassword"}}, shown
 *       once; it signs in only to choose a new password, and the user's sessions end.
 * </ul>
 */
@RestController
@RequestMapping("/api/admin/users")
class UserAdminController {

  private static final Logger log = LoggerFactory.getLogger(UserAdminController.class);

  private final StaffUsers staff;
  private final StaffUserRepository users;
  private final UserSessions sessions;

  UserAdminController(StaffUsers staff, StaffUserRepository users, UserSessions sessions) {
    this.staff = staff;
    this.users = users;
    this.sessions = sessions;
  }

  @GetMapping
  Mono<Map<String, Object>> list(
      @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    int[] paging = paging(page, size);
    return blocking(
        () -> {
          long total = users.count();
          List<Map<String, Object>> content =
              users.page(paging[0] * paging[1], paging[1]).stream()
                  .map(UserAdminController::view)
                  .toList();
          Map<String, Object> pageInfo = new LinkedHashMap<>();
          pageInfo.put("size", paging[1]);
          pageInfo.put("number", paging[0]);
          pageInfo.put("totalElements", total);
          pageInfo.put("totalPages", (total + paging[1] - 1) / paging[1]);
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("content", content);
          body.put("page", pageInfo);
          return body;
        });
  }

  @PostMapping
  Mono<ResponseEntity<Map<String, Object>>> create(@RequestBody StaffUsers.NewUser request) {
    return blocking(() -> staff.create(request))
        .map(
            created -> {
              log.info("Staff user {} created ({})", created.user().id(), created.user().role());
              Map<String, Object> body = view(created.user());
              if (created.temporaryPassword() != null) {
                body.put("temporaryPassword", created.temporaryPassword());
              }
              return ResponseEntity.created(URI.create("/api/admin/users/" + created.user().id()))
                  .body(body);
            });
  }

  @PatchMapping("/{id}")
  Mono<Map<String, Object>> update(
      @PathVariable long id, @RequestBody StaffUsers.UserChange change) {
    return blocking(() -> staff.update(id, change))
        .flatMap(
            user -> {
              log.info("Staff user {} changed", id);
              return (user.enabled()
                      ? Mono.<Instant>empty()
                      : sessions.endAll(user.id(), user.username()))
                  .thenReturn(view(user));
            });
  }

  @PostMapping("/{id}/reset-password")
  Mono<Map<String, Object>> resetPassword(@PathVariable long id) {
    return blocking(() -> staff.resetPassword(id))
        .flatMap(
            temporary -> {
              StaffUser user = staff.find(id);
              log.info("Password of staff user {} reset by an owner", id);
              return sessions
                  .endAll(user.id(), user.username())
                  .thenReturn(Map.<String, Object>of("temporaryPassword", temporary));
            });
  }

  static Map<String, Object> view(StaffUser user) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", user.id());
    view.put("username", user.username());
    view.put("displayName", user.shownName());
    view.put("email", user.email());
    view.put("role", user.role().name());
    view.put("team", user.team());
    view.put("signIn", user.signIn().name());
    view.put("enabled", user.enabled());
    view.put("passwordChangeRequired", user.mustChangePassword());
    view.put("createdAt", user.createdAt().toString());
    return view;
  }

  private static int[] paging(String page, String size) {
    FieldProblems problems = new FieldProblems();
    int number = number(page, 0, 0, Integer.MAX_VALUE, "page", problems);
    int count = number(size, 20, 1, 100, "size", problems);
    problems.throwIfAny();
    return new int[] {number, count};
  }

  private static int number(
      String value, int fallback, int min, int max, String field, FieldProblems problems) {
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(field, "must be a number from " + min + " to " + max);
    return fallback;
  }

  private static <T> Mono<T> blocking(java.util.concurrent.Callable<T> work) {
    return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
  }
}
