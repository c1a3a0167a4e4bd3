import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * people-info-service's load for platform-local's rolling deploy (run.sh), where every acknowledged create must be
 * checked afterwards, which the Gatling simulation (it deletes its people, and sends no Idempotency-Key) cannot do.
 *
 * <p>Clients arrive at a constant rate. Each creates a person under a surname of its own with an
 * {@code Idempotency-Key}; an attempt answered 5xx or not answered is repeated after a second with the same key and
 * body, as the service's contract asks, up to {@code attempts} times. Then it reads the person by id {@code reads}
 * times (a failed read is repeated too), each answer checked for the id and surname. After the load, every
 * acknowledged create is looked up by its surname: exactly one person, with the acknowledged id (a retried create
 * stored twice would show two).
 *
 * <p>Prints one line: {@code requests ok failed unexpected clients acknowledged replayed unacknowledged once missing
 * duplicated}, as {@code name=value}. {@code failed} counts the attempts answered 5xx or not at all (Gatling's KO;
 * the proxy logs each one), {@code unexpected} the other wrong answers. Uses nothing but the JDK:
 * {@code java PeopleLoad.java BASE_URL RATE DURATION_SECONDS [READS] [ATTEMPTS]}.
 */
public final class PeopleLoad {

    private static final String PEOPLE = "/api/v1/people";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final String baseUrl;
    private final int reads;
    private final int attempts;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    /** Surname of each acknowledged create, and the id its 201 named. */
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    private PeopleLoad(String baseUrl, int reads, int attempts) {
        this.baseUrl = baseUrl;
        this.reads = reads;
        this.attempts = attempts;
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 3 || args.length > 5) {
            System.err.println("usage: java PeopleLoad.java BASE_URL RATE DURATION_SECONDS [READS] [ATTEMPTS]");
            System.exit(2);
        }
        double rate = Double.parseDouble(args[1]);
        long seconds = Long.parseLong(args[2]);
        PeopleLoad load = new PeopleLoad(args[0], args.length > 3 ? Integer.parseInt(args[3]) : 3,
                args.length > 4 ? Integer.parseInt(args[4]) : 5);
        load.drive(rate, seconds);
        load.verify();
        System.out.println(load.summary());
    }

    /** Starts a client every 1/rate seconds for the duration, then waits for the clients to finish. */
    private void drive(double rate, long seconds) throws InterruptedException {
        ExecutorService clients = Executors.newCachedThreadPool();
        ScheduledExecutorService arrivals = Executors.newSingleThreadScheduledExecutor();
        AtomicLong number = new AtomicLong();
        arrivals.scheduleAtFixedRate(() -> {
            String surname = "PlatformLocal-" + run + "-" + number.incrementAndGet();
            clients.execute(() -> client(surname));
        }, 0, Math.round(1e9 / rate), TimeUnit.NANOSECONDS);
        TimeUnit.SECONDS.sleep(seconds);
        arrivals.shutdownNow();
        arrivals.awaitTermination(5, TimeUnit.SECONDS);
        clients.shutdown();
        if (!clients.awaitTermination(120, TimeUnit.SECONDS)) {
            count("stuck-clients");
        }
    }

    private void client(String surname) {
        count("clients");
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"Ada\",\"surname\":\"" + surname + "\",\"birthdate\":\"1990-02-28\","
                + "\"address\":\"1 Rolling Street\"}";
        HttpRequest create = HttpRequest.newBuilder(URI.create(baseUrl + PEOPLE))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        Optional<HttpResponse<String>> created = send(create, 201, surname);
        if (created.isEmpty()) {
            count("unacknowledged");
            return;
        }
        Matcher id = ID.matcher(created.get().body());
        if (!id.find()) {
            count("unexpected");
            count("unacknowledged");
            return;
        }
        acknowledged.put(surname, id.group(1));
        count("acknowledged");
        if (created.get().headers().firstValue("Idempotent-Replayed").isPresent()) {
            count("replayed");
        }
        HttpRequest read = HttpRequest.newBuilder(URI.create(baseUrl + PEOPLE + "/" + id.group(1)))
                .timeout(Duration.ofSeconds(30))
                .build();
        for (int i = 0; i < reads; i++) {
            send(read, 200, "\"id\":\"" + id.group(1) + "\"");
        }
    }

    /**
     * The request until it gets the expected status with an answer containing {@code mustContain}: repeated
     * after a 5xx or no answer (a failed attempt), up to {@code attempts} times; any other answer is unexpected and
     * ends it.
     */
    private Optional<HttpResponse<String>> send(HttpRequest request, int expected, String mustContain) {
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                pause();
            }
            count("requests");
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException noAnswer) {
                count("failed");
                continue;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            if (response.statusCode() >= 500) {
                count("failed");
                continue;
            }
            if (response.statusCode() == expected && response.body().contains(mustContain)) {
                count("ok");
                return Optional.of(response);
            }
            count("unexpected");
            System.err.println("unexpected answer to " + request.method() + " " + request.uri() + ": "
                    + response.statusCode() + " " + response.body());
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Every acknowledged create, by its surname: exactly one person, the acknowledged one. */
    private void verify() {
        acknowledged.forEach((surname, id) -> {
            HttpRequest list = HttpRequest.newBuilder(URI.create(baseUrl + PEOPLE + "?limit=100&surname="
                    + URLEncoder.encode(surname, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).build();
            Optional<HttpResponse<String>> page = send(list, 200, "\"items\"");
            if (page.isEmpty()) {
                count("unverified");
                return;
            }
            List<String> ids = ID.matcher(page.get().body()).results().map(match -> match.group(1))
                    .collect(Collectors.toList());
            if (ids.size() > 1) {
                count("duplicated");
                System.err.println("stored " + ids.size() + " times: " + surname + " " + ids);
            } else if (ids.equals(List.of(id))) {
                count("once");
            } else {
                count("missing");
                System.err.println("acknowledged but not stored: " + surname + " " + id + " (listed: " + ids + ")");
            }
        });
    }

    private String summary() {
        return List.of("requests", "ok", "failed", "unexpected", "clients", "acknowledged", "replayed",
                        "unacknowledged", "once", "missing", "duplicated", "unverified", "stuck-clients").stream()
                .map(name -> name + "=" + counts.getOrDefault(name, new AtomicLong()).get())
                .collect(Collectors.joining(" "));
    }

    private void count(String name) {
        counts.computeIfAbsent(name, ignored -> new AtomicLong()).incrementAndGet();
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
