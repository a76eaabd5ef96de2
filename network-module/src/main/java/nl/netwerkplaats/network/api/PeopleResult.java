package nl.netwerkplaats.network.api;

import java.util.List;

public record PeopleResult(List<PersonView> people, long total) {

    public PeopleResult {
        people = List.copyOf(people);
    }
}
