package nl.netwerkplaats.events.application;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import nl.netwerkplaats.events.api.Harvest;
import nl.netwerkplaats.events.api.HarvestItemDraft;
import nl.netwerkplaats.events.api.HarvestItemStatus;
import nl.netwerkplaats.events.api.HarvestItemView;
import nl.netwerkplaats.events.api.HarvestOrigin;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.InvalidInputException.Problem;
import nl.netwerkplaats.events.api.NotOrganiserException;
import nl.netwerkplaats.events.api.StaleHarvestItemException;
import nl.netwerkplaats.events.api.UnknownGatheringException;
import nl.netwerkplaats.events.domain.Gathering;
import nl.netwerkplaats.events.domain.GatheringTable;
import nl.netwerkplaats.events.domain.HarvestItem;
import nl.netwerkplaats.events.domain.Round;
import nl.netwerkplaats.network.api.Accounts;

@Stateless
public class HarvestService implements Harvest {

    @PersistenceContext(unitName = "events")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private Accounts accounts;

    @Override
    public HarvestItemView capture(long actorId, long gatheringId, HarvestItemDraft draft) {
        Gathering gathering = gathering(gatheringId);
        Layout programme = programme(gatheringId);
        check(gatheringId, programme, draft);
        requireCapture(actorId, gathering, programme, draft.tableId());
        HarvestItem item = new HarvestItem(gatheringId, draft, actorId, null, HarvestOrigin.LIVE,
                HarvestItemStatus.SHOWN, nextPosition(gatheringId), now());
        em.persist(item);
        em.flush();
        return Views.item(item, names());
    }

    @Override
    public List<HarvestItemView> captureAll(long actorId, long gatheringId, HarvestOrigin origin, String authorName,
                                            List<HarvestItemDraft> drafts) {
        Gathering gathering = gathering(gatheringId);
        access.requireOrganiser(actorId, gathering);
        if (drafts.size() > MAX_BATCH) {
            throw new InvalidInputException("items", Problem.TOO_MANY, MAX_BATCH);
        }
        Checks.max("authorName", authorName, MAX_NAME);
        Layout programme = programme(gatheringId);
        long position = nextPosition(gatheringId);
        OffsetDateTime now = now();
        List<HarvestItem> saved = new ArrayList<>();
        for (HarvestItemDraft draft : drafts) {
            check(gatheringId, programme, draft);
            HarvestItem item = new HarvestItem(gatheringId, draft, authorName == null ? actorId : null,
                    authorName == null ? null : authorName.strip(), origin == null ? HarvestOrigin.IMPORTED : origin,
                    HarvestItemStatus.SHOWN, position++, now);
            em.persist(item);
            saved.add(item);
        }
        em.flush();
        Map<Long, String> names = names();
        return saved.stream().map(i -> Views.item(i, names)).toList();
    }

    @Override
    public HarvestItemView revise(long actorId, long itemId, int version, HarvestItemDraft draft) {
        HarvestItem item = em.find(HarvestItem.class, itemId);
        if (item == null) {
            throw new StaleHarvestItemException(itemId, null);
        }
        Gathering gathering = gathering(item.getGatheringId());
        Layout programme = programme(item.getGatheringId());
        requireCapture(actorId, gathering, programme, item.getTableId());
        check(item.getGatheringId(), programme, draft);
        requireCapture(actorId, gathering, programme, draft.tableId());
        if (Objects.equals(draft.caseItemId(), itemId)) {
            throw new InvalidInputException("caseItemId", Problem.UNKNOWN_ITEM);
        }
        if (item.getVersion() != version) {
            throw new StaleHarvestItemException(itemId, Views.item(item, names()));
        }
        item.apply(draft, now());
        flushOrStale(itemId);
        return Views.item(item, names());
    }

    @Override
    public void remove(long actorId, long itemId, int version) {
        HarvestItem item = em.find(HarvestItem.class, itemId);
        if (item == null) {
            throw new StaleHarvestItemException(itemId, null);
        }
        Gathering gathering = gathering(item.getGatheringId());
        requireCapture(actorId, gathering, programme(item.getGatheringId()), item.getTableId());
        if (item.getVersion() != version) {
            throw new StaleHarvestItemException(itemId, Views.item(item, names()));
        }
        em.remove(item);
        flushOrStale(itemId);
    }

    @Override
    public boolean mayCapture(long actorId, long gatheringId, Long tableId) {
        Gathering gathering = em.find(Gathering.class, gatheringId);
        return gathering != null && mayCapture(actorId, gathering, programme(gatheringId), tableId);
    }

    @Override
    public List<HarvestItemView> items(long actorId, long gatheringId) {
        Gathering gathering = gathering(gatheringId);
        Layout programme = programme(gatheringId);
        boolean noteTaker = programme.tables.values().stream()
                .anyMatch(t -> Objects.equals(t.getNoteTakerAccountId(), actorId));
        if (!noteTaker && !access.mayOrganise(actorId, gathering)) {
            throw new NotOrganiserException(actorId, gatheringId);
        }
        return ordered(gatheringId, programme, false);
    }

