package nl.netwerkplaats.web.pages.programme;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.Programme;
import nl.netwerkplaats.events.api.ProgrammeView;
import nl.netwerkplaats.events.api.RoundDraft;
import nl.netwerkplaats.events.api.RoundView;
import nl.netwerkplaats.events.api.TableDraft;
import nl.netwerkplaats.events.api.TableView;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * Organisers plan the rounds (title, question, time slot, order) and the tables (number, topic or case, host,
 * note-taker: a name, or a member's e-mail address so that member can capture the harvest).
 */
@Named
@ViewScoped
public class ProgrammePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Programme programme;

    @Inject
    private transient Gatherings gatherings;

    @Inject
    private transient GatheringCalendar calendar;

    @Inject
    private transient Accounts accounts;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Feedback feedback;

    @Inject
    @Param(name = "id")
    private String idParameter;

    private Long id;
    private GatheringView gathering;
    private boolean allowed;
    private List<RoundRow> rounds = new ArrayList<>();
    private List<TableRow> tables = new ArrayList<>();
    private RoundRow newRound = new RoundRow();
    private TableRow newTable = new TableRow();

    @PostConstruct
    void load() {
        id = OrganiserView.id(idParameter).orElse(null);
        gathering = id == null ? null : calendar.find(id, currentUser.id()).orElse(null);
        allowed = gathering != null && gatherings.mayOrganise(currentUser.id(), id);
        if (allowed) {
            refresh();
        }
    }

    private void refresh() {
        ProgrammeView p = programme.programme(id);
        rounds = new ArrayList<>(p.rounds().stream().map(this::row).toList());
        tables = new ArrayList<>(p.tables().stream().map(this::row).toList());
        newRound = new RoundRow();
        newTable = new TableRow();
        newTable.number = String.valueOf(tables.stream().mapToInt(t -> parse(t.number)).max().orElse(0) + 1);
    }

    public void requireAccess() throws IOException {
        OrganiserView.require(gathering != null, allowed);
    }

    public void addRound() {
        try {
            programme.addRound(currentUser.id(), id, draft(newRound));
            feedback.info("programme.saved");
            refresh();
        } catch (InvalidInputException e) {
            feedback.error("input.problem." + e.problem(), e.limit());
        } catch (BadTime e) {
            feedback.error("programme.badTime");
        }
    }

    public void saveRound(RoundRow row) {
        try {
            programme.updateRound(currentUser.id(), row.id, draft(row));
            feedback.info("programme.saved");
            refresh();
        } catch (InvalidInputException e) {
            feedback.error("input.problem." + e.problem(), e.limit());
        } catch (BadTime e) {
            feedback.error("programme.badTime");
        }
    }

    public void moveUp(RoundRow row) {
        programme.moveRound(currentUser.id(), row.id, Math.max(1, row.position - 1));
        refresh();
    }

    public void removeRound(RoundRow row) {
        programme.removeRound(currentUser.id(), row.id);
        feedback.info("programme.removed");
        refresh();
    }

    public void addTable() {
        try {
            programme.addTable(currentUser.id(), id, draft(newTable));
            feedback.info("programme.saved");
            refresh();
        } catch (InvalidInputException e) {
            feedback.error("input.problem." + e.problem(), e.limit());
        }
    }

    public void saveTable(TableRow row) {
        try {
            programme.updateTable(currentUser.id(), row.id, draft(row));
            feedback.info("programme.saved");
            refresh();
        } catch (InvalidInputException e) {
            feedback.error("input.problem." + e.problem(), e.limit());
        }
    }

    public void removeTable(TableRow row) {
        programme.removeTable(currentUser.id(), row.id);
        feedback.info("programme.removed");
        refresh();
    }

    // ---------------------------------------------------------------- rows

    private RoundRow row(RoundView r) {
        RoundRow row = new RoundRow();
        row.id = r.id();
        row.position = r.position();
        row.title = r.title();
        row.question = r.question();
        row.start = r.startsAt() == null ? null : r.startsAt().atZoneSameInstant(OrganiserView.DUTCH_TIME).toLocalTime()
                .toString();
        row.end = r.endsAt() == null ? null : r.endsAt().atZoneSameInstant(OrganiserView.DUTCH_TIME).toLocalTime()
                .toString();
        return row;
    }

    private TableRow row(TableView t) {
        TableRow row = new TableRow();
        row.id = t.id();
        row.number = String.valueOf(t.number());
        row.topic = t.topic();
        row.host = person(t.hostAccountId(), t.hostName());
        row.noteTaker = person(t.noteTakerAccountId(), t.noteTakerName());
        return row;
    }

    /** A member shows as their e-mail address (what the organiser typed), anyone else as their name. */
    private String person(Long accountId, String name) {
        return accountId == null ? name : accounts.findById(accountId).map(AccountView::email).orElse(name);
    }

    private RoundDraft draft(RoundRow row) {
        return new RoundDraft(row.title, row.question, at(row.start), at(row.end));
    }

    private TableDraft draft(TableRow row) {
        Long host = member(row.host);
        Long noteTaker = member(row.noteTaker);
        return new TableDraft(parse(row.number), row.topic, host, host == null ? row.host : null, noteTaker,
                noteTaker == null ? row.noteTaker : null);
    }

    private Long member(String text) {
        if (text == null || !text.contains("@")) {
            return null;
        }
        return accounts.findByEmail(text.strip()).map(AccountView::id).orElse(null);
    }

    private OffsetDateTime at(String time) {
        if (time == null || time.isBlank()) {
            return null;
        }
        try {
            LocalDate day = gathering.startsAt().atZoneSameInstant(OrganiserView.DUTCH_TIME).toLocalDate();
            return day.atTime(LocalTime.parse(time.strip())).atZone(OrganiserView.DUTCH_TIME).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new BadTime();
        }
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number == null ? "" : number.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static final class BadTime extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    public static class RoundRow implements Serializable {
        private static final long serialVersionUID = 1L;
        Long id;
        int position;
        String title;
        String question;
        String start;
        String end;

        public Long getId() {
            return id;
        }

        public int getPosition() {
            return position;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getQuestion() {
            return question;
        }

        public void setQuestion(String question) {
            this.question = question;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }
    }

    public static class TableRow implements Serializable {
        private static final long serialVersionUID = 1L;
        Long id;
        String number;
        String topic;
        String host;
        String noteTaker;

        public Long getId() {
            return id;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public String getHost() {
            return host;
        }

        public void setHost(String host) {
            this.host = host;
        }

        public String getNoteTaker() {
            return noteTaker;
        }

        public void setNoteTaker(String noteTaker) {
            this.noteTaker = noteTaker;
        }
    }

    public GatheringView getGathering() {
        return gathering;
    }

    public List<RoundRow> getRounds() {
        return rounds;
    }

    public List<TableRow> getTables() {
        return tables;
    }

    public RoundRow getNewRound() {
        return newRound;
    }

    public TableRow getNewTable() {
        return newTable;
    }
}
