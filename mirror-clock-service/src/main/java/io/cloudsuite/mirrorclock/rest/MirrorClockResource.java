package io.cloudsuite.mirrorclock.rest;

import java.util.Optional;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.cloudsuite.commons.problem.InvalidInputException;
import io.cloudsuite.commons.problem.ProblemDetail;
import io.cloudsuite.commons.problem.Problems;
import io.cloudsuite.mirrorclock.service.ClockTime;
import io.cloudsuite.mirrorclock.service.MirrorClock;
import io.smallrye.common.annotation.NonBlocking;

/**
 * {@code GET /api/v1/clock?mirror_time=HH:MM} and the original path {@code GET /clock}, which behaves the same.
 *
 * <p>Pure CPU, so both run on the event loop ({@code @NonBlocking}): a worker-thread hop would cost more than the
 * answer. All 720 answers are built once (hence one instance, made explicit); a request only parses its reading and
 * picks the answer.
 */
@Singleton
@Path("/")
@Tag(name = "Mirror clock")
@Produces(MediaType.APPLICATION_JSON)
public class MirrorClockResource {

    static final String MIRROR_TIME = "mirror_time";
    static final String EXPECTED_FORMAT =
            ClockTime.FORMAT + " with hour 1-12 (leading zero optional) and minutes 00-59, e.g. 09:45";

    private static final String SUMMARY = "Tell the real time from a clock seen in a mirror";
    private static final String PARAMETER_DESCRIPTION = "The reading seen in the mirror: " + EXPECTED_FORMAT;
    private static final String PARAMETER_PATTERN = "^(0?[1-9]|1[0-2]):[0-5][0-9]$";

    private final ClockReading[] answersByDialPosition = new ClockReading[ClockTime.READINGS];

    public MirrorClockResource() {
        for (ClockTime mirrored : ClockTime.all()) {
            answersByDialPosition[mirrored.dialPosition()] = new ClockReading(
                    mirrored.format(), MirrorClock.realTime(mirrored).format());
        }
    }

    @GET
    @Path("/api/v1/clock")
    @NonBlocking
    @Operation(summary = SUMMARY, description = "Hours run 1 to 12: there is no 00:20 and no 13:20.")
    @APIResponse(
            responseCode = "200",
            description = "The real time, with the mirrored reading normalised",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClockReading.class)))
    @APIResponse(
            responseCode = "400",
            description = "mirror_time is missing, empty or not " + ClockTime.FORMAT,
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    public ClockReading clock(
            @Parameter(
                            description = PARAMETER_DESCRIPTION,
                            required = true,
                            example = "12:22",
                            schema = @Schema(type = SchemaType.STRING, pattern = PARAMETER_PATTERN))
                    @RestQuery(MIRROR_TIME)
                    String mirrorTime) {
        return answerFor(mirrorTime);
    }

    @GET
    @Path("/clock")
    @NonBlocking
    @Operation(
            summary = SUMMARY,
            description = "The original path, kept for existing clients; the same as " + "/api/v1/clock.")
    @APIResponse(
            responseCode = "200",
            description = "The real time, with the mirrored reading normalised",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClockReading.class)))
    @APIResponse(
            responseCode = "400",
            description = "mirror_time is missing, empty or not " + ClockTime.FORMAT,
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    public ClockReading originalClock(
            @Parameter(
                            description = PARAMETER_DESCRIPTION,
                            required = true,
                            example = "12:22",
                            schema = @Schema(type = SchemaType.STRING, pattern = PARAMETER_PATTERN))
                    @RestQuery(MIRROR_TIME)
                    String mirrorTime) {
        return answerFor(mirrorTime);
    }

    private ClockReading answerFor(String mirrorTime) {
        Optional<ClockTime> mirrored = ClockTime.parse(mirrorTime);
        if (mirrored.isEmpty()) {
            throw invalid(mirrorTime);
        }
        return answersByDialPosition[mirrored.get().dialPosition()];
    }

    private static InvalidInputException invalid(String mirrorTime) {
        // The REST layer hands an empty value (?mirror_time=) over as null, the same as a missing one.
        if (mirrorTime == null) {
            return new InvalidInputException(
                    MIRROR_TIME,
                    "is missing or empty; expected " + EXPECTED_FORMAT,
                    "The query parameter mirror_time is missing or empty; expected " + EXPECTED_FORMAT + ".");
        }
        return new InvalidInputException(
                MIRROR_TIME,
                "must be " + EXPECTED_FORMAT,
                "The query parameter mirror_time must be " + EXPECTED_FORMAT + "; got " + Problems.echo(mirrorTime)
                        + ".");
    }
}
