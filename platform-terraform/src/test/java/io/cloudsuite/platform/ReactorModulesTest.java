package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReactorModulesTest {

    @Test
    void servicesAreTheProjectModulesNamedService(@TempDir Path dir) {
        Fixtures.copy("repo/pom.xml.txt", dir.resolve("pom.xml"));
        assertEquals(List.of("shared-library", "alpha-service", "beta-service", "platform-terraform"),
                ReactorModules.modules(dir.resolve("pom.xml")));
        assertEquals(List.of("alpha-service", "beta-service"), ReactorModules.services(dir.resolve("pom.xml")));
    }

    @Test
    void theRootPomListsBulletsServiceAndThisModule() {
        List<String> modules = ReactorModules.modules(Layout.repoRoot().resolve("pom.xml"));
        assertTrue(modules.contains("bullets-service") && modules.contains("platform-terraform"), modules.toString());
    }
}
