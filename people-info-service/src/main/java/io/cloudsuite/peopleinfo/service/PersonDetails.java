package io.cloudsuite.peopleinfo.service;

import java.time.LocalDate;

/** What a client writes about a person, already validated (see {@code rest.PersonDetailsJson}). */
public record PersonDetails(String name, String surname, LocalDate birthdate, String address) {

    /** The key the surname index is queried by: one person found however the surname's case was typed. */
    public String surnameKey() {
        return SurnameKey.of(surname);
    }
}
