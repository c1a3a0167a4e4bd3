package io.cloudsuite.peopleinfo.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudsuite.commons.problem.InvalidInputException;
import io.cloudsuite.commons.problem.ProblemDetail.FieldError;
import io.cloudsuite.commons.validation.JsonRequests;
import io.cloudsuite.peopleinfo.service.PersonDetails;

/**
 * A person's details as a client sent them, checked by {@link PersonDetailsJson}'s constraints, with every problem
 * reported at once: missing, blank, too long or wrongly typed fields, impossible birthdates, and fields a client may
 * not send (the server's own, or unknown ones). The same rules hold for the API and for the original routes, which
 * only name the fields differently.
 */
public final class PersonInput {

    /** The fields in the API's names, which {@link PersonDetailsJson} has. */
    private static final List<String> API_FIELDS = List.of("name", "surname", "birthdate", "address");

    /** Field names of the API's person. */
    public static final PersonInput API =
            new PersonInput(API_FIELDS, Set.of("id", "version", "created_at", "updated_at"));
    /** Field names of the original {@code POST /data}. */
    public static final PersonInput LEGACY =
            new PersonInput(List.of("person_name", "person_surname", "person_birthdate", "person_address"), Set.of());

    private final List<String> fields;
    private final Set<String> serverOwned;

    /** @param fields the client's names of {@link #API_FIELDS}, in that order */
    private PersonInput(List<String> fields, Set<String> serverOwned) {
        this.fields = fields;
        this.serverOwned = serverOwned;
    }

    /** The details in a request body; a 400 listing every rejected field when anything is wrong. */
    public PersonDetails parse(JsonNode body, JsonRequests requests) {
        ObjectNode object = JsonRequests.requireObject(body, fields);
        List<FieldError> errors = new ArrayList<>();
        ObjectNode inApiNames = fields == API_FIELDS ? object : renamed(object, errors);
        PersonDetailsJson details;
        try {
            details = requests.read(inApiNames, PersonDetailsJson.class, this::whyNotAField);
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(error -> errors.add(new FieldError(clientName(error.field()), error.message())));
            throw new InvalidInputException(errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PersonDetails(
                details.name(), details.surname(), LocalDate.parse(details.birthdate()), details.address());
    }

    /** The body in the API's names; a field these names do not have is refused here, by the client's name. */
    private ObjectNode renamed(ObjectNode body, List<FieldError> errors) {
        ObjectNode inApiNames = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> entries = body.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            int field = fields.indexOf(entry.getKey());
            if (field < 0) {
                errors.add(new FieldError(entry.getKey(), whyNotAField(entry.getKey())));
            } else {
                inApiNames.set(API_FIELDS.get(field), entry.getValue());
            }
        }
        return inApiNames;
    }

    private String whyNotAField(String field) {
        return serverOwned.contains(field) ? "is set by the server and may not be sent" : "is not a field of a person";
    }

    private String clientName(String apiName) {
        int field = API_FIELDS.indexOf(apiName);
        return field < 0 ? apiName : fields.get(field);
    }
}
