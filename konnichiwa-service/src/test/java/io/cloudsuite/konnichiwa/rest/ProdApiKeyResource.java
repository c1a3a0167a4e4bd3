package io.cloudsuite.konnichiwa.rest;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives the packaged jar (prod profile, which has no key and refuses to start without one, or with the development
 * key) a key meeting the production rule, as a deployment gives it its keys: from outside the application's own
 * configuration.
 */
public class ProdApiKeyResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("konnichiwa.api-keys", DevelopmentKey.PACKAGED);
    }

    @Override
    public void stop() {
        // nothing started
    }
}
