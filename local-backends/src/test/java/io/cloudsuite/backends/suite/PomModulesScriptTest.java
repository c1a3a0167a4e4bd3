package io.cloudsuite.backends.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One reader, one answer: the pom's own modules, never a profile's or a commented-out one, whether the launcher asks
 * ({@link SuiteModules}) or CI's shell scripts do (.github/scripts/pom-modules.sh).
 */
class PomModulesScriptTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theScriptGivesTheReadersAnswerForTheRootPom() throws Exception {
        Path pom = ROOT.resolve("pom.xml");

        assertEquals(PomModules.modules(pom), script(pom, "all"));
        assertEquals(SuiteModules.serviceNames(pom), script(pom, "services"));
    }

    @Test
    void modulesOfAProfileAreNotTheSuitesModules(@TempDir Path dir) throws Exception {
        Path pom = dir.resolve("pom.xml");
        Files.writeString(pom, """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modules>
                    <module>service-commons</module>
                    <!-- <module>commented-service</module> -->
                    <module>alpha-service</module>
                    <module>platform-terraform</module>
                  </modules>
                  <profiles>
                    <profile>
                      <modules><module>profile-only-service</module></modules>
                    </profile>
                  </profiles>
                </project>
                """);

        List<String> own = List.of("service-commons", "alpha-service", "platform-terraform");
        assertEquals(own, PomModules.modules(pom));
        assertEquals(own, script(pom, "all"));
        assertEquals(List.of("alpha-service"), SuiteModules.serviceNames(pom));
        assertEquals(List.of("alpha-service"), script(pom, "services"));
    }

    private static List<String> script(Path pom, String kind) throws IOException, InterruptedException {
        ProcessBuilder command = new ProcessBuilder(
                        "bash", ROOT.resolve(".github/scripts/pom-modules.sh").toString(), kind)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        command.environment().put("POM_MODULES_POM", pom.toString());
        Process process = command.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("pom-modules.sh " + kind + " failed: " + out);
        }
        return out.lines().toList();
    }
}
