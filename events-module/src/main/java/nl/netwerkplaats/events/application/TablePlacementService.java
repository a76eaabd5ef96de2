package nl.netwerkplaats.events.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.InvalidInputException.Problem;
import nl.netwerkplaats.events.api.PlacementView;
import nl.netwerkplaats.events.api.Programme;
import nl.netwerkplaats.events.api.ProgrammeView;
import nl.netwerkplaats.events.api.RegistrationStatus;
import nl.netwerkplaats.events.api.RoundView;
import nl.netwerkplaats.events.api.SeatView;
import nl.netwerkplaats.events.api.TablePlacements;
import nl.netwerkplaats.events.api.TableView;
import nl.netwerkplaats.events.api.UnknownGatheringException;
import nl.netwerkplaats.events.domain.Gathering;
import nl.netwerkplaats.events.domain.Registration;
import nl.netwerkplaats.events.domain.TablePlanner;
import nl.netwerkplaats.events.domain.TableSeat;
import nl.netwerkplaats.network.api.Profiles;

@Stateless
public class TablePlacementService implements TablePlacements {

    @PersistenceContext(unitName = "events")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private Programme programme;

    @Inject
    private Profiles profiles;

    @Override
    public PlacementView placement(long actorId, long gatheringId) {
        organised(actorId, gatheringId);
        return view(gatheringId);
    }

    @Override
    public PlacementView place(long actorId, long gatheringId, boolean rotate) {
        Gathering gathering = Seats.lock(em, gatheringId);
        access.requireOrganiser(actorId, gathering);
        ProgrammeView p = programme.programme(gatheringId);
        if (p.tables().isEmpty()) {
            throw new InvalidInputException("tables", Problem.REQUIRED);
        }
        List<Long> rounds = roundIds(p);
        List<Registration> people = seated(gatheringId);
        List<TableSeat> existing = seats(gatheringId);
        Map<Long, Integer> tableIndex = new HashMap<>();
        for (int i = 0; i < p.tables().size(); i++) {
            tableIndex.put(p.tables().get(i).id(), i);
        }
        List<TablePlanner.Person> persons = new ArrayList<>();
        for (Registration r : people) {
            Map<Integer, Integer> fixed = new HashMap<>();
            Optional<TableView> own = p.tables().stream().filter(t -> r.getAccountId() != null
                    && (r.getAccountId().equals(t.hostAccountId()) || r.getAccountId().equals(t.noteTakerAccountId())))
                    .findFirst();
            for (int i = 0; i < rounds.size(); i++) {
                Long roundId = rounds.get(i);
                Optional<TableSeat> manual = existing.stream().filter(s -> s.isManual()
                        && s.getRegistrationId() == r.getId() && Objects.equals(s.getRoundId(), roundId)).findFirst();
                if (manual.isPresent()) {
                    fixed.put(i, tableIndex.get(manual.get().getTableId()));
                } else if (own.isPresent()) {
                    fixed.put(i, tableIndex.get(own.get().id()));
                }
            }
            persons.add(new TablePlanner.Person(r.getId(), r.getOrganisation(), r.getRole().name(),
                    municipality(r.getAccountId()), fixed));
        }
        List<Map<Long, Integer>> plan = TablePlanner.plan(persons, p.tables().size(), rounds.size(), rotate);
        for (TableSeat s : existing) {
            if (!s.isManual()) {
                em.remove(s);
            }
        }
        em.flush();
        for (int i = 0; i < rounds.size(); i++) {
            Long roundId = rounds.get(i);
            for (Registration r : people) {
                boolean manual = existing.stream().anyMatch(s -> s.isManual() && s.getRegistrationId() == r.getId()
                        && Objects.equals(s.getRoundId(), roundId));
                if (!manual) {
                    long tableId = p.tables().get(plan.get(i).get(r.getId())).id();
                    em.persist(new TableSeat(gatheringId, roundId, r.getId(), tableId, false));
                }
            }
        }
        em.flush();
        return view(gatheringId);
    }

    @Override
    public PlacementView move(long actorId, long gatheringId, long registrationId, Long roundId, long tableId) {
        Gathering gathering = Seats.lock(em, gatheringId);
        access.requireOrganiser(actorId, gathering);
        ProgrammeView p = programme.programme(gatheringId);
        if (p.table(tableId).isEmpty()) {
            throw new InvalidInputException("tableId", Problem.UNKNOWN_TABLE);
        }
        if (roundId == null ? !p.rounds().isEmpty() : p.round(roundId).isEmpty()) {
            throw new InvalidInputException("roundId", Problem.UNKNOWN_ROUND);
        }
        Registration r = em.find(Registration.class, registrationId);
        if (r == null || r.getGatheringId() != gatheringId || r.getStatus() != RegistrationStatus.CONFIRMED) {
            throw new InvalidInputException("registrationId", Problem.REQUIRED);
        }
        Optional<TableSeat> seat = seats(gatheringId).stream()
                .filter(s -> s.getRegistrationId() == registrationId && Objects.equals(s.getRoundId(), roundId))
                .findFirst();
        if (seat.isPresent()) {
            seat.get().moveTo(tableId);
        } else {
            em.persist(new TableSeat(gatheringId, roundId, registrationId, tableId, true));
        }
        em.flush();
        return view(gatheringId);
    }

