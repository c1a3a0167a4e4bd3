package io.cloudsuite.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs calls really at once, for races: each caller has its own thread and waits at a common start line. */
public final class Concurrently {

    private Concurrently() {}

    /** One call of a race; {@code caller} is the call's number, 0 to calls - 1, e.g. to pick a replica for it. */
    @FunctionalInterface
    public interface Call<T> {
        T call(int caller) throws Exception;
    }

    /** The results of every caller's call, in caller order; the first failure fails the whole race. */
    public static <T> List<T> race(int callers, Call<T> call) throws Exception {
        return race(callers, callers, call);
    }

    /**
     * {@code calls} calls on {@code threads} threads, for more calls than threads a test should open: the first
     * {@code threads} calls start at once, each further one as soon as a thread is free. The results in call order;
     * the first failure fails the whole race.
     */
    public static <T> List<T> race(int threads, int calls, Call<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int caller = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call(caller);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
