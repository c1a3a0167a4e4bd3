package io.cloudsuite.loadtests;

import static io.cloudsuite.loadtests.StreamLedger.WITHIN_LIMIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The ledger must catch a fourth active stream, and must not blame the service for one that had ended. */
class StreamLedgerTest {

    private final StreamLedger ledger = new StreamLedger(3);
    private final String lease = Instant.now().plusSeconds(120).toString();

    @Test
    void aFourthActiveStreamOfOneViewerIsAViolation() {
        assertEquals(WITHIN_LIMIT, ledger.started("10.0.0.1", "a", lease));
        assertEquals(WITHIN_LIMIT, ledger.started("10.0.0.1", "b", lease));
        assertEquals(WITHIN_LIMIT, ledger.started("10.0.0.1", "c", lease));
        String verdict = ledger.started("10.0.0.1", "d", lease);
        assertTrue(verdict.contains("held 4 active streams"), verdict);
    }

    @Test
    void viewersAreCountedApart() {
        for (String viewer : new String[] {"10.0.0.1", "10.0.0.2"}) {
            for (String id : new String[] {"a", "b", "c"}) {
                assertEquals(WITHIN_LIMIT, ledger.started(viewer, viewer + id, lease));
            }
        }
    }

    @Test
    void anEndedStreamFreesItsSlotOnceTheEndIsSent() {
        ledger.started("10.0.0.1", "a", lease);
        ledger.started("10.0.0.1", "b", lease);
        ledger.started("10.0.0.1", "c", lease);
        ledger.ending("10.0.0.1", "b");
        assertEquals(WITHIN_LIMIT, ledger.started("10.0.0.1", "d", lease));
    }

    @Test
    void anExpiredLeaseFreesItsSlot() {
        String expired = Instant.now().minusSeconds(1).toString();
        ledger.started("10.0.0.1", "a", expired);
        ledger.started("10.0.0.1", "b", lease);
        ledger.started("10.0.0.1", "c", lease);
        assertEquals(WITHIN_LIMIT, ledger.started("10.0.0.1", "d", lease));
    }

    @Test
    void aRenewedLeaseKeepsItsSlot() {
        String expiring = Instant.now().plusSeconds(2).toString();
        ledger.started("10.0.0.1", "a", expiring);
        ledger.renewed("10.0.0.1", "a", lease);
        ledger.started("10.0.0.1", "b", lease);
        ledger.started("10.0.0.1", "c", lease);
        assertNotEquals(WITHIN_LIMIT, ledger.started("10.0.0.1", "d", lease));
    }

    @Test
    void aRefusalListingMoreThanTheLimitIsAViolation() {
        assertEquals(WITHIN_LIMIT, ledger.refused("10.0.0.1", 3));
        assertNotEquals(WITHIN_LIMIT, ledger.refused("10.0.0.1", 4));
    }

    @Test
    void aStartAnswerWithoutIdOrLeaseIsAViolation() {
        assertNotEquals(WITHIN_LIMIT, ledger.started("10.0.0.1", null, lease));
        assertNotEquals(WITHIN_LIMIT, ledger.started("10.0.0.1", "a", "tomorrow"));
        assertEquals(WITHIN_LIMIT, ledger.started("10.0.0.1", "b", "2999-01-01T00:00:00+02:00"));
    }
}
