package nl.netwerkplaats.events.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.InvalidInputException.Problem;
import nl.netwerkplaats.events.api.Programme;
import nl.netwerkplaats.events.api.ProgrammeView;
import nl.netwerkplaats.events.api.RoundDraft;
import nl.netwerkplaats.events.api.RoundView;
import nl.netwerkplaats.events.api.TableDraft;
import nl.netwerkplaats.events.api.TableView;
import nl.netwerkplaats.events.api.UnknownGatheringException;
import nl.netwerkplaats.events.domain.Gathering;
import nl.netwerkplaats.events.domain.GatheringTable;
import nl.netwerkplaats.events.domain.Round;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;

@Stateless
public class ProgrammeService implements Programme {

    @PersistenceContext(unitName = "events")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private Accounts accounts;

    @Override
    public ProgrammeView programme(long gatheringId) {
        gathering(gatheringId);
        return view(gatheringId);
    }

    @Override
    public RoundView addRound(long actorId, long gatheringId, RoundDraft draft) {
        Gathering gathering = organised(actorId, gatheringId);
        check(draft);
        List<Round> rounds = rounds(gatheringId);
        if (rounds.size() >= MAX_ROUNDS) {
            throw new InvalidInputException("rounds", Problem.TOO_MANY, MAX_ROUNDS);
        }
        Round round = new Round(gathering.getId(), rounds.size() + 1, draft);
        em.persist(round);
        em.flush();
        return round(round);
    }

    @Override
    public RoundView updateRound(long actorId, long roundId, RoundDraft draft) {
        Round round = roundById(roundId);
        organised(actorId, round.getGatheringId());
        check(draft);
        round.apply(draft);
        em.flush();
        return round(round);
    }

    @Override
    public ProgrammeView moveRound(long actorId, long roundId, int newPosition) {
        Round round = roundById(roundId);
        organised(actorId, round.getGatheringId());
        List<Round> rounds = new ArrayList<>(rounds(round.getGatheringId()));
        rounds.remove(round);
        rounds.add(Math.max(0, Math.min(rounds.size(), newPosition - 1)), round);
        renumber(rounds);
        return view(round.getGatheringId());
    }

    @Override
    public void removeRound(long actorId, long roundId) {
        Round round = roundById(roundId);
        organised(actorId, round.getGatheringId());
        em.remove(round);
        em.flush();
        renumber(rounds(round.getGatheringId()));
    }

    @Override
    public TableView addTable(long actorId, long gatheringId, TableDraft draft) {
        organised(actorId, gatheringId);
        check(gatheringId, null, draft);
        if (tables(gatheringId).size() >= MAX_TABLES) {
            throw new InvalidInputException("tables", Problem.TOO_MANY, MAX_TABLES);
        }
        GatheringTable table = new GatheringTable(gatheringId, draft);
        em.persist(table);
        em.flush();
        return Views.table(table, names());
    }

    @Override
    public TableView updateTable(long actorId, long tableId, TableDraft draft) {
        GatheringTable table = tableById(tableId);
        organised(actorId, table.getGatheringId());
        check(table.getGatheringId(), tableId, draft);
        table.apply(draft);
        em.flush();
        return Views.table(table, names());
    }

    @Override
    public void removeTable(long actorId, long tableId) {
        GatheringTable table = tableById(tableId);
        organised(actorId, table.getGatheringId());
        em.remove(table);
    }

    // ---------------------------------------------------------------- helpers

    ProgrammeView view(long gatheringId) {
        Map<Long, String> names = names();
        return new ProgrammeView(gatheringId, rounds(gatheringId).stream().map(ProgrammeService::round).toList(),
                tables(gatheringId).stream().map(t -> Views.table(t, names)).toList());
    }

    /** Display names looked up once per call. */
    private Map<Long, String> names() {
        return new NameCache(accounts);
    }

