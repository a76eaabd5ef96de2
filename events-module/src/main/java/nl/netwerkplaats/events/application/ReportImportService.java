package nl.netwerkplaats.events.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.events.api.Harvest;
import nl.netwerkplaats.events.api.HarvestItemDraft;
import nl.netwerkplaats.events.api.HarvestItemView;
import nl.netwerkplaats.events.api.HarvestOrigin;
import nl.netwerkplaats.events.api.HarvestType;
import nl.netwerkplaats.events.api.ImportNotAllowedException;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.InvalidInputException.Problem;
import nl.netwerkplaats.events.api.NotOrganiserException;
import nl.netwerkplaats.events.api.ProgrammeView;
import nl.netwerkplaats.events.api.TableView;
import nl.netwerkplaats.events.api.UnknownGatheringException;
import nl.netwerkplaats.events.domain.Gathering;
import nl.netwerkplaats.events.api.Programme;
import nl.netwerkplaats.events.api.ReportImport;
import nl.netwerkplaats.events.api.ReportImports;
import nl.netwerkplaats.events.api.RoundDraft;
import nl.netwerkplaats.events.api.TableDraft;
import nl.netwerkplaats.events.api.ReportProposal;
import nl.netwerkplaats.events.infrastructure.reportimport.ReportParser;

@Stateless
public class ReportImportService implements ReportImports {

    private static final ReportParser PARSER = new ReportParser();

    @PersistenceContext(unitName = "events")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private Gatherings gatherings;

    @Inject
    private Programme programme;

    @Inject
    private Harvest harvest;

    @Resource
    private SessionContext context;

