package nl.netwerkplaats.web.pages.gatherings;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import nl.netwerkplaats.events.api.Audience;
import nl.netwerkplaats.events.api.GatheringDraft;
import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.HarvestType;
import nl.netwerkplaats.events.api.ImportNotAllowedException;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.NotOrganiserException;
import nl.netwerkplaats.events.api.ReportImport;
import nl.netwerkplaats.events.api.ReportImports;
import nl.netwerkplaats.events.api.ReportProposal;
import nl.netwerkplaats.events.api.RoundDraft;
import nl.netwerkplaats.events.api.TableDraft;
import nl.netwerkplaats.web.i18n.Messages;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * "Verslag importeren": paste or upload a plain-text report, correct the importer's proposal (the gathering's facts,
 * rounds, tables, and per item its type, round, table and whether to keep it; unrecognised lines are marked), then
 * save: the gathering as a concept with its programme and harvest, in one go. Nothing is saved before that.
 * web.xml limits /bijeenkomsten/organisatie/* to members; the events service decides who may import.
 */
@Named
@ViewScoped
public class ReportImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "preview";
    private static final Pattern ITEM_FIELD = Pattern.compile("items\\[(\\d+)]\\.(\\w+)");
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)");

    @Inject
    private transient ReportImports imports;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Feedback feedback;

    @Inject
    private transient Messages messages;

    private String text;
    private transient Part upload;
    private boolean proposed;

    // the gathering, as the user corrects it
    private String title;
    private GatheringKind kind;
    private String date;
    private String startTime = "13:00";
    private String endTime = "17:00";
    private String place;
    private String organisers;
    private String goals;
    private String author;
    private boolean keepParticipants = true;
    private String participantList;

    private final List<RoundRow> rounds = new ArrayList<>();
    private final List<TableRow> tables = new ArrayList<>();
    private final List<ItemRow> items = new ArrayList<>();
    private int unrecognisedCount;

    /** A round as the user corrects it. */
    public static class RoundRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int number;
        private String title;
        private String question;

        RoundRow(int number, String title, String question) {
            this.number = number;
            this.title = title;
            this.question = question;
        }

        public int getNumber() {
            return number;
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
    }

    /** A table as the user corrects it. */
    public static class TableRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int number;
        private final String name;
        private String topic;

        TableRow(int number, String name, String topic) {
            this.number = number;
            this.name = name;
            this.topic = topic;
        }

        public int getNumber() {
            return number;
        }

        public String getName() {
            return name;
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }
    }

    /** An item as the user corrects it. */
    public static class ItemRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int index;
        private final String lines;
        private final boolean recognised;
        private final Integer forCase;
        private boolean keep = true;
        private HarvestType type;
        private Integer round;
        private Integer table;
        private String text;
        private String pitcher;
        private String governmentView;
        private String initiativeView;

        ItemRow(int index, ReportProposal.Item item) {
            this.index = index;
            this.lines = item.lines().size() == 1 ? item.lines().get(0).toString()
                    : item.lines().get(0) + "–" + item.lines().get(item.lines().size() - 1);
            this.recognised = item.recognised();
            this.forCase = item.forCase();
            this.type = item.type();
            this.round = item.round();
            this.table = item.table();
            this.text = item.text();
            this.pitcher = item.pitcher();
            this.governmentView = item.governmentView();
            this.initiativeView = item.initiativeView();
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

        public int getIndex() {
            return index;
        }

        public String getLines() {
            return lines;
        }

        public boolean isRecognised() {
            return recognised;
        }

        public boolean isKeep() {
            return keep;
        }

        public void setKeep(boolean keep) {
            this.keep = keep;
        }

        public HarvestType getType() {
            return type;
        }

        public void setType(HarvestType type) {
            this.type = type;
        }

        public Integer getRound() {
            return round;
        }

        public void setRound(Integer round) {
            this.round = round;
        }

        public Integer getTable() {
            return table;
        }

        public void setTable(Integer table) {
            this.table = table;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getPitcher() {
            return pitcher;
        }

        public void setPitcher(String pitcher) {
            this.pitcher = pitcher;
        }
    }

    public boolean isAllowed() {
        return currentUser.isSignedIn() && imports.mayImport(currentUser.id());
    }

    /** Reads the pasted text, or the uploaded file when one was chosen. */
    public String propose() {
        String report = text;
        if (upload != null && upload.getSize() > 0) {
            if (upload.getSize() > ReportImports.MAX_CHARS * 4L) {
                feedback.fieldError("paste:file", "import.tooLong", ReportImports.MAX_CHARS);
                return null;
            }
            try (InputStream in = upload.getInputStream()) {
                report = decode(in.readAllBytes());
            } catch (IOException e) {
                feedback.fieldError("paste:file", "import.unreadable");
                return null;
            }
        }
        try {
            show(imports.propose(currentUser.id(), report));
            text = report;
        } catch (ImportNotAllowedException e) {
            feedback.error("import.api.notAllowed");
        } catch (InvalidInputException e) {
            feedback.fieldError("paste:text", e.problem() == InvalidInputException.Problem.TOO_LONG
                    ? "import.tooLong" : "import.api.empty", ReportImports.MAX_CHARS);
        }
        return null;
    }

    /** UTF-8 when the bytes are UTF-8; otherwise Windows-1252, which is what Word saves plain text as here. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    private void show(ReportProposal p) {
        ReportProposal.Gathering g = p.gathering();
        title = g.title();
        kind = g.kind();
        date = g.date() == null ? null : g.date().toString();
        place = g.place();
        organisers = String.join(", ", g.organisers());
        goals = String.join("\n", g.goals());
        rounds.clear();
        p.rounds().forEach(r -> rounds.add(new RoundRow(r.number(), r.title(), r.question())));
        tables.clear();
        p.tables().forEach(t -> tables.add(new TableRow(t.number(), t.name(), t.topic())));
        items.clear();
        for (int i = 0; i < p.items().size(); i++) {
            items.add(new ItemRow(i, p.items().get(i)));
        }
        unrecognisedCount = p.unrecognised().size();
        participantList = String.join("\n", p.participants().stream()
                .map(x -> x.organisation() == null ? x.name() : x.name() + " (" + x.organisation() + ")").toList());
        keepParticipants = !participantList.isEmpty();
        proposed = true;
    }

    public String save() {
        LocalDate day;
        LocalTime from;
        LocalTime until;
        try {
            day = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeException e) {
            day = null;
        }
        if (day == null) {
            feedback.fieldError(FORM + ":date", "import.field.date.invalid");
            return null;
        }
        from = time(startTime);
        until = time(endTime);
        if (from == null || until == null) {
            feedback.fieldError(FORM + ":" + (from == null ? "startTime" : "endTime"), "import.field.time.invalid");
            return null;
        }
        OffsetDateTime startsAt = day.atTime(from).atZone(AgendaPage.DUTCH_TIME).toOffsetDateTime();
        OffsetDateTime endsAt = day.atTime(until).atZone(AgendaPage.DUTCH_TIME).toOffsetDateTime();
        String description = blank(organisers) ? null : messages.get("import.organisedBy") + " " + organisers.strip();
        List<String> goalList = goals == null ? List.of()
                : Arrays.stream(goals.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        GatheringDraft gathering = new GatheringDraft(title, kind, goalList, description, startsAt, endsAt,
                blank(place) ? null : place.strip(), null, null, null, List.of(), List.of(), List.of(), null, null,
                Audience.EVERYONE, null, false);

        List<RoundDraft> roundDrafts = rounds.stream().map(r -> new RoundDraft(
                blank(r.getTitle()) ? "Ronde " + r.getNumber() : r.getTitle().strip(),
                blank(r.getQuestion()) ? null : r.getQuestion().strip(), null, null)).toList();
        List<TableDraft> tableDrafts = tables.stream().map(t -> new TableDraft(t.getNumber(),
                blank(t.getTopic()) ? null : t.getTopic().strip(), null, null, null, null)).toList();
        // Only the kept items go; a suggestion keeps its case when that case is kept and still a case.
        List<ItemRow> kept = items.stream().filter(ItemRow::isKeep).toList();
        List<ReportImport.Item> drafts = new ArrayList<>();
        for (ItemRow row : kept) {
            Integer forCase = null;
            if (row.forCase != null && row.getType() == HarvestType.SUGGESTIE) {
                ItemRow target = items.get(row.forCase);
                if (target.isKeep() && target.getType() == HarvestType.CASUS) {
                    forCase = kept.indexOf(target);
                }
            }
            drafts.add(new ReportImport.Item(row.getType(), row.getText(), row.getRound(), row.getTable(),
                    row.getPitcher(), forCase, row.getGovernmentView(), row.getInitiativeView()));
        }
        if (keepParticipants && !blank(participantList)) {
            drafts.add(new ReportImport.Item(HarvestType.NOTITIE,
                    messages.get("import.participants") + ":\n" + participantList.strip(), null, null, null, null, null,
                    null));
        }
        try {
            GatheringView saved = imports.save(currentUser.id(), new ReportImport(gathering, roundDrafts, tableDrafts,
                    drafts, blank(author) ? null : author.strip()));
            feedback.keepForRedirect();
            feedback.info("import.saved", drafts.size());
            return "/bijeenkomsten/organisatie/bewerken.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (ImportNotAllowedException | NotOrganiserException e) {
            feedback.error("import.api.notAllowed");
        } catch (InvalidInputException e) {
            showProblem(e, kept);
        }
        return null;
    }

    private void showProblem(InvalidInputException e, List<ItemRow> kept) {
        String message = "input.problem." + e.problem();
        Matcher item = ITEM_FIELD.matcher(e.field());
        if (item.matches()) {
            int at = Integer.parseInt(item.group(1));
            if (at < kept.size()) {
                ItemRow row = kept.get(at);
                String component = switch (item.group(2)) {
                    case "text", "governmentView", "initiativeView" -> item.group(2);
                    case "round" -> "round";
                    case "table" -> "table";
                    default -> "type";
                };
                feedback.fieldError(FORM + ":items:" + items.indexOf(row) + ":" + component, message, e.limit());
                feedback.error("import.itemProblem", row.getLines());
                return;
            }
        }
        String field = switch (e.field()) {
            case "title" -> "title";
            case "kind" -> "kind";
            case "startsAt", "endsAt" -> "endTime";
            case "venueName" -> "place";
            case "goals" -> "goals";
            case "description" -> "organisers";
            default -> null;
        };
        if (field == null) {
            feedback.error(message, e.limit());
        } else {
            feedback.fieldError(FORM + ":" + field, message, e.limit());
        }
    }

    public String startOver() {
        proposed = false;
        rounds.clear();
        tables.clear();
        items.clear();
        return null;
    }

    private static LocalTime time(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = TIME.matcher(s.strip());
        return m.matches() ? LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<GatheringKind> getKinds() {
        return List.of(GatheringKind.values());
    }

    public List<HarvestType> getTypes() {
        return List.of(HarvestType.values());
    }

    public int getMaxChars() {
        return ReportImports.MAX_CHARS;
    }

    public boolean isProposed() {
        return proposed;
    }

    public int getUnrecognisedCount() {
        return unrecognisedCount;
    }

    public List<RoundRow> getRounds() {
        return rounds;
    }

    public List<TableRow> getTables() {
        return tables;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public GatheringKind getKind() {
        return kind;
    }

    public void setKind(GatheringKind kind) {
        this.kind = kind;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOrganisers() {
        return organisers;
    }

    public void setOrganisers(String organisers) {
        this.organisers = organisers;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public boolean isKeepParticipants() {
        return keepParticipants;
    }

    public void setKeepParticipants(boolean keepParticipants) {
        this.keepParticipants = keepParticipants;
    }

    public String getParticipantList() {
        return participantList;
    }

    public void setParticipantList(String participantList) {
        this.participantList = participantList;
    }
}
