package io.cloudsuite.backends;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Speaks just enough of DynamoDB's JSON protocol to prove a real server answers; no SDK in this module. */
final class DynamoHttp {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private DynamoHttp() {}

    /** Calls one DynamoDB operation and returns the HTTP status and body. */
    static HttpResponse<String> call(int port, String operation, String jsonBody) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                // Dynoxide wants the SigV4 headers present; it does not verify the signature.
                .header("X-Amz-Date", "20260101T000000Z")
                .header(
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/dynamodb/aws4_request, "
                                + "SignedHeaders=host;x-amz-date, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static String tableNames(int port) throws IOException {
        HttpResponse<String> response = call(port, "ListTables", "{}");
        if (response.statusCode() != 200) {
            throw new IOException("ListTables answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static void createTable(int port, String name) throws IOException {
        HttpResponse<String> response = call(port, "CreateTable", """
                {"TableName": "%s", "BillingMode": "PAY_PER_REQUEST",
                 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}]}""".formatted(name));
        if (response.statusCode() != 200) {
            throw new IOException("CreateTable answered " + response.statusCode() + ": " + response.body());
        }
    }
}