    @Override
    public boolean mayImport(long actorId) {
        return access.isCoordinator(actorId) || !em.createQuery(
                        "select g.id from Gathering g join g.organiserIds o where o = :me", Long.class)
                .setParameter("me", actorId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public ReportProposal propose(long actorId, String text) {
        if (!mayImport(actorId)) {
            throw new ImportNotAllowedException(actorId);
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", Problem.REQUIRED);
        }
        if (text.length() > MAX_CHARS) {
            throw new InvalidInputException("text", Problem.TOO_LONG, MAX_CHARS);
        }
        return PARSER.parse(text);
    }

    @Override
    public GatheringView save(long actorId, ReportImport report) {
        return save(actorId, report, false);
    }

    @Override
    public GatheringView save(long actorId, ReportImport report, boolean dryRun) {
        if (!mayImport(actorId)) {
            throw new ImportNotAllowedException(actorId);
        }
        check(report);
        GatheringView gathering = gatherings.create(actorId, report.gathering());
        List<Long> roundIds = new ArrayList<>();
        for (RoundDraft round : report.rounds()) {
            roundIds.add(programme.addRound(actorId, gathering.id(), round).id());
        }
        Map<Integer, Long> tableIds = new HashMap<>();
        for (TableDraft table : report.tables()) {
            tableIds.put(table.number(), programme.addTable(actorId, gathering.id(), table).id());
        }
        saveItems(actorId, gathering.id(), report, roundIds, tableIds);
        if (dryRun) {
            context.setRollbackOnly();
        }
        return gathering;
    }

    @Override
    public ProgrammeView saveInto(long actorId, long gatheringId, ReportImport report, boolean dryRun) {
        Gathering gathering = em.find(Gathering.class, gatheringId);
        if (gathering == null) {
            throw new UnknownGatheringException(gatheringId);
        }
        if (!access.mayOrganise(actorId, gathering)) {
            throw new NotOrganiserException(actorId, gatheringId);
        }
        checkItems(report);
        ProgrammeView before = programme.programme(gatheringId);
        List<Long> roundIds = new ArrayList<>();
        for (int i = 0; i < report.rounds().size(); i++) {
            roundIds.add(i < before.rounds().size() ? before.rounds().get(i).id()
                    : programme.addRound(actorId, gatheringId, report.rounds().get(i)).id());
        }
        Map<Integer, Long> tableIds = new HashMap<>();
        for (TableDraft table : report.tables()) {
            Long existing = before.tables().stream().filter(t -> t.number() == table.number()).map(TableView::id)
                    .findFirst().orElse(null);
            tableIds.put(table.number(), existing != null ? existing
                    : programme.addTable(actorId, gatheringId, table).id());
        }
        saveItems(actorId, gatheringId, report, roundIds, tableIds);
        ProgrammeView after = programme.programme(gatheringId);
        if (dryRun) {
            context.setRollbackOnly();
        }
        return after;
    }

    private void saveItems(long actorId, long gatheringId, ReportImport report, List<Long> roundIds,
                           Map<Integer, Long> tableIds) {
        List<HarvestItemDraft> drafts = new ArrayList<>();
        for (ReportImport.Item item : report.items()) {
            drafts.add(draft(item, roundIds, tableIds, null));
        }
        List<HarvestItemView> saved = harvest.captureAll(actorId, gatheringId, HarvestOrigin.IMPORTED,
                report.authorName(), drafts);
        // a suggestion points at its case, which has an id only now
        for (int i = 0; i < report.items().size(); i++) {
            ReportImport.Item item = report.items().get(i);
            if (item.forCase() != null) {
                HarvestItemView view = saved.get(i);
                harvest.revise(actorId, view.id(), view.version(),
                        draft(item, roundIds, tableIds, saved.get(item.forCase()).id()));
            }
        }
    }

    private static HarvestItemDraft draft(ReportImport.Item item, List<Long> roundIds, Map<Integer, Long> tableIds,
                                          Long caseItemId) {
        return new HarvestItemDraft(item.table() == null ? null : tableIds.get(item.table()),
                item.round() == null ? null : roundIds.get(item.round() - 1), item.type(), item.text().strip(),
                item.type() == HarvestType.CASUS ? blankToNull(item.pitcher()) : null,
                item.type() == HarvestType.KNELPUNT ? blankToNull(item.governmentView()) : null,
                item.type() == HarvestType.KNELPUNT ? blankToNull(item.initiativeView()) : null, caseItemId);
    }

    private static void check(ReportImport report) {
        if (report.gathering() == null) {
            throw new InvalidInputException("gathering", Problem.REQUIRED);
        }
        checkItems(report);
    }

    private static void checkItems(ReportImport report) {
        if (report.items().size() > Harvest.MAX_BATCH) {
            throw new InvalidInputException("items", Problem.TOO_MANY, Harvest.MAX_BATCH);
        }
        List<Integer> tableNumbers = report.tables().stream().map(TableDraft::number).toList();
        for (int i = 0; i < report.items().size(); i++) {
            ReportImport.Item item = report.items().get(i);
            String field = "items[" + i + "].";
            if (item == null || item.type() == null) {
                throw new InvalidInputException(field + "type", Problem.REQUIRED);
            }
            if (item.text() == null || item.text().isBlank()) {
                throw new InvalidInputException(field + "text", Problem.REQUIRED);
            }
            if (item.text().strip().length() > Harvest.MAX_TEXT) {
                throw new InvalidInputException(field + "text", Problem.TOO_LONG, Harvest.MAX_TEXT);
            }
            for (String[] view : new String[][] {{"governmentView", item.governmentView()},
                    {"initiativeView", item.initiativeView()}}) {
                if (item.type() == HarvestType.KNELPUNT && view[1] != null
                        && view[1].strip().length() > Harvest.MAX_VIEW) {
                    throw new InvalidInputException(field + view[0], Problem.TOO_LONG, Harvest.MAX_VIEW);
                }
            }
            if (item.round() != null && (item.round() < 1 || item.round() > report.rounds().size())) {
                throw new InvalidInputException(field + "round", Problem.UNKNOWN_ROUND);
            }
            if (item.table() != null && !tableNumbers.contains(item.table())) {
                throw new InvalidInputException(field + "table", Problem.UNKNOWN_TABLE);
            }
            if (item.forCase() != null && (item.forCase() < 0 || item.forCase() >= report.items().size()
                    || item.forCase() == i || report.items().get(item.forCase()) == null
                    || report.items().get(item.forCase()).type() != HarvestType.CASUS)) {
                throw new InvalidInputException(field + "forCase", Problem.UNKNOWN_ITEM);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
