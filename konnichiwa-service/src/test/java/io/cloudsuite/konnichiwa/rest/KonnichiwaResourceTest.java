package io.cloudsuite.konnichiwa.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.sun.management.OperatingSystemMXBean;

import io.cloudsuite.konnichiwa.service.ByteSize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The greeting, health and /inspect contract over HTTP; {@link KonnichiwaResourceIT} runs it on the packaged jar. */
@QuarkusTest
class KonnichiwaResourceTest {

    private static final String SIZE = "^\\d+\\.\\d{2} (Bytes|KB|MB|GB|TB)$";
    private static final String UPTIME = "^(\\d+ days?, )?\\d{2}:[0-5]\\d:[0-5]\\d$";

    @Test
    void theRootGreets() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body(equalTo("{\"message\":\"Konnichiwa\"}"));
    }

    @Test
    void healthIsTheJsonStringOk() {
        given().when()
                .get("/health")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body(equalTo("\"ok\""));
    }

    @Test
    void inspectReportsEveryFieldInTheOriginalsShape() {
        JsonPath report = inspect();

        assertEquals(
                Set.of("now", "system", "memory", "process"), report.getMap("").keySet());
        assertEquals(
                Set.of(
                        "platform",
                        "release",
                        "arch",
                        "hostname",
                        "uptime",
                        "uptime_seconds",
                        "cpu_used_percent",
                        "memory_used_percent"),
                report.getMap("system").keySet());
        assertEquals(Set.of("total", "free"), report.getMap("memory").keySet());
        assertEquals(
                Set.of("pid", "uptime", "uptime_seconds", "memoryUsage"),
                report.getMap("process").keySet());
        assertEquals(
                Set.of("rss", "vms", "percent"),
                report.getMap("process.memoryUsage").keySet());

        assertTrue(
                report.getString("now")
                        .matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}[+-]\\d{2}:\\d{2}$"),
                report.getString("now"));
        Duration sinceNow = Duration.between(OffsetDateTime.parse(report.getString("now")), OffsetDateTime.now());
        assertTrue(sinceNow.abs().toSeconds() < 60, "now is the time of the request: " + report.getString("now"));
        for (String size :
                new String[] {"memory.total", "memory.free", "process.memoryUsage.rss", "process.memoryUsage.vms"}) {
            assertTrue(report.getString(size).matches(SIZE), size + ": " + report.getString(size));
        }
        assertTrue(report.getString("system.uptime").matches(UPTIME), report.getString("system.uptime"));
        assertTrue(report.getString("process.uptime").matches(UPTIME), report.getString("process.uptime"));
        assertTrue(report.getString("process.memoryUsage.percent").matches("^\\d+\\.\\d{2}%$"));
        for (String percent : new String[] {"system.cpu_used_percent", "system.memory_used_percent"}) {
            int value = report.getInt(percent);
            assertTrue(value >= 0 && value <= 100, percent + ": " + value);
        }
    }

    @Test
    void inspectReportsTheRealHost() throws IOException {
        JsonPath report = inspect();

        assertEquals("Linux", report.getString("system.platform"));
        assertEquals(firstLine("/proc/sys/kernel/osrelease"), report.getString("system.release"));
        assertEquals(firstLine("/proc/sys/kernel/hostname"), report.getString("system.hostname"));
        assertTrue(report.getString("system.arch").matches("x86_64|aarch64"), report.getString("system.arch"));
        long hostUptime = (long) Double.parseDouble(firstLine("/proc/uptime").split(" ")[0]);
        assertTrue(
                Math.abs(report.getLong("system.uptime_seconds") - hostUptime) <= 5,
                report.getLong("system.uptime_seconds") + " vs /proc/uptime " + hostUptime);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        assertEquals(ByteSize.format(os.getTotalMemorySize()), report.getString("memory.total"));
    }

    @Test
    void inspectReportsTheServicesOwnProcess() throws IOException {
        JsonPath report = inspect();
        long pid = report.getLong("process.pid");

        assertServiceProcess(pid);
        Map<String, Long> status = procStatus(pid);
        assertClose(status.get("VmRSS"), report.getString("process.memoryUsage.rss"));
        assertClose(status.get("VmSize"), report.getString("process.memoryUsage.vms"));
        long processUptime = report.getLong("process.uptime_seconds");
        assertTrue(processUptime >= 0 && processUptime <= report.getLong("system.uptime_seconds"));
    }

    @Test
    void uptimesAdvanceBetweenRequestsWhileTheSampleIsShared() {
        JsonPath first = inspect();

        // Uptimes are whole seconds of the host's own timer (real time, also for the packaged jar): ask again until
        // the next second has begun, rather than sleeping a fixed time.
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    JsonPath second = inspect();
                    assertTrue(second.getLong("system.uptime_seconds") > first.getLong("system.uptime_seconds"));
                    assertTrue(second.getLong("process.uptime_seconds") > first.getLong("process.uptime_seconds"));
                    assertTrue(OffsetDateTime.parse(second.getString("now"))
                            .isAfter(OffsetDateTime.parse(first.getString("now"))));
                });
    }

    /** In @QuarkusTest the service runs in this JVM; the packaged-jar run overrides this. */
    protected void assertServiceProcess(long pid) {
        assertEquals(ProcessHandle.current().pid(), pid);
    }

    private static JsonPath inspect() {
        return given().header("Authorization", DevelopmentKey.PACKAGED_BEARER)
                .when()
                .get("/inspect")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("process.memoryUsage.rss", matchesPattern(SIZE))
                .extract()
                .jsonPath();
    }

    /** The report's size text is within 25 % of what /proc says now (memory moves between the two reads). */
    private static void assertClose(long bytes, String reported) {
        String[] parts = reported.split(" ");
        int unit = List.of("Bytes", "KB", "MB", "GB", "TB").indexOf(parts[1]);
        double reportedBytes = Double.parseDouble(parts[0]) * Math.pow(1024, unit);
        assertTrue(
                Math.abs(reportedBytes - bytes) <= bytes * 0.25,
                reported + " vs " + ByteSize.format(bytes) + " in /proc");
    }

    private static Map<String, Long> procStatus(long pid) throws IOException {
        Map<String, Long> kilobytes = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:") || line.startsWith("VmSize:")) {
                String[] fields = line.split("\\s+");
                kilobytes.put(line.substring(0, line.indexOf(':')), Long.parseLong(fields[1]) * 1024);
            }
        }
        return kilobytes;
    }

    private static String firstLine(String file) throws IOException {
        return Files.readAllLines(Path.of(file)).get(0).strip();
    }
}
