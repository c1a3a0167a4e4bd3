package io.cloudsuite.peopleinfo.service;

import java.util.Set;

/**
 * What a write expects of the stored person's version (the client's {@code If-Match}): one of the given versions,
 * or any version as long as the person exists.
 */
public record VersionCondition(Set<Long> versions) {

    public static final VersionCondition ANY = new VersionCondition(Set.of());
    /**
     * For an If-Match none of whose ETags can ever match (only weak ones, say): version 0 is never stored, so the
     * write is refused exactly like one with a stale version.
     */
    public static final VersionCondition NOTHING_MATCHES = new VersionCondition(Set.of(0L));

    public VersionCondition {
        versions = Set.copyOf(versions);
    }

    public static VersionCondition oneOf(Set<Long> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("at least one version; use ANY for none");
        }
        return new VersionCondition(versions);
    }

    public boolean isAny() {
        return versions.isEmpty();
    }
}
