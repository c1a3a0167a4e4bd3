package io.cloudsuite.peopleinfo.service;

import jakarta.ws.rs.core.Response.Status;

import io.cloudsuite.commons.problem.ProblemException;
import io.cloudsuite.commons.problem.ProblemType;

/** The problems this service answers on purpose, beyond the suite's shared ones. */
public final class PeopleProblems {

    public static final ProblemType PERSON_NOT_FOUND = ProblemType.of("person-not-found");
    /** The client's If-Match names a version that is no longer the stored one: someone else wrote first. */
    public static final ProblemType VERSION_MISMATCH = ProblemType.of("version-mismatch");
    /** A write without If-Match: updates must say which version they replace. */
    public static final ProblemType PRECONDITION_REQUIRED = ProblemType.of("precondition-required");

    private PeopleProblems() {}

    public static ProblemException personNotFound(String id) {
        return new ProblemException(
                Status.NOT_FOUND,
                PERSON_NOT_FOUND,
                "No person has the id " + io.cloudsuite.commons.problem.Problems.echo(id) + ".");
    }

    public static ProblemException versionMismatch(Person current) {
        return new ProblemException(
                        Status.PRECONDITION_FAILED,
                        VERSION_MISMATCH,
                        "The person was changed since the version in If-Match; nothing was written. GET it again, "
                                + "then retry with its new ETag.")
                .withMember("current_version", current.version());
    }
}