    @Override
    public List<SeatView> seatsOf(long accountId, long gatheringId) {
        return em.createQuery("select r from Registration r where r.gatheringId = :g and r.accountId = :a"
                        + " and r.status = :confirmed", Registration.class)
                .setParameter("g", gatheringId).setParameter("a", accountId)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getResultStream().findFirst().map(this::seatsOf).orElse(List.of());
    }

    @Override
    public List<SeatView> seatsByLink(String token) {
        if (token == null || token.isBlank()) {
            return List.of();
        }
        return em.createQuery("select r from Registration r where r.token = :t and r.status = :confirmed",
                        Registration.class)
                .setParameter("t", token).setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getResultStream().findFirst().map(this::seatsOf).orElse(List.of());
    }

    // ---------------------------------------------------------------- helpers

    private List<SeatView> seatsOf(Registration r) {
        ProgrammeView p = programme.programme(r.getGatheringId());
        List<SeatView> out = new ArrayList<>();
        for (TableSeat s : em.createQuery("select s from TableSeat s where s.registrationId = :r", TableSeat.class)
                .setParameter("r", r.getId()).getResultList()) {
            Optional<TableView> table = p.table(s.getTableId());
            Optional<RoundView> round = p.round(s.getRoundId());
            if (table.isEmpty() || (s.getRoundId() != null && round.isEmpty())) {
                continue;
            }
            TableView t = table.get();
            out.add(new SeatView(s.getRoundId(), round.map(RoundView::position).orElse(null),
                    round.map(RoundView::title).orElse(null), round.map(RoundView::question).orElse(null),
                    round.map(RoundView::startsAt).orElse(null), t.id(), t.number(), t.topic(), t.hostName()));
        }
        out.sort(java.util.Comparator.comparing(s -> s.roundPosition() == null ? 0 : s.roundPosition()));
        return out;
    }

    private PlacementView view(long gatheringId) {
        ProgrammeView p = programme.programme(gatheringId);
        List<Registration> people = seated(gatheringId);
        List<PlacementView.Seat> seats = seats(gatheringId).stream()
                .map(s -> new PlacementView.Seat(s.getRegistrationId(), s.getRoundId(), s.getTableId(), s.isManual()))
                .toList();
        List<PlacementView.Person> persons = people.stream()
                .map(r -> new PlacementView.Person(r.getId(), r.getName(), r.getOrganisation(), r.getRole(),
                        p.tables().stream().anyMatch(t -> r.getAccountId() != null
                                && (r.getAccountId().equals(t.hostAccountId())
                                || r.getAccountId().equals(t.noteTakerAccountId())))))
                .sorted(java.util.Comparator.comparing(x -> x.name() == null ? "" : x.name().toLowerCase()))
                .toList();
        return new PlacementView(gatheringId, p.rounds(), p.tables(), seats, persons);
    }

    private static List<Long> roundIds(ProgrammeView p) {
        List<Long> ids = new ArrayList<>();
        if (p.rounds().isEmpty()) {
            ids.add(null);
        } else {
            p.rounds().forEach(r -> ids.add(r.id()));
        }
        return ids;
    }

    private String municipality(Long accountId) {
        if (accountId == null) {
            return null;
        }
        try {
            return profiles.own(accountId).municipalityCode();
        } catch (RuntimeException e) {
            return null; // an account without a profile just has no municipality to spread
        }
    }

    private List<Registration> seated(long gatheringId) {
        return em.createQuery("select r from Registration r where r.gatheringId = :g and r.status = :confirmed"
                        + " order by r.id", Registration.class)
                .setParameter("g", gatheringId).setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getResultList();
    }

    private List<TableSeat> seats(long gatheringId) {
        return em.createQuery("select s from TableSeat s where s.gatheringId = :g order by s.id", TableSeat.class)
                .setParameter("g", gatheringId).getResultList();
    }

    private void organised(long actorId, long gatheringId) {
        Gathering gathering = em.find(Gathering.class, gatheringId);
        if (gathering == null) {
            throw new UnknownGatheringException(gatheringId);
        }
        access.requireOrganiser(actorId, gathering);
    }
}