    @Override
    public List<HarvestItemView> shownItems(long gatheringId) {
        gathering(gatheringId);
        return ordered(gatheringId, programme(gatheringId), true);
    }

    @Override
    public Optional<HarvestItemView> shownItem(long itemId) {
        return Optional.ofNullable(em.find(HarvestItem.class, itemId))
                .filter(item -> item.getStatus() == HarvestItemStatus.SHOWN)
                .map(item -> Views.item(item, names()));
    }

    // ---------------------------------------------------------------- helpers

    /** Report order: by round (items without a round last), then table number (the plenary first), then position. */
    private List<HarvestItemView> ordered(long gatheringId, Layout programme, boolean shownOnly) {
        List<HarvestItem> items = em.createQuery("select i from HarvestItem i where i.gatheringId = :g"
                        + " and i.status in :statuses", HarvestItem.class)
                .setParameter("g", gatheringId)
                .setParameter("statuses", shownOnly ? List.of(HarvestItemStatus.SHOWN)
                        : List.of(HarvestItemStatus.values()))
                .getResultList();
        Map<Long, String> names = names();
        return items.stream()
                .sorted(Comparator.<HarvestItem>comparingInt(i -> programme.roundPosition(i.getRoundId()))
                        .thenComparingInt(i -> programme.tableNumber(i.getTableId()))
                        .thenComparingLong(HarvestItem::getPosition)
                        .thenComparingLong(HarvestItem::getId))
                .map(i -> Views.item(i, names)).toList();
    }

    private void flushOrStale(long itemId) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleHarvestItemException(itemId, null);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException
                    || e instanceof jakarta.persistence.OptimisticLockException) {
                throw new StaleHarvestItemException(itemId, null);
            }
            throw e;
        }
    }

    private void requireCapture(long actorId, Gathering gathering, Layout programme, Long tableId) {
        if (!mayCapture(actorId, gathering, programme, tableId)) {
            throw new NotOrganiserException(actorId, gathering.getId());
        }
    }

    private boolean mayCapture(long actorId, Gathering gathering, Layout programme, Long tableId) {
        if (access.mayOrganise(actorId, gathering)) {
            return true;
        }
        GatheringTable table = tableId == null ? null : programme.tables.get(tableId);
        return table != null && Objects.equals(table.getNoteTakerAccountId(), actorId);
    }

    private void check(long gatheringId, Layout programme, HarvestItemDraft d) {
        if (d == null || d.type() == null) {
            throw new InvalidInputException("type", Problem.REQUIRED);
        }
        Checks.required("text", d.text(), MAX_TEXT);
        Checks.max("pitchedBy", d.pitchedBy(), MAX_NAME);
        Checks.max("governmentView", d.governmentView(), MAX_VIEW);
        Checks.max("initiativeView", d.initiativeView(), MAX_VIEW);
        if (d.tableId() != null && !programme.tables.containsKey(d.tableId())) {
            throw new InvalidInputException("tableId", Problem.UNKNOWN_TABLE);
        }
        if (d.roundId() != null && !programme.rounds.containsKey(d.roundId())) {
            throw new InvalidInputException("roundId", Problem.UNKNOWN_ROUND);
        }
        if (d.caseItemId() != null) {
            HarvestItem caseItem = em.find(HarvestItem.class, d.caseItemId());
            if (caseItem == null || caseItem.getGatheringId() != gatheringId) {
                throw new InvalidInputException("caseItemId", Problem.UNKNOWN_ITEM);
            }
        }
    }

    private long nextPosition(long gatheringId) {
        Long max = em.createQuery("select max(i.position) from HarvestItem i where i.gatheringId = :g", Long.class)
                .setParameter("g", gatheringId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private Gathering gathering(long gatheringId) {
        Gathering gathering = em.find(Gathering.class, gatheringId);
        if (gathering == null) {
            throw new UnknownGatheringException(gatheringId);
        }
        return gathering;
    }

    private Layout programme(long gatheringId) {
        Map<Long, Round> rounds = em.createQuery("select r from Round r where r.gatheringId = :g", Round.class)
                .setParameter("g", gatheringId).getResultStream()
                .collect(Collectors.toMap(Round::getId, Function.identity()));
        Map<Long, GatheringTable> tables = em.createQuery("select t from GatheringTable t where t.gatheringId = :g",
                        GatheringTable.class)
                .setParameter("g", gatheringId).getResultStream()
                .collect(Collectors.toMap(GatheringTable::getId, Function.identity()));
        return new Layout(rounds, tables);
    }

    private Map<Long, String> names() {
        return new ProgrammeService.NameCache(accounts);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The rounds and tables of one gathering, read once per call. */
    private record Layout(Map<Long, Round> rounds, Map<Long, GatheringTable> tables) {

        int roundPosition(Long roundId) {
            Round r = roundId == null ? null : rounds.get(roundId);
            return r == null ? Integer.MAX_VALUE : r.getPosition();
        }

        int tableNumber(Long tableId) {
            GatheringTable t = tableId == null ? null : tables.get(tableId);
            return t == null ? 0 : t.getNumber();
        }
    }
}
