package io.cloudsuite.testing;

import java.lang.annotation.Annotation;
import java.util.Map;

import io.cloudsuite.backends.LocalBackend;
import io.cloudsuite.backends.LocalBackendKind;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real local server of one kind on a free loopback port for the tests that use it, points the service's
 * client at it, injects it into the test field marked with the kind's annotation (so a test can stop and restart it
 * to simulate an outage), and stops it afterwards.
 */
abstract class LocalBackendResource<B extends LocalBackend> implements QuarkusTestResourceLifecycleManager {

    private final LocalBackendKind kind;
    private final Class<B> type;
    private final Class<? extends Annotation> injectInto;
    private B server;

    LocalBackendResource(LocalBackendKind kind, Class<B> type, Class<? extends Annotation> injectInto) {
        this.kind = kind;
        this.type = type;
        this.injectInto = injectInto;
    }

    @Override
    public Map<String, String> start() {
        server = type.cast(kind.startOnFreePort());
        return kind.clientConfiguration(server);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(injectInto, type));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
