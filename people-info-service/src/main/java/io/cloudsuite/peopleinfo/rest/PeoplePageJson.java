package io.cloudsuite.peopleinfo.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.cloudsuite.peopleinfo.service.PageCursor;
import io.cloudsuite.peopleinfo.service.PeoplePage;
import io.cloudsuite.peopleinfo.service.Person;

/** One page of people with a surname. */
@Schema(name = "PeoplePage")
public record PeoplePageJson(
        List<Person> items,

        @JsonProperty("next_cursor")
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "Pass as cursor to get the next page; null on the last page", nullable = true)
        String nextCursor) {

    static PeoplePageJson of(PeoplePage page) {
        return new PeoplePageJson(
                page.people(), page.next().map(PageCursor::encode).orElse(null));
    }
}
