package dk.renos.support.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.Locale;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Operation ids from the method and the path ({@code GET /api/leads/{id}} → {@code getLeadsById}),
 * instead of springdoc's Java method names, which clash across controllers ({@code list}, {@code
 * list_1}, …) and would renumber when a controller is added. Stable ids keep the committed
 * documents and the web app's generated types stable.
 */
class OperationIds implements GlobalOpenApiCustomizer {

  @Override
  public void customise(OpenAPI openApi) {
    if (openApi.getPaths() == null) {
      return;
    }
    openApi
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) ->
                            operation.setOperationId(
                                operationId(method.name().toLowerCase(Locale.ROOT), path))));
  }

  static String operationId(String method, String path) {
    StringBuilder id = new StringBuilder(method);
    String rest = path.startsWith("/api/") ? path.substring("/api".length()) : path;
    for (String segment : rest.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      boolean variable = segment.startsWith("{") && segment.endsWith("}");
      if (variable) {
        id.append("By");
        segment = segment.substring(1, segment.length() - 1);
      }
      for (String word : segment.split("[-_.]")) {
        if (!word.isEmpty()) {
          id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
      }
    }
    return id.toString();
  }
}
