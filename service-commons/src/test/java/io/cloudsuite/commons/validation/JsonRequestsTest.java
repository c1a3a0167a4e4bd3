package io.cloudsuite.commons.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudsuite.commons.problem.InvalidInputException;
import io.quarkus.test.junit.QuarkusTest;

/** A request type's constraints as the services' validator applies them, with the JSON checks before them. */
@QuarkusTest
class JsonRequestsTest {

    public record Clip(
            @JsonProperty("clip_name")
            @NotNull(message = "is required")
            @WellFormed
            @NotBlank(message = "must not be blank")
            @Size(max = 3, message = "must be at most {max} characters")
            String clipName,

            @JsonProperty("size") @PositiveOrZero(message = "must be 0 or more")
            Long size) {}

    @Inject
    JsonRequests requests;

    @Inject
    ObjectMapper json;

    private ObjectNode clip(String name) {
        return json.createObjectNode().put("clip_name", name);
    }

    private List<String> errors(ObjectNode body) {
        InvalidInputException invalid = assertThrows(
                InvalidInputException.class,
                () -> requests.read(body, Clip.class, field -> "is not a field of a clip"));
        return invalid.errors().stream()
                .map(error -> error.field() + ": " + error.message())
                .toList();
    }

    @Test
    void aValidBodyIsBound() {
        assertEquals(
                new Clip("abc", 7L),
                requests.read(clip("abc").put("size", 7), Clip.class, field -> "is not a field of a clip"));
    }

    @Test
    void everyWrongFieldIsNamedAsTheClientWroteIt() {
        // JSON's findings in body order, then the constraints' by field.
        assertEquals(
                List.of(
                        "size: must be a whole number",
                        "colour: is not a field of a clip",
                        "clip_name: must be at most 3 characters"),
                errors(clip("abcd").put("size", "big").put("colour", "red")));
    }

    @Test
    void aFieldOfTheWrongJsonTypeIsNotAlsoMissing() {
        ObjectNode body = json.createObjectNode().put("clip_name", 42);
        assertEquals(List.of("clip_name: must be a string"), errors(body));
        assertEquals(
                List.of("clip_name: is required"),
                errors(json.createObjectNode().putNull("clip_name")));
    }

    @Test
    void aFieldGetsOneReasonTheFirstToFix() {
        assertEquals(List.of("clip_name: must not be blank"), errors(clip("")));
        assertEquals(
                List.of("clip_name: must be well-formed Unicode text (it has a lone UTF-16 surrogate)"),
                errors(clip("\ud800\ud800\ud800\ud800")));
        assertEquals(List.of("size: must be 0 or more"), errors(clip("abc").put("size", -1)));
    }

    @Test
    void sizeCountsCharactersNotUtf16Units() {
        assertEquals(
                "😀😀😀",
                requests.read(clip("😀😀😀"), Clip.class, field -> "no").clipName());
        assertEquals(List.of("clip_name: must be at most 3 characters"), errors(clip("😀😀😀😀")));
    }

    @Test
    void invisibleCharactersAreBlank() {
        assertEquals(List.of("clip_name: must not be blank"), errors(clip("\u200b\u00a0\u2060")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[]", "\"clip\"", "7", "null"})
    void aBodyThatIsNotAnObjectNamesTheFieldsInTheirOrder(String body) throws Exception {
        InvalidInputException invalid = assertThrows(
                InvalidInputException.class,
                () -> requests.read(json.readTree(body), Clip.class, field -> "is not a field of a clip"));
        assertEquals(
                List.of("body: must be a JSON object with the fields clip_name, size"),
                invalid.errors().stream()
                        .map(error -> error.field() + ": " + error.message())
                        .toList());
    }
}
