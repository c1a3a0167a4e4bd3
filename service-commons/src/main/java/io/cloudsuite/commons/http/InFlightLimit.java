package io.cloudsuite.commons.http;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response.Status;

import io.cloudsuite.commons.problem.ProblemType;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Sheds load before it can exhaust the heap: at most {@code suite.http.max-in-flight} application requests are in
 * progress at once, and one more is answered 503 problem+json with {@code Retry-After} at once, before its body is
 * read or anything runs (so nothing is performed for it, and a retry is safe).
 *
 * <p>Found by the bullets simulation at its seed's 1,000 req/s: a cold replica fell behind, its clients retried and
 * opened ever more connections (20,000), and the requests waiting inside the replica filled its 160 MiB heap until
 * the JVM exited with an OutOfMemoryError. A quick 503 costs almost nothing and keeps the replica alive.
 *
 * <p>Every request on the public port counts, whatever its path, so no spelling of a path escapes the bound. Health
 * and metrics are not among them: they are on the management interface, which this route does not guard, so a load
 * balancer still sees a busy replica as alive and ready and does not replace the replicas that carry the load.
 */
@Singleton
public class InFlightLimit implements Handler<RoutingContext> {

    static final ProblemType OVERLOADED = ProblemType.of("overloaded");

    private final AtomicInteger inFlight = new AtomicInteger();
    private final HttpLimitsConfig limits;
    private final VertxProblems problems;

    public InFlightLimit(HttpLimitsConfig limits, VertxProblems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public void handle(RoutingContext context) {
        if (inFlight.incrementAndGet() > limits.maxInFlight()) {
            inFlight.decrementAndGet();
            context.response().putHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.answer(
                    context,
                    Status.SERVICE_UNAVAILABLE,
                    OVERLOADED,
                    "This replica is handling as many requests as it safely can; retry in a second.",
                    WholeRequestGate.hasBody(context.request())
                            && !context.request().isEnded());
            return;
        }
        // Called once when the response has ended or the connection closed, whichever comes first.
        context.addEndHandler(ended -> inFlight.decrementAndGet());
        context.next();
    }

    /** Requests in progress now, for tests. */
    int inFlight() {
        return inFlight.get();
    }
}
