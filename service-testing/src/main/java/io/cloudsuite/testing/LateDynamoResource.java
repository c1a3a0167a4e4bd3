package io.cloudsuite.testing;

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
}
