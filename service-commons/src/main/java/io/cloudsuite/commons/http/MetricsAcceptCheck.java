package io.cloudsuite.commons.http;

import java.util.List;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response.Status;

import io.cloudsuite.commons.problem.ProblemType;
import io.vertx.core.Handler;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.ParsableMIMEValue;

/**
 * The Prometheus endpoint serves text/plain and OpenMetrics only, and refuses anything else with an empty 406 of its
 * own. This route runs before it and gives that refusal as problem+json; acceptable requests pass through untouched.
 */
@Singleton
public class MetricsAcceptCheck implements Handler<RoutingContext> {

    /** What the Prometheus endpoint produces (its own routes' {@code produces}). */
    private static final List<MIMEHeader> PRODUCED = List.of(
            new ParsableMIMEValue("text/plain").forceParse(),
            new ParsableMIMEValue("application/openmetrics-text").forceParse());

    private final VertxProblems problems;

    public MetricsAcceptCheck(VertxProblems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(RoutingContext context) {
        List<MIMEHeader> accepted = context.parsedHeaders().accept();
        if (accepted.isEmpty() || context.parsedHeaders().findBestUserAcceptedIn(accepted, PRODUCED) != null) {
            context.next();
            return;
        }
        problems.answer(
                context,
                Status.NOT_ACCEPTABLE,
                ProblemType.HTTP_STATUS,
                "Metrics are served as text/plain or application/openmetrics-text only.",
                false);
    }
}
