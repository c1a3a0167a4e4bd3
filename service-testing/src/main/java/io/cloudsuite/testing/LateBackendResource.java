package io.cloudsuite.testing;

import java.net.URI;
import java.util.Map;

import io.cloudsuite.backends.LocalBackend;
import io.cloudsuite.backends.LocalBackendKind;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real local server of one kind and a {@link LatencyProxy} in front of it, points the service at the proxy,
 * and injects the proxy into the test field marked {@link InjectLatencyProxy}, so the test decides which answers
 * come late. The service under test (or a {@link PackagedReplica} given {@link #clientConfiguration}) never talks to
 * the server directly.
 */
abstract class LateBackendResource implements QuarkusTestResourceLifecycleManager {

    private final LocalBackendKind kind;
    private LocalBackend server;
    private LatencyProxy proxy;

    LateBackendResource(LocalBackendKind kind) {
        this.kind = kind;
    }

    @Override
    public Map<String, String> start() {
        server = kind.startOnFreePort();
        proxy = LatencyProxy.inFrontOf(URI.create(server.uri()));
        return kind.clientConfiguration(proxy.uri());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                proxy, new TestInjector.AnnotatedAndMatchesType(InjectLatencyProxy.class, LatencyProxy.class));
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
