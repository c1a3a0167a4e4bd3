package io.cloudsuite.commons.health;

import jakarta.inject.Singleton;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import io.smallrye.health.api.HealthContentFilter;

/**
 * Keeps the internals of every check (a failing one above all) out of {@code /q/health}: exception text and backend addresses
 * ({@code Connection refused: /10.0.3.7:6379}) stay in the log, where SmallRye Health writes every DOWN answer in
 * full. The response still names each check and its status, which is all a load balancer or operator needs from it.
 */
@Singleton
public class HealthDetailFilter implements HealthContentFilter {

    private static final String CHECKS = "checks";
    private static final String DATA = "data";

    @Override
    public JsonObject filter(JsonObject payload) {
        if (!(payload.get(CHECKS) instanceof jakarta.json.JsonArray checks)) {
            return payload;
        }
        JsonArrayBuilder withoutData = Json.createArrayBuilder();
        for (JsonValue check : checks) {
            withoutData.add(check instanceof JsonObject object ? withoutData(object) : check);
        }
        JsonObjectBuilder filtered = Json.createObjectBuilder(payload);
        return filtered.add(CHECKS, withoutData).build();
    }

    private static JsonObject withoutData(JsonObject check) {
        return Json.createObjectBuilder(check).remove(DATA).build();
    }
}
