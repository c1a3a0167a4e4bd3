package io.cloudsuite.backends.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher finds its repository from any folder, and says what to do when it cannot. */
class SuiteLauncherTest {

    @Test
    void theRepositoryIsTheOneTheJarWasBuiltIn() {
        Path jar = Path.of("/home/dev/suite/local-backends/target/local-backends.jar");

        assertEquals(Path.of("/home/dev/suite"), SuiteLauncher.repositoryRoot(null, jar.toUri()));
    }

    @Test
    void anExplicitRootWins() {
        assertEquals(Path.of("/elsewhere"), SuiteLauncher.repositoryRoot("/elsewhere",
                Path.of("/home/dev/suite/local-backends/target/local-backends.jar").toUri()));
    }

    @Test
    void aFolderThatIsNotTheRepositoryIsRefusedWithWhatToDo(@TempDir Path notTheRepository) {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SuiteLauncher.servicesOf(notTheRepository));

        assertTrue(refused.getMessage().contains("-Dsuite.root="), refused.getMessage());
    }

    @Test
    void theRealRepositoryHasServices() {
        assertFalse(SuiteLauncher.servicesOf(Path.of("..").toAbsolutePath().normalize()).isEmpty());
    }
}
