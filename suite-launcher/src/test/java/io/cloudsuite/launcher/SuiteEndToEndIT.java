package io.cloudsuite.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudsuite.backends.ExecutableOnPath;
import io.cloudsuite.backends.TcpProbe;
import io.cloudsuite.backends.suite.SuiteModules;
import io.cloudsuite.backends.suite.SuiteService;

/**
 * {@code ./suite} end to end, as the README tells a newcomer to use it: up, one real request to each service,
 * status, a second up that starts nothing, the monitor, every Swagger UI driven in headless Chromium ("Try it out"
 * on one documented operation per service, konnichiwa's /inspect through the Authorize button), then down, after
 * which no process it started is left and every port is free. Screenshots land in target/swagger-ui/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCREENSHOTS = Path.of("target/swagger-ui").toAbsolutePath();

    private final List<SuiteService> services = SuiteModules.services(SuiteScript.ROOT);
    private final Map<String, String> developmentKeys = developmentKeys(services);
    private final SuiteScript suite =
            new SuiteScript(Path.of("target/e2e-suite").toAbsolutePath(), monitorKeys(developmentKeys));
    private SuiteState started;

    @BeforeAll
    void up() throws Exception {
        SuiteScript.Result up = suite.run("up");
        started = suite.state();
        assertEquals(0, up.exit(), up.output());
        for (SuiteService service : services) {
            assertTrue(up.output().contains(service.name()), "up's table names " + service.name());
            assertTrue(started.service(service.name()).isPresent(), service.name() + " was started");
        }
    }

    @Test
    @Order(1)
    void everyServiceAnswersARealRequest() {
        for (SuiteService service : services) {
            String base = Status.baseUrl(started.service(service.name()).orElseThrow());
            ProbeRequest probe = ProbeRequest.of(service, openApi(base))
                    .orElseThrow(() -> new AssertionError(service.name()
                            + " declares no real call and its OpenAPI document has no GET with examples"));
            Http.Answer answer = Http.get(base + probe.pathAndQuery(), probe.headers(), Duration.ofSeconds(10));
            assertEquals(200, answer.status(), service.name() + " GET " + probe.pathAndQuery() + ": " + answer);
            assertFalse(answer.body().isBlank(), service.name() + " answered an empty body");
        }
    }

    @Test
    @Order(2)
    void statusNamesEveryServiceReady() throws Exception {
        SuiteScript.Result status = suite.run("status");
        assertEquals(0, status.exit(), status.output());
        for (SuiteService service : services) {
            assertTrue(
                    status.output()
                            .lines()
                            .anyMatch(line -> line.startsWith(service.name() + " ") && line.contains("ready (pid")),
                    service.name() + " ready in:\n" + status.output());
        }
    }

    @Test
    @Order(3)
    void aSecondUpStartsNothing() throws Exception {
        SuiteScript.Result again = suite.run("up");
        assertEquals(0, again.exit(), again.output());
        assertTrue(again.output().contains("already runs"), again.output());
        assertEquals(started.processes(), suite.state().processes(), "the same processes, none added");
    }

    @Test
    @Order(4)
    void theMonitorFindsEveryServiceHealthy() throws Exception {
        // The host's real CPU and memory depend on whatever else this machine runs (a CI runner starting five JVMs
        // is busy): thresholds at 100 % keep this about the checks themselves; MonitorTest covers the thresholds.
        SuiteScript.Result monitor = suite.run("monitor", "--cpu-threshold", "100", "--memory-threshold", "100");
        assertEquals(Monitor.HEALTHY, monitor.exit(), monitor.output());
        assertEquals(
                services.size(),
                monitor.output().lines().filter(line -> line.contains(" OK ")).count(),
                monitor.output());
        for (String key : developmentKeys.values()) {
            assertFalse(monitor.output().contains(key), "the monitor never prints a key");
        }
    }

    @Test
    @Order(5)
    void everySwaggerUiExecutesADocumentedOperation() throws Exception {
        ChromeDriver browser = headlessChromium();
        try {
            for (SuiteService service : services) {
                String base = Status.baseUrl(started.service(service.name()).orElseThrow());
                JsonNode openApi = openApi(base);
                SwaggerUiPage page = new SwaggerUiPage(browser, base + "/q/swagger-ui/");
                ProbeRequest operation = securedOperation(service, openApi)
                        .or(() -> ProbeRequest.declared(service).flatMap(call -> ProbeRequest.at(openApi, call.path())))
                        .or(() -> ProbeRequest.from(openApi))
                        .orElseThrow(() -> new AssertionError(service.name() + " documents nothing to try"));
                if (operation.secured()) {
                    page.authorize(developmentKeys.get(service.name()));
                }
                SwaggerUiPage.Shown shown = page.tryGet(operation.path());
                page.screenshot(SCREENSHOTS.resolve(service.name() + ".png"));

                assertEquals("200", shown.status(), service.name() + " GET " + operation.path() + " in Swagger UI");
                Map<String, String> headers = new java.util.HashMap<>(operation.headers());
                if (operation.secured()) {
                    headers.put("Authorization", "Bearer " + developmentKeys.get(service.name()));
                }
                Http.Answer direct = Http.get(base + operation.pathAndQuery(), headers, Duration.ofSeconds(10));
                assertEquals(
                        fieldNames(direct.body()),
                        fieldNames(shown.body()),
                        service.name() + ": the page shows the answer the API gives:\n" + shown.body());
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(6)
    void aServiceKilledOutrightIsReportedAndTheNextUpCleansUpAndStartsAgain() throws Exception {
        RecordedProcess victim = started.processes(RecordedProcess.Role.SERVICE).get(0);
        ProcessHandle handle = victim.handle().orElseThrow();
        handle.destroyForcibly();
        handle.onExit().get();

        SuiteScript.Result status = suite.run("status");
        assertEquals(1, status.exit(), status.output());
        assertTrue(
                status.output().contains(victim.name()) && status.output().contains("gone (pid " + victim.pid()),
                status.output());

        SuiteScript.Result up = suite.run("up");
        assertEquals(0, up.exit(), up.output());
        assertTrue(up.output().contains("stopping what is left"), up.output());
        for (RecordedProcess old : started.processes()) {
            assertFalse(old.isAlive(), "the next up stopped " + Status.describe(old) + " before starting afresh");
        }
        started = suite.state();
        assertEquals(0, suite.run("status").exit());
    }

    @AfterAll
    void downLeavesNothing() throws Exception {
        SuiteScript.Result down = suite.run("down");
        assertEquals(0, down.exit(), down.output());
        for (RecordedProcess process : started.processes()) {
            assertFalse(process.isAlive(), Status.describe(process) + " (pid " + process.pid() + ") still runs");
        }
        List<Integer> ports = new ArrayList<>();
        started.processes(RecordedProcess.Role.SERVICE).forEach(service -> ports.add(service.port()));
        started.backends().stream()
                .filter(backend -> !backend.external())
                .forEach(backend -> ports.add(URI.create(backend.uri()).getPort()));
        for (int port : ports) {
            assertFalse(TcpProbe.isAnswering("127.0.0.1", port), "port " + port + " is still taken");
        }
        SuiteScript.Result status = suite.run("status");
        assertTrue(status.output().contains("not running"), status.output());
    }

    /** konnichiwa's /inspect: the operation the issue wants tried through the Authorize button. */
    private Optional<ProbeRequest> securedOperation(SuiteService service, JsonNode openApi) {
        if (!developmentKeys.containsKey(service.name())) {
            return Optional.empty();
        }
        return ProbeRequest.candidates(openApi).stream()
                .filter(ProbeRequest::secured)
                .findFirst();
    }

    /** The development API key a service documents for the dev profile, e.g. {@code %dev.konnichiwa.api-keys}. */
    private static Map<String, String> developmentKeys(List<SuiteService> services) {
        Map<String, String> keys = new HashMap<>();
        for (SuiteService service : services) {
            service.configuration().stringPropertyNames().stream()
                    .filter(name -> name.startsWith("%dev.") && name.matches(".*api[-_.]?keys?$"))
                    .findFirst()
                    .ifPresent(name -> keys.put(
                            service.name(),
                            resolved(service.configuration().getProperty(name))
                                    .split(",")[0]
                                    .strip()));
        }
        return keys;
    }

    /** A value such as {@code ${API_KEY:the-dev-key}} as the service resolves it in this environment. */
    private static String resolved(String value) {
        Matcher expression = Pattern.compile("^\\$\\{([^:}]+):([^}]*)}$").matcher(value.strip());
        if (!expression.matches()) {
            return value;
        }
        return Optional.ofNullable(System.getenv(expression.group(1))).orElse(expression.group(2));
    }

    private static Map<String, String> monitorKeys(Map<String, String> developmentKeys) {
        Map<String, String> environment = new HashMap<>();
        developmentKeys.forEach((service, key) -> environment.put(
                service.replaceFirst("-service$", "").toUpperCase().replace('-', '_') + "_API_KEY", key));
        return environment;
    }

    private static JsonNode openApi(String base) {
        Http.Answer answer = Http.get(base + "/q/openapi?format=json", Map.of(), Duration.ofSeconds(10));
        assertEquals(200, answer.status(), base + "/q/openapi");
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError(base + "/q/openapi is not JSON", e);
        }
    }

    private static TreeSet<String> fieldNames(String json) {
        try {
            TreeSet<String> names = new TreeSet<>();
            Iterator<String> fields = JSON.readTree(json).fieldNames();
            fields.forEachRemaining(names::add);
            return names;
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** Debian's chromium and chromedriver (./setup installs them), or Chrome where that is what exists. */
    private static ChromeDriver headlessChromium() {
        File browser = firstOnPath("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
        File driver = firstOnPath("chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver)
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static File firstOnPath(String... names) {
        for (String name : names) {
            Optional<Path> found = ExecutableOnPath.find(name);
            if (found.isPresent()) {
                return found.get().toFile();
            }
        }
        throw new AssertionError("none of " + List.of(names) + " is on the PATH: run ./setup once (it installs "
                + "Debian's chromium and chromium-driver), or put Chrome and a matching chromedriver on the PATH");
    }
}
