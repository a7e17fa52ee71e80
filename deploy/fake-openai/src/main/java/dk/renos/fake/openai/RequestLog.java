package dk.renos.fake.openai;

import java.util.ArrayList;
import java.util.List;

/** Every /v1/** request in arrival order. Thread-safe. */
final class RequestLog {
  private final List<RecordedRequest> requests = new ArrayList<>();
  private int nextSequence = 1;

  synchronized int nextSequence() {
    return nextSequence++;
  }

  synchronized void add(RecordedRequest request) {
    requests.add(request);
    requests.sort(java.util.Comparator.comparingInt(RecordedRequest::sequence));
  }

  synchronized List<RecordedRequest> all() {
    return List.copyOf(requests);
  }

  synchronized void clear() {
    requests.clear();
    nextSequence = 1;
  }
}
