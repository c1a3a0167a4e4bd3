package io.cloudsuite.commons.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.cloudsuite.commons.problem.ProblemDetail;
import io.cloudsuite.commons.problem.ProblemType;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Gives every documented problem response an example of its own: its status, the type the shared mappers answer
 * with for that status, and its own operation's path as {@code instance}. Without it, every problem response shows
 * the Problem schema's one example (a 400 from some other operation). A response that declares its own example (a
 * service's own problem type) keeps it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemExamplesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach(this::addExamples);
    }

    private void addExamples(String path, PathItem item) {
        for (Map.Entry<PathItem.HttpMethod, Operation> operation :
                item.getOperations().entrySet()) {
            if (operation.getValue().getResponses() == null
                    || operation.getValue().getResponses().getAPIResponses() == null) {
                continue;
            }
            operation
                    .getValue()
                    .getResponses()
                    .getAPIResponses()
                    .forEach((code, response) -> addExample(path, code, response));
        }
    }

    private static void addExample(String path, String code, APIResponse response) {
        if (response.getContent() == null || !code.matches("[45][0-9][0-9]")) {
            return;
        }
        MediaType problem = response.getContent().getMediaType(ProblemDetail.MEDIA_TYPE);
        if (problem == null
                || problem.getExample() != null
                || (problem.getExamples() != null && !problem.getExamples().isEmpty())) {
            return;
        }
        int status = Integer.parseInt(code);
        Response.Status known = Response.Status.fromStatusCode(status);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", typeFor(status).uri().toString());
        example.put("title", known == null ? "HTTP " + status : known.getReasonPhrase());
        example.put("status", status);
        example.put("detail", response.getDescription());
        example.put("instance", path);
        problem.setExample(example);
    }

    /** The type the shared mappers answer with for this status (services name their own types in their examples). */
    static ProblemType typeFor(int status) {
        return switch (status) {
            case 400 -> ProblemType.VALIDATION_FAILED;
            case 503 -> ProblemType.BACKEND_UNAVAILABLE;
            case 500 -> ProblemType.INTERNAL_ERROR;
            default -> ProblemType.HTTP_STATUS;
        };
    }
}
