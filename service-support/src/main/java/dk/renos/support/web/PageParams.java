package dk.renos.support.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Validated {@code ?page=&size=} query parameters for list endpoints. Bind with {@code @Valid
 * PageParams paging}; out-of-range or non-numeric values become a 400 problem+json with one {@code
 * errors} entry per parameter (unlike Spring Data's Pageable, which silently clamps them).
 */
public record PageParams(@Min(0) Integer page, @Min(1) @Max(PageParams.MAX_SIZE) Integer size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public Pageable toPageable(Sort sort) {
    return PageRequest.of(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, sort);
  }
}
