package io.cloudsuite.testing;

import java.time.Duration;

import org.eclipse.microprofile.config.ConfigProvider;

import io.cloudsuite.backends.LocalBackendKind;

/**
 * A local DynamoDB-compatible server (Dynoxide) behind a {@link LatencyProxy}: hold the answer of a chosen DynamoDB
 * operation past the SDK's attempt timeout ({@code quarkus.dynamodb.api-call-attempt-timeout}) and the SDK retries
 * a request the server has already carried out.
 */
public class LateDynamoResource extends LateBackendResource {

    public LateDynamoResource() {
        super(LocalBackendKind.DYNAMODB);
    }

    /** Longer than one SDK attempt may take ({@code quarkus.dynamodb.api-call-attempt-timeout}): the SDK retries. */
    public static Duration pastTheAttemptTimeout() {
        return setting("quarkus.dynamodb.api-call-attempt-timeout").plusMillis(200);
    }

    /** Longer than the SDK's whole call may take, retries included ({@code quarkus.dynamodb.api-call-timeout}). */
    public static Duration pastTheCallTimeout() {
        return setting("quarkus.dynamodb.api-call-timeout").plusMillis(500);
    }

    /** The service's setting (service-dynamodb's shared configuration, unless the service overrides it). */
    private static Duration setting(String name) {
        return ConfigProvider.getConfig().getValue(name, Duration.class);
    }
}
