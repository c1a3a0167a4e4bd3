package io.cloudsuite.testing;

import io.cloudsuite.backends.LocalBackendKind;

/**
 * A local Redis behind a {@link LatencyProxy}: hold the answer of a chosen command past the service's backend bound
 * ({@code suite.backend.timeout}) and the service answers 503 for a command Redis has already carried out.
 */
public class LateRedisResource extends LateBackendResource {

    public LateRedisResource() {
        super(LocalBackendKind.REDIS);
    }
}
