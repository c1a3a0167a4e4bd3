package io.cloudsuite.peopleinfo.service;

import java.util.List;
import java.util.Optional;

/**
 * One page of the people with a surname, in id order.
 *
 * @param next where the next page starts; empty on the last page
 */
public record PeoplePage(List<Person> people, Optional<PageCursor> next) {

    public PeoplePage {
        people = List.copyOf(people);
    }
}
