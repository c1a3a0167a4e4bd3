package io.cloudsuite.commons.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.cloudsuite.backends.FreePort;
import io.cloudsuite.backends.LocalBackend;
import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.TcpProbe;

/** The one dev-mode starter, for every backend kind: start where nothing answers, else use what answers. */
class DevModeLocalBackendsTest {

    @ParameterizedTest
    @EnumSource(LocalBackendKind.class)
    void startsAServerWhereNothingAnswersAndUsesItTheNextTime(LocalBackendKind kind) {
        int port = FreePort.find();
        URI address =
                URI.create(kind == LocalBackendKind.REDIS ? "redis://127.0.0.1:" + port : "http://localhost:" + port);

        Optional<LocalBackend> started = DevModeLocalBackends.ensureAnswering(kind, address);
        try {
            assertTrue(started.isPresent());
            assertEquals(port, started.get().port());
            assertTrue(TcpProbe.isAnswering("127.0.0.1", port));

            assertFalse(
                    DevModeLocalBackends.ensureAnswering(kind, address).isPresent(),
                    "a live reload finds the server answering and starts no second one");
        } finally {
            started.ifPresent(LocalBackend::stop);
        }
    }

    @ParameterizedTest
    @EnumSource(LocalBackendKind.class)
    void startsNothingForAnAddressThatIsNotLocal(LocalBackendKind kind) {
        // TEST-NET-1 (RFC 5737): never routed, so nothing answers and it is not this machine.
        URI remote = URI.create("http://192.0.2.1:" + FreePort.find());

        assertFalse(DevModeLocalBackends.ensureAnswering(kind, remote).isPresent());
    }
}
