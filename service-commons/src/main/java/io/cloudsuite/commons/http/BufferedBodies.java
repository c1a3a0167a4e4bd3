package io.cloudsuite.commons.http;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Singleton;

/**
 * The replica's budget for request bodies held in memory: bytes are taken as they arrive and given back when their
 * request ends, so the heap they may fill is bounded by {@code suite.http.buffered-bodies-budget} however many
 * connections send bodies at once, and whatever size those bodies declare. Nothing is reserved for bytes not yet
 * received: a client that declares 1 MiB and sends nothing costs nothing.
 */
@Singleton
public class BufferedBodies {

    private final AtomicLong held = new AtomicLong();
    private final long budget;

    public BufferedBodies(HttpLimitsConfig limits) {
        this.budget = limits.bufferedBodiesBudget().asLongValue();
    }

    /** Takes {@code bytes} from the budget; false (and nothing taken) when they do not fit. */
    boolean tryTake(long bytes) {
        long now;
        do {
            now = held.get();
            if (now + bytes > budget) {
                return false;
            }
        } while (!held.compareAndSet(now, now + bytes));
        return true;
    }

    /** True when a body of at least {@code bytes} could start now. */
    boolean hasRoomFor(long bytes) {
        return held.get() + bytes <= budget;
    }

    void giveBack(long bytes) {
        held.addAndGet(-bytes);
    }

    /** Bytes held now, for tests. */
    long held() {
        return held.get();
    }
}
