package nl.netwerkplaats.web.pages.programme;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.Harvest;
import nl.netwerkplaats.events.api.HarvestItemDraft;
import nl.netwerkplaats.events.api.HarvestItemView;
import nl.netwerkplaats.events.api.HarvestType;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.NotOrganiserException;
import nl.netwerkplaats.events.api.Programme;
import nl.netwerkplaats.events.api.ProgrammeView;
import nl.netwerkplaats.events.api.RoundView;
import nl.netwerkplaats.events.api.StaleHarvestItemException;
import nl.netwerkplaats.events.api.TableView;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * The note-taker's phone during the gathering: pick the table and round, type items; each item saves itself when
 * the field is left (Ajax on change), as its own row with its version, so tables and phones never overwrite each
 * other. When someone else changed the same item meanwhile, the page says so and shows their text.
 */
@Named
@ViewScoped
public class HarvestCapturePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Harvest harvest;

    @Inject
    private transient Programme programme;

    @Inject
    private transient GatheringCalendar calendar;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Feedback feedback;

    @Inject
    @Param(name = "id")
    private String idParameter;

    @Inject
    @Param(name = "tafel")
    private String tableParameter;

    @Inject
    @Param(name = "ronde")
    private String roundParameter;

    private Long id;
    private GatheringView gathering;
    private ProgrammeView programmeView;
    private List<TableView> tables = List.of();
    private Long tableId;
    private Long roundId;
    private List<ItemRow> rows = new ArrayList<>();

    @PostConstruct
    void load() {
        id = OrganiserView.id(idParameter).orElse(null);
        gathering = id == null ? null : calendar.find(id, currentUser.id()).orElse(null);
        if (gathering == null) {
            return;
        }
        programmeView = programme.programme(id);
        long me = currentUser.id();
        tables = programmeView.tables().stream().filter(t -> harvest.mayCapture(me, id, t.id())).toList();
        Long askedTable = OrganiserView.id(tableParameter).orElse(null);
        tableId = tables.stream().map(TableView::id).filter(t -> t.equals(askedTable)).findFirst()
                .orElse(tables.isEmpty() ? null : tables.get(0).id());
        Long askedRound = OrganiserView.id(roundParameter).orElse(null);
        roundId = programmeView.rounds().stream().map(RoundView::id).filter(r -> r.equals(askedRound)).findFirst()
                .orElse(programmeView.rounds().isEmpty() ? null : programmeView.rounds().get(0).id());
        refresh();
    }

    public void requireAccess() throws IOException {
        OrganiserView.require(gathering != null, tableId != null);
    }

    /** Table or round changed in the choosers. */
    public void choose() {
        refresh();
    }

    private void refresh() {
        if (tableId == null) {
            rows = new ArrayList<>();
            return;
        }
        rows = new ArrayList<>(harvest.items(currentUser.id(), id).stream()
                .filter(i -> Objects.equals(i.tableId(), tableId) && Objects.equals(i.roundId(), roundId))
                .map(ItemRow::of).toList());
        rows.add(new ItemRow());
    }

    /** Autosave: a new row is captured, an existing one revised with the version it was read at. */
    public void save(ItemRow row) {
        if (row.text == null || row.text.isBlank()) {
            if (row.id == null) {
                return; // an empty new row is not an item yet
            }
            row.status = "empty";
            feedback.error("harvest.emptyNotSaved");
            return;
        }
        HarvestItemDraft draft = new HarvestItemDraft(tableId, roundId, row.type, row.text, row.pitchedBy,
                row.governmentView, row.initiativeView, null);
        try {
            HarvestItemView saved = row.id == null ? harvest.capture(currentUser.id(), id, draft)
                    : harvest.revise(currentUser.id(), row.id, row.version, draft);
            boolean wasNew = row.id == null;
            row.take(saved);
            row.status = "saved";
            if (wasNew) {
                rows.add(new ItemRow());
            }
        } catch (StaleHarvestItemException e) {
            row.status = "conflict";
            row.theirs = e.current() == null ? null : e.current().text();
            if (e.current() != null) {
                row.version = e.current().version();
            } else {
                row.id = null;
            }
            feedback.error(e.current() == null ? "harvest.conflict.removed" : "harvest.conflict");
        } catch (InvalidInputException e) {
            row.status = "error";
            feedback.error("input.problem." + e.problem(), e.limit());
        } catch (NotOrganiserException e) {
            row.status = "error";
            feedback.error("harvest.notAllowed");
        }
    }

    public void remove(ItemRow row) {
        if (row.id == null) {
            rows.remove(row);
            return;
        }
        try {
            harvest.remove(currentUser.id(), row.id, row.version);
            feedback.info("harvest.removed");
        } catch (StaleHarvestItemException e) {
            feedback.error("harvest.conflict");
        }
        refresh();
    }

    public HarvestType[] getTypes() {
        return HarvestType.values();
    }

    public static class ItemRow implements Serializable {
        private static final long serialVersionUID = 1L;
        Long id;
        int version;
        HarvestType type = HarvestType.BEST_PRACTICE;
        String text;
        String pitchedBy;
        String governmentView;
        String initiativeView;
        String status;
        String theirs;

        static ItemRow of(HarvestItemView i) {
            ItemRow row = new ItemRow();
            row.take(i);
            return row;
        }

        void take(HarvestItemView i) {
            id = i.id();
            version = i.version();
            type = i.type();
            text = i.text();
            pitchedBy = i.pitchedBy();
            governmentView = i.governmentView();
            initiativeView = i.initiativeView();
            theirs = null;
        }

        public Long getId() {
            return id;
        }

        public HarvestType getType() {
            return type;
        }

        public void setType(HarvestType type) {
            this.type = type;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getPitchedBy() {
            return pitchedBy;
        }

        public void setPitchedBy(String pitchedBy) {
            this.pitchedBy = pitchedBy;
        }

        public String getGovernmentView() {
            return governmentView;
        }

        public void setGovernmentView(String governmentView) {
            this.governmentView = governmentView;
        }

        public String getInitiativeView() {
            return initiativeView;
        }

        public void setInitiativeView(String initiativeView) {
            this.initiativeView = initiativeView;
        }

        public String getStatus() {
            return status;
        }

        public String getTheirs() {
            return theirs;
        }
    }

    public GatheringView getGathering() {
        return gathering;
    }

    public ProgrammeView getProgramme() {
        return programmeView;
    }

    public List<TableView> getTables() {
        return tables;
    }

    public Long getTableId() {
        return tableId;
    }

    public void setTableId(Long tableId) {
        this.tableId = tables.stream().map(TableView::id).filter(t -> t.equals(tableId)).findFirst()
                .orElse(this.tableId);
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = programmeView.rounds().stream().map(RoundView::id).filter(r -> r.equals(roundId)).findFirst()
                .orElse(null);
    }

    public List<ItemRow> getRows() {
        return rows;
    }
}
