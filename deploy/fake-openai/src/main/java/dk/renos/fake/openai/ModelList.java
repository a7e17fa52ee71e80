package dk.renos.fake.openai;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** GET /v1/models and /v1/models/{id}, in OpenAI's shape. */
final class ModelList {
  /** A fixed "created" so that the listing is the same on every run. */
  private static final long CREATED = 1_700_000_000L;

  private ModelList() {}

  static HttpAnswer list(List<String> ids) {
    ObjectNode root = Json.object().put("object", "list");
    ArrayNode data = root.putArray("data");
    ids.forEach(id -> data.add(model(id)));
    return HttpAnswer.ok(root);
  }

  static HttpAnswer one(String id) {
    return HttpAnswer.ok(model(id));
  }

  private static ObjectNode model(String id) {
    return Json.object()
        .put("id", id)
        .put("object", "model")
        .put("created", CREATED)
        .put("owned_by", "fake-openai");
  }
}
