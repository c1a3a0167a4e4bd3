package io.cloudsuite.launcher;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudsuite.backends.suite.SuiteService;

/**
 * One real request to a service, from the service itself: the call it declares for the deploy's smoke check
 * ({@code suite.smoke-check.path}), else one taken from its own OpenAPI document, so a new service needs no entry
 * anywhere else:
 * the first GET operation of its API (not the shared {@code /ping} or {@code /q/} endpoints, not a redirect) that
 * documents a 2xx answer and an
 * example for every required parameter, called with those examples. Read-only by construction (GET).
 *
 * @param path        the documented path, e.g. {@code /api/v1/clock}
 * @param pathAndQuery the path to call, examples filled in, e.g. {@code /api/v1/clock?mirror_time=12%3A22}
 * @param secured     whether the operation needs credentials (its own or the document's security requirement)
 * @param headers     the required header parameters, set to their examples (e.g. stream-limiter's viewer address)
 */
record ProbeRequest(String path, String pathAndQuery, boolean secured, Map<String, String> headers) {

    ProbeRequest(String path, String pathAndQuery, boolean secured) {
        this(path, pathAndQuery, secured, Map.of());
    }

    /** The path service-commons gives every service, which says nothing about the service's own API. */
    private static final String SHARED_PING = "/ping";

    /** The key a service declares its one real call under; the deploy's post-deploy smoke check calls it too. */
    static final String DECLARED_CALL = "suite.smoke-check.path";

    /**
     * The service's own declared real call ({@code suite.smoke-check.path}, prod value first, as the deploy reads it)
     * when it declares one, else the first suitable GET of its OpenAPI document.
     */
    static Optional<ProbeRequest> of(SuiteService service, JsonNode openApi) {
        return declared(service)
                .map(call -> withDocumentedHeaders(call, openApi))
                .or(() -> from(openApi));
    }

    /** The declared call with the examples of the headers its operation requires (stream-limiter's viewer address). */
    private static ProbeRequest withDocumentedHeaders(ProbeRequest call, JsonNode openApi) {
        return at(openApi, call.path())
                .map(documented ->
                        new ProbeRequest(call.path(), call.pathAndQuery(), call.secured(), documented.headers()))
                .orElse(call);
    }

    static Optional<ProbeRequest> declared(SuiteService service) {
        return Optional.ofNullable(service.configuration()
                        .getProperty(
                                "%prod." + DECLARED_CALL,
                                service.configuration().getProperty(DECLARED_CALL)))
                .map(String::strip)
                .filter(path -> path.startsWith("/"))
                .map(path -> new ProbeRequest(path.split("\\?", 2)[0], path, false));
    }

    static Optional<ProbeRequest> from(JsonNode openApi) {
        return candidates(openApi).stream()
                .filter(request -> !request.secured())
                .findFirst();
    }

    /** The documented GET operation at a path, e.g. konnichiwa's {@code /inspect}. */
    static Optional<ProbeRequest> at(JsonNode openApi, String path) {
        return candidates(openApi).stream()
                .filter(request -> request.path().equals(path))
                .findFirst();
    }

    static List<ProbeRequest> candidates(JsonNode openApi) {
        List<ProbeRequest> found = new ArrayList<>();
        boolean securedByDefault = openApi.path("security").size() > 0;
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> entry = paths.next();
            String path = entry.getKey();
            JsonNode get = entry.getValue().path("get");
            if (get.isMissingNode() || path.startsWith("/q/") || SHARED_PING.equals(path) || !documentsSuccess(get)) {
                continue;
            }
            List<JsonNode> parameters = new ArrayList<>();
            entry.getValue().path("parameters").forEach(parameters::add);
            get.path("parameters").forEach(parameters::add);
            Map<String, String> headers = new LinkedHashMap<>();
            Optional<String> filled = fill(path, parameters, headers);
            if (filled.isPresent()) {
                boolean secured = get.has("security") ? get.path("security").size() > 0 : securedByDefault;
                found.add(new ProbeRequest(path, filled.get(), secured, Map.copyOf(headers)));
            }
        }
        return found;
    }

    private static boolean documentsSuccess(JsonNode operation) {
        Iterator<String> codes = operation.path("responses").fieldNames();
        while (codes.hasNext()) {
            if (codes.next().startsWith("2")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The path with every required path and query parameter set to its example, and every required header's example
     * put in {@code headers}; empty if one has none.
     */
    private static Optional<String> fill(String path, List<JsonNode> parameters, Map<String, String> headers) {
        String filled = path;
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : parameters) {
            String in = parameter.path("in").asText();
            boolean required = parameter.path("required").asBoolean(false) || "path".equals(in);
            if (!required) {
                continue;
            }
            Optional<String> example = example(parameter);
            if (example.isEmpty() || !("path".equals(in) || "query".equals(in) || "header".equals(in))) {
                return Optional.empty();
            }
            if ("header".equals(in)) {
                headers.put(parameter.path("name").asText(), example.get());
                continue;
            }
            String value = URLEncoder.encode(example.get(), StandardCharsets.UTF_8);
            if ("path".equals(in)) {
                filled = filled.replace("{" + parameter.path("name").asText() + "}", value);
            } else {
                query.append(query.isEmpty() ? "?" : "&")
                        .append(parameter.path("name").asText())
                        .append('=')
                        .append(value);
            }
        }
        return Optional.of(filled + query);
    }

    private static Optional<String> example(JsonNode parameter) {
        for (JsonNode candidate : List.of(
                parameter.path("example"),
                parameter.path("schema").path("example"),
                parameter.path("schema").path("examples").path(0),
                parameter.path("schema").path("default"))) {
            if (candidate.isValueNode()) {
                return Optional.of(candidate.asText());
            }
        }
        Iterator<JsonNode> examples = parameter.path("examples").elements();
        if (examples.hasNext()) {
            JsonNode value = examples.next().path("value");
            if (value.isValueNode()) {
                return Optional.of(value.asText());
            }
        }
        return Optional.empty();
    }
}
