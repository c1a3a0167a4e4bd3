package io.cloudsuite.peopleinfo.rest;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The original API's list read a few people per query, so a few dozen people make many queries
 * ({@link LegacyListTest}). {@link LateAnswersTest} runs under it too, although it lists nothing: with the same
 * profile and backends the two classes share one Quarkus start (every distinct profile restarts Quarkus).
 */
public class SmallLegacyPages implements QuarkusTestProfile {

    static final int PAGE_SIZE = 5;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("people-info.legacy-list-page-size", Integer.toString(PAGE_SIZE));
    }
}
