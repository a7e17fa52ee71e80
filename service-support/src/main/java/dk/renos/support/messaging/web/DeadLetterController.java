package dk.renos.support.messaging.web;

import dk.renos.support.messaging.DeadLetterStore;
import dk.renos.support.messaging.DeadLetterStore.DeadLetter;
import dk.renos.support.web.NotFoundException;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' view of this service's dead letters, at {@code /api/admin/dead-letters/<service>} (the
 * gateway passes the path through and lets only ADMIN staff in): list them, newest first, and send
 * one back to where it came from.
 */
@RestController
@Validated
@RequestMapping("/api/admin/dead-letters/${spring.application.name}")
public class DeadLetterController {

  private static final Logger log = LoggerFactory.getLogger(DeadLetterController.class);

  private final DeadLetterStore store;

  public DeadLetterController(DeadLetterStore store) {
    this.store = store;
  }

  @GetMapping
  public PagedModel<DeadLetter> list(@Valid PageParams paging) {
    Pageable page = paging.toPageable(Sort.unsorted());
    List<DeadLetter> all = store.list();
    int from = (int) Math.min(page.getOffset(), all.size());
    int to = Math.min(from + page.getPageSize(), all.size());
    return new PagedModel<>(new PageImpl<>(all.subList(from, to), page, all.size()));
  }

  @PostMapping("/{partition}/{offset}/replay")
  public ResponseEntity<?> replay(
      @PathVariable @Min(0) int partition, @PathVariable @Min(0) long offset) {
    return store
        .replay(partition, offset)
        .<ResponseEntity<?>>map(
            topic -> {
              log.info(
                  "Dead letter {}-{}@{} replayed to {}", store.topic(), partition, offset, topic);
              return ResponseEntity.accepted()
                  .body(Map.of("replayedTo", topic, "partition", partition, "offset", offset));
            })
        .orElseThrow(
            () ->
                new NotFoundException(
                    "dead letter",
                    store.topic() + " partition " + partition + " offset " + offset));
  }
}
