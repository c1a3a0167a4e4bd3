package io.cloudsuite.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The few HTTP calls the launcher and the monitor make, each bounded in time. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /** A response, or the reason there was none. */
    record Answer(int status, String body, Duration latency, String failure) {

        boolean answered() {
            return failure == null;
        }
    }

    private Http() {}

    static Answer get(String url, Map<String, String> headers, Duration timeout) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET();
        headers.forEach(request::header);
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - start), null);
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Answer(0, "", Duration.ofNanos(System.nanoTime() - start), why);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", Duration.ofNanos(System.nanoTime() - start), "interrupted");
        }
    }

    /** {@code /q/health/ready} on the service's management interface answers 200. */
    static boolean isReady(String managementUrl) {
        Answer answer = get(managementUrl + "/q/health/ready", Map.of(), Duration.ofSeconds(3));
        return answer.answered() && answer.status() == 200;
    }
}
