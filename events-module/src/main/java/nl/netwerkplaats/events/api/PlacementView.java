package nl.netwerkplaats.events.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The placement as organisers see it.
 *
 * @param rounds the rounds in order; empty when the gathering has no rounds (then seats have round null)
 * @param people everyone with a seat at the gathering (confirmed), by name
 */
public record PlacementView(long gatheringId, List<RoundView> rounds, List<TableView> tables, List<Seat> seats,
                            List<Person> people) implements Serializable {

    public PlacementView {
        rounds = List.copyOf(rounds);
        tables = List.copyOf(tables);
        seats = List.copyOf(seats);
        people = List.copyOf(people);
    }

    /** A person placed: registration, round (null: whole gathering), table; manual when an organiser chose it. */
    public record Seat(long registrationId, Long roundId, long tableId, boolean manual) implements Serializable {
    }

    public record Person(long registrationId, String name, String organisation, ParticipantRole role,
                         boolean fixed) implements Serializable {
    }

    /** Who sits at this table in this round, by name. */
    public List<Person> at(Long roundId, long tableId) {
        return people.stream().filter(p -> seats.stream().anyMatch(s -> s.registrationId() == p.registrationId()
                && Objects.equals(s.roundId(), roundId) && s.tableId() == tableId)).toList();
    }

    /** Who has no table yet in this round. */
    public List<Person> unplaced(Long roundId) {
        return people.stream().filter(p -> seats.stream().noneMatch(s -> s.registrationId() == p.registrationId()
                && Objects.equals(s.roundId(), roundId))).toList();
    }

    public Long tableOf(long registrationId, Long roundId) {
        return seats.stream().filter(s -> s.registrationId() == registrationId && Objects.equals(s.roundId(), roundId))
                .map(Seat::tableId).findFirst().orElse(null);
    }
}
