package io.cloudsuite.peopleinfo.rest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.Response.Status;

import io.cloudsuite.commons.problem.InvalidInputException;
import io.cloudsuite.commons.problem.ProblemException;
import io.cloudsuite.peopleinfo.service.PeopleProblems;
import io.cloudsuite.peopleinfo.service.VersionCondition;

/**
 * A person's ETag is its version in quotes ({@code "3"}), and the conditional headers that use it (RFC 9110
 * section 13): {@code If-Match} on writes (strong comparison), {@code If-None-Match} on reads (weak comparison).
 */
final class EntityTags {

    static final String IF_MATCH = "If-Match";
    static final String IF_NONE_MATCH = "If-None-Match";
    static final String ETAG = "ETag";

    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(W/)?\"([\\x21\\x23-\\x7E]*)\"\\s*(,|$)");
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,17}");
    /** DynamoDB's IN compares at most 100 values, and a write's condition names each version once. */
    static final int MAX_IF_MATCH_VERSIONS = 100;

    private EntityTags() {}

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** What a write requires of the stored version; a 428 when the client sent no If-Match at all. */
    static VersionCondition required(List<String> ifMatch) {
        if (ifMatch == null || ifMatch.isEmpty()) {
            throw new ProblemException(
                    Status.PRECONDITION_REQUIRED,
                    PeopleProblems.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the version you are replacing (from GET or the last write), "
                            + "so that a concurrent change is not overwritten unseen.");
        }
        return condition(ifMatch);
    }

    /** Like {@link #required}, but without If-Match any version will do. */
    static VersionCondition optional(List<String> ifMatch) {
        return ifMatch == null || ifMatch.isEmpty() ? VersionCondition.ANY : condition(ifMatch);
    }

    /** True when If-None-Match names the current version (or is {@code *}): the client's copy is current. */
    static boolean matchesAny(List<String> ifNoneMatch, long version) {
        if (ifNoneMatch == null || ifNoneMatch.isEmpty()) {
            return false;
        }
        String header = String.join(",", ifNoneMatch).strip();
        if (header.equals("*")) {
            return true;
        }
        String current = Long.toString(version);
        return parse(header, IF_NONE_MATCH).stream()
                .anyMatch(tag -> tag.opaque().equals(current));
    }

    private static VersionCondition condition(List<String> ifMatch) {
        String header = String.join(",", ifMatch).strip();
        if (header.equals("*")) {
            return VersionCondition.ANY;
        }
        Set<Long> versions = new HashSet<>();
        for (Tag tag : parse(header, IF_MATCH)) {
            // Strong comparison: a weak tag never matches; neither does one this service never made.
            if (!tag.weak() && VERSION.matcher(tag.opaque()).matches()) {
                versions.add(Long.parseLong(tag.opaque()));
            }
        }
        if (versions.size() > MAX_IF_MATCH_VERSIONS) {
            throw new InvalidInputException(
                    IF_MATCH,
                    "names " + versions.size() + " versions; at most " + MAX_IF_MATCH_VERSIONS
                            + " can be compared in one write. Send the ETag of the version you read.");
        }
        return versions.isEmpty() ? VersionCondition.NOTHING_MATCHES : VersionCondition.oneOf(versions);
    }

    private static List<Tag> parse(String header, String name) {
        List<Tag> tags = new ArrayList<>();
        Matcher item = LIST_ITEM.matcher(header);
        int position = 0;
        while (position < header.length()) {
            if (!item.find(position) || item.start() != position) {
                throw new InvalidInputException(name, "must be * or a comma-separated list of ETags such as \"3\"");
            }
            tags.add(new Tag(item.group(1) != null, item.group(2)));
            position = item.end();
        }
        if (tags.isEmpty()) {
            throw new InvalidInputException(name, "must be * or a comma-separated list of ETags such as \"3\"");
        }
        return tags;
    }

    private record Tag(boolean weak, String opaque) {}
}
