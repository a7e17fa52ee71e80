package dk.renos.support.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Puts the RFC 9457 problem+json answers of every RenOS service into its OpenAPI document, so
 * clients (the staff web app's generated types) know their shape: schema {@code Problem} with the
 * optional {@code errors: [{field, message}]} of validation failures ({@code
 * ValidationProblemDetailsAdvice}). Every operation gets {@code 400} when it takes parameters or a
 * body, {@code 404} when its path has a variable, and {@code default} for anything else; responses
 * an operation already declares are left alone.
 */
class ProblemResponses implements GlobalOpenApiCustomizer {

  static final String PROBLEM_JSON = "application/problem+json";
  static final String PROBLEM = "Problem";
  static final String FIELD_PROBLEM = "FieldProblem";

  @Override
  public void customise(OpenAPI openApi) {
    openApi.getComponents().addSchemas(FIELD_PROBLEM, fieldProblem());
    openApi.getComponents().addSchemas(PROBLEM, problem());
    if (openApi.getPaths() == null) {
      return;
    }
    openApi
        .getPaths()
        .forEach(
            (path, item) -> item.readOperationsMap().forEach((method, op) -> add(path, item, op)));
  }

  private static void add(String path, PathItem item, Operation operation) {
    ApiResponses responses = operation.getResponses();
    if (responses == null) {
      responses = new ApiResponses();
      operation.setResponses(responses);
    }
    boolean takesInput =
        (operation.getParameters() != null && !operation.getParameters().isEmpty())
            || (item.getParameters() != null && !item.getParameters().isEmpty())
            || operation.getRequestBody() != null;
    if (takesInput) {
      responses.putIfAbsent(
          "400",
          problemResponse(
              "Invalid input: `errors` names each invalid field or parameter with what is wrong"));
    }
    if (path.contains("{")) {
      responses.putIfAbsent("404", problemResponse("Nothing with that id"));
    }
    responses.putIfAbsent("default", problemResponse("Any other error, as problem+json"));
  }

  private static ApiResponse problemResponse(String description) {
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(
                    PROBLEM_JSON,
                    new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
  }

  private static Schema<?> fieldProblem() {
    Map<String, Schema> properties = new TreeMap<>();
    properties.put("field", new StringSchema().description("the field or request parameter"));
    properties.put("message", new StringSchema().description("what is wrong with it"));
    return new ObjectSchema()
        .description("One invalid input of a request")
        .properties(properties)
        .required(List.of("field", "message"));
  }

  private static Schema<?> problem() {
    Map<String, Schema> properties = new TreeMap<>();
    properties.put("type", new StringSchema().description("URI of the problem type"));
    properties.put("title", new StringSchema());
    properties.put("status", new IntegerSchema().format("int32"));
    properties.put("detail", new StringSchema());
    properties.put("instance", new StringSchema().description("the request path"));
    properties.put(
        "errors",
        new ArraySchema()
            .items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM))
            .description("validation failures, one per field (400 only)"));
    return new ObjectSchema()
        .description("RFC 9457 problem details")
        .properties(properties)
        .additionalProperties(true);
  }
}
