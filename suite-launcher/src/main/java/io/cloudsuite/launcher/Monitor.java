package io.cloudsuite.launcher;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudsuite.backends.suite.SuiteService;

/**
 * {@code ./suite monitor}: checks every service once (or every N seconds): readiness, the latency of one real
 * request, and, for a service that documents {@code GET /inspect} (konnichiwa), the host's CPU and memory use
 * against thresholds, as the konnichiwa seed's monitor did. One line per service. Exit code 0 when all are healthy,
 * 1 when one is down or unreachable, 2 when one is above a threshold.
 *
 * <p>The API key for {@code /inspect} comes from the environment only ({@code KONNICHIWA_API_KEY}, i.e.
 * {@code <SERVICE>_API_KEY}, else {@code API_KEY}) and is never printed.
 */
final class Monitor {

    static final int HEALTHY = 0;
    static final int DOWN = 1;
    static final int WARNING = 2;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to check and how ({@code ./suite monitor}'s options, see {@link SuiteCommand.MonitorCommand}). */
    record Options(
            List<String> services,
            Integer everySeconds,
            int cpuThreshold,
            int memoryThreshold,
            String domain,
            Map<String, String> urls) {}

    /**
     * A service and where it answers: its public URL, and its management interface (readiness) when the monitor can
     * reach it, i.e. a local suite's; behind a load balancer only the public URL is reachable, and the load balancer
     * itself sends requests only to ready replicas.
     */
    record Target(SuiteService service, String baseUrl, Optional<String> managementUrl) {}

    private Monitor() {}

    static int run(SuiteHome home, Options options) throws InterruptedException {
        List<Target> targets = targets(home, options);
        if (options.everySeconds() == null) {
            return checkAll(targets, options, System.getenv());
        }
        while (true) {
            checkAll(targets, options, System.getenv());
            Thread.sleep(options.everySeconds() * 1000L);
        }
    }

    /** Base URLs: {@code --url} per service, else {@code https://<service>.<domain>}, else the local suite. */
    static List<Target> targets(SuiteHome home, Options options) {
        Optional<SuiteState> state = SuiteState.load(home.stateFile());
        List<SuiteService> services;
        if (!options.services().isEmpty()
                || options.domain() != null
                || !options.urls().isEmpty()
                || state.isEmpty()
                || state.get().processes(RecordedProcess.Role.SERVICE).isEmpty()) {
            services = SuiteSelection.select(home, options.services());
        } else {
            List<String> running = state.get().processes(RecordedProcess.Role.SERVICE).stream()
                    .map(RecordedProcess::name)
                    .toList();
            services = SuiteSelection.select(home, running);
        }
        List<Target> targets = new ArrayList<>();
        for (SuiteService service : services) {
            Optional<String> given = Optional.ofNullable(options.urls().get(service.shortName()))
                    .or(() -> Optional.ofNullable(options.urls().get(service.name())));
            if (given.isPresent() || options.domain() != null) {
                targets.add(new Target(
                        service,
                        given.orElseGet(() -> "https://" + service.shortName() + "." + options.domain()),
                        Optional.empty()));
                continue;
            }
            Optional<RecordedProcess> local = state.flatMap(s -> s.service(service.name()));
            targets.add(new Target(
                    service,
                    "http://localhost:" + local.map(RecordedProcess::port).orElse(service.localPort()),
                    Optional.of("http://localhost:"
                            + local.map(RecordedProcess::managementPort).orElse(service.localManagementPort()))));
        }
        return targets;
    }

    static int checkAll(List<Target> targets, Options options, Map<String, String> environment) {
        int worst = HEALTHY;
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        for (Target target : targets) {
            Verdict verdict = check(target, options, environment);
            worst = Math.max(worst, verdict.exitCode());
            System.out.printf(
                    "%s %-4s %-22s %s%n", now, verdict.label(), target.service().name(), verdict.detail());
        }
        System.out.flush();
        return worst;
    }

    record Verdict(int exitCode, String detail) {

        String label() {
            return switch (exitCode) {
                case HEALTHY -> "OK";
                case WARNING -> "WARN";
                default -> "DOWN";
            };
        }
    }

    static Verdict check(Target target, Options options, Map<String, String> environment) {
        String base = target.baseUrl();
        if (target.managementUrl().isPresent()) {
            String management = target.managementUrl().get();
            Http.Answer ready = Http.get(management + "/q/health/ready", Map.of(), TIMEOUT);
            if (!ready.answered()) {
                return new Verdict(DOWN, management + " unreachable: " + ready.failure());
            }
            if (ready.status() != 200) {
                return new Verdict(DOWN, management + " not ready: /q/health/ready answered " + ready.status());
            }
        }
        Http.Answer document = Http.get(base + "/q/openapi?format=json", Map.of("Accept", "application/json"), TIMEOUT);
        Optional<JsonNode> openApi = parse(document);
        if (openApi.isEmpty()) {
            return new Verdict(
                    DOWN,
                    "ready, but its OpenAPI document " + base + "/q/openapi is unreadable (" + describe(document)
                            + ")");
        }
        Optional<ProbeRequest> probe = ProbeRequest.of(target.service(), openApi.get());
        if (probe.isEmpty()) {
            return new Verdict(
                    DOWN,
                    "ready, but it declares no " + ProbeRequest.DECLARED_CALL + " and its OpenAPI "
                            + "document names no GET operation with examples to call");
        }
        Http.Answer real =
                Http.get(base + probe.get().pathAndQuery(), probe.get().headers(), TIMEOUT);
        String latency = "ready, GET " + probe.get().pathAndQuery() + " -> " + describe(real);
        if (!real.answered() || real.status() / 100 != 2) {
            return new Verdict(DOWN, latency);
        }
        Optional<ProbeRequest> inspect = ProbeRequest.at(openApi.get(), "/inspect");
        if (inspect.isEmpty()) {
            return new Verdict(HEALTHY, latency);
        }
        return inspect(target, options, environment, latency);
    }

    /** The seed monitor's check: the host's CPU and memory use from /inspect against the thresholds. */
    private static Verdict inspect(Target target, Options options, Map<String, String> environment, String latency) {
        String variable = target.service().shortName().toUpperCase(Locale.ROOT).replace('-', '_') + "_API_KEY";
        String key = Optional.ofNullable(environment.get(variable))
                .filter(k -> !k.isBlank())
                .orElse(environment.get("API_KEY"));
        if (key == null || key.isBlank()) {
            return new Verdict(WARNING, latency + "; /inspect not checked: set " + variable + " in the environment");
        }
        Http.Answer answer = Http.get(target.baseUrl() + "/inspect", Map.of("Authorization", "Bearer " + key), TIMEOUT);
        Optional<JsonNode> body = parse(answer);
        if (!answer.answered() || answer.status() != 200 || body.isEmpty()) {
            return new Verdict(
                    DOWN,
                    latency + "; GET /inspect -> " + describe(answer)
                            + (answer.status() == 401 ? " (is " + variable + " one of the service's keys?)" : ""));
        }
        JsonNode system = body.get().path("system");
        if (!system.path("cpu_used_percent").isNumber()
                || !system.path("memory_used_percent").isNumber()) {
            return new Verdict(DOWN, latency + "; /inspect lacks system.cpu_used_percent / memory_used_percent");
        }
        int cpu = system.path("cpu_used_percent").asInt();
        int memory = system.path("memory_used_percent").asInt();
        String usage = String.format(
                "; cpu %d %% (limit %d %%), memory %d %% (limit %d %%)",
                cpu, options.cpuThreshold(), memory, options.memoryThreshold());
        boolean over = cpu > options.cpuThreshold() || memory > options.memoryThreshold();
        return new Verdict(over ? WARNING : HEALTHY, latency + usage + (over ? " ABOVE THRESHOLD" : ""));
    }

    private static Optional<JsonNode> parse(Http.Answer answer) {
        if (!answer.answered() || answer.status() != 200) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(answer.body()));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static String describe(Http.Answer answer) {
        return answer.answered()
                ? answer.status() + " in " + answer.latency().toMillis() + " ms"
                : "no answer (" + answer.failure() + ")";
    }
}