    /** A map that fills itself from the network's accounts, so each member is looked up once per call. */
    static final class NameCache extends HashMap<Long, String> {
        private static final long serialVersionUID = 1L;
        private final transient Accounts accounts;

        NameCache(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public String get(Object key) {
            if (!(key instanceof Long id)) {
                return null;
            }
            return computeIfAbsent(id, k -> accounts.findById(k).map(AccountView::displayName).orElse(null));
        }
    }

    private void renumber(List<Round> rounds) {
        for (int i = 0; i < rounds.size(); i++) {
            rounds.get(i).moveTo(i + 1);
        }
        em.flush();
    }

    List<Round> rounds(long gatheringId) {
        return em.createQuery("select r from Round r where r.gatheringId = :g order by r.position, r.id", Round.class)
                .setParameter("g", gatheringId).getResultList();
    }

    List<GatheringTable> tables(long gatheringId) {
        return em.createQuery("select t from GatheringTable t where t.gatheringId = :g order by t.number",
                GatheringTable.class).setParameter("g", gatheringId).getResultList();
    }

    private static RoundView round(Round r) {
        return new RoundView(r.getId(), r.getGatheringId(), r.getPosition(), r.getTitle(), r.getQuestion(),
                r.getStartsAt(), r.getEndsAt());
    }

    private Gathering gathering(long gatheringId) {
        Gathering gathering = em.find(Gathering.class, gatheringId);
        if (gathering == null) {
            throw new UnknownGatheringException(gatheringId);
        }
        return gathering;
    }

    private Gathering organised(long actorId, long gatheringId) {
        Gathering gathering = gathering(gatheringId);
        access.requireOrganiser(actorId, gathering);
        return gathering;
    }

    private Round roundById(long roundId) {
        Round round = em.find(Round.class, roundId);
        if (round == null) {
            throw new InvalidInputException("roundId", Problem.UNKNOWN_ROUND);
        }
        return round;
    }

    private GatheringTable tableById(long tableId) {
        GatheringTable table = em.find(GatheringTable.class, tableId);
        if (table == null) {
            throw new InvalidInputException("tableId", Problem.UNKNOWN_TABLE);
        }
        return table;
    }

    private static void check(RoundDraft d) {
        if (d == null || d.title() == null || d.title().isBlank()) {
            throw new InvalidInputException("title", Problem.REQUIRED);
        }
        Checks.max("title", d.title(), MAX_TITLE);
        Checks.max("question", d.question(), MAX_QUESTION);
        if (d.startsAt() != null && d.endsAt() != null && !d.endsAt().isAfter(d.startsAt())) {
            throw new InvalidInputException("endsAt", Problem.ENDS_BEFORE_START);
        }
    }

    private void check(long gatheringId, Long tableId, TableDraft d) {
        if (d == null) {
            throw new InvalidInputException("number", Problem.REQUIRED);
        }
        if (d.number() <= 0) {
            throw new InvalidInputException("number", Problem.NOT_POSITIVE);
        }
        boolean taken = tables(gatheringId).stream()
                .anyMatch(t -> t.getNumber() == d.number() && !t.getId().equals(tableId));
        if (taken) {
            throw new InvalidInputException("number", Problem.NUMBER_TAKEN);
        }
        Checks.max("topic", d.topic(), MAX_TOPIC);
        Checks.max("hostName", d.hostName(), MAX_NAME);
        Checks.max("noteTakerName", d.noteTakerName(), MAX_NAME);
        if (d.hostAccountId() != null && accounts.findById(d.hostAccountId()).isEmpty()) {
            throw new InvalidInputException("hostAccountId", Problem.UNKNOWN_ACCOUNT);
        }
        if (d.noteTakerAccountId() != null && accounts.findById(d.noteTakerAccountId()).isEmpty()) {
            throw new InvalidInputException("noteTakerAccountId", Problem.UNKNOWN_ACCOUNT);
        }
    }
}
