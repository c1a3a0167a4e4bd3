package io.cloudsuite.peopleinfo.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cloudsuite.commons.problem.InvalidInputException;
import io.cloudsuite.commons.problem.ProblemException;
import io.cloudsuite.peopleinfo.service.VersionCondition;

class EntityTagsTest {

    @Test
    void ifMatchNamesTheVersionsAWriteMayReplace() {
        assertEquals(VersionCondition.oneOf(Set.of(3L)), EntityTags.required(List.of("\"3\"")));
        assertEquals(VersionCondition.oneOf(Set.of(3L, 4L)), EntityTags.required(List.of("\"3\" , \"4\"")));
        assertEquals(VersionCondition.oneOf(Set.of(3L, 4L)), EntityTags.required(List.of("\"3\"", "\"4\"")));
        assertEquals(VersionCondition.ANY, EntityTags.required(List.of("*")));
    }

    @Test
    void tagsThatCanNeverMatchStrongComparisonRefuseTheWrite() {
        assertEquals(VersionCondition.NOTHING_MATCHES, EntityTags.required(List.of("W/\"3\"")));
        assertEquals(VersionCondition.NOTHING_MATCHES, EntityTags.required(List.of("\"abc\"")));
        assertEquals(VersionCondition.NOTHING_MATCHES, EntityTags.required(List.of("\"0\"")));
        assertEquals(VersionCondition.NOTHING_MATCHES, EntityTags.required(List.of("\"99999999999999999999\"")));
    }

    @Test
    void aMissingIfMatchIsAPreconditionRequiredOnlyWhereOneIsRequired() {
        ProblemException required = assertThrows(ProblemException.class, () -> EntityTags.required(List.of()));
        assertEquals(428, required.status().getStatusCode());
        assertEquals(VersionCondition.ANY, EntityTags.optional(null));
    }

    @Test
    void aMalformedIfMatchIsABadRequest() {
        for (String header : List.of("3", "\"3", "\"3\" \"4\"", ",", "*, \"3\"", "W/3")) {
            assertThrows(InvalidInputException.class, () -> EntityTags.required(List.of(header)), header);
        }
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(EntityTags.matchesAny(List.of("\"2\""), 2));
        assertTrue(EntityTags.matchesAny(List.of("W/\"2\""), 2));
        assertTrue(EntityTags.matchesAny(List.of("\"1\", W/\"2\""), 2));
        assertTrue(EntityTags.matchesAny(List.of("*"), 2));
        assertFalse(EntityTags.matchesAny(List.of("\"1\""), 2));
        assertFalse(EntityTags.matchesAny(null, 2));
    }

    @Test
    void anIfMatchWithMoreVersionsThanDynamoDbCanCompareIsRefused() {
        String hundred = String.join(
                ", ",
                java.util.stream.IntStream.rangeClosed(1, 100)
                        .mapToObj(v -> "\"" + v + "\"")
                        .toList());
        assertEquals(100, EntityTags.required(List.of(hundred)).versions().size());
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> EntityTags.required(List.of(hundred + ", \"101\"")));
        assertEquals("If-Match", refused.errors().get(0).field());
    }
}
