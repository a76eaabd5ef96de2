package nl.netwerkplaats.web.pages.figures;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;

import nl.netwerkplaats.events.api.Attendance;
import nl.netwerkplaats.events.api.HarvestType;
import nl.netwerkplaats.events.api.ParticipantRole;
import nl.netwerkplaats.kernel.figures.MonthTally;
import nl.netwerkplaats.kernel.figures.Tally;
import nl.netwerkplaats.kernel.reference.Municipality;
import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.OrganisationKind;
import nl.netwerkplaats.network.api.SupportStatus;
import nl.netwerkplaats.knowledge.api.KnowledgeType;
import nl.netwerkplaats.knowledge.api.LearningStatus;
import nl.netwerkplaats.web.i18n.Messages;
import nl.netwerkplaats.web.pages.figures.FigureTable.Chart;
import nl.netwerkplaats.web.pages.figures.FigureTable.Row;

/**
 * Turns an {@link Overview} into labelled tables and key figures in one language. The page, the CSV and the PDF
 * all use these, so the three never disagree.
 */
public final class FigureTables {

    /** A headline number with its label. */
    public record KeyFigure(String id, String label, String value) {
    }

    /** A municipality of the filter's area where nothing happened in the period. */
    public record Place(String code, String name) {
    }

    private final Overview overview;
    private final Locale locale;
    private final ResourceBundle texts;
    private final LongFunction<String> themeName;

    public FigureTables(Overview overview, Locale locale, LongFunction<String> themeName) {
        this.overview = overview;
        this.locale = locale;
        this.texts = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        this.themeName = themeName;
    }

    public String text(String key) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String themeName(long id) {
        return themeName.apply(id);
    }

    private String label(String prefix, String key) {
        return text(prefix + key);
    }

    public List<FigureTable> all() {
        return List.of(growth(), organisations(), municipalities(), gatheringKinds(), attendance(), harvestTypes(),
                knowledgeTypes(),
                knowledgeThemes(), supportStatus(), supportFunnel(), learningQuestions());
    }

    public java.util.Optional<FigureTable> byId(String id) {
        return all().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<KeyFigure> keyFigures() {
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(1);
        var g = overview.growth();
        Attendance a = overview.gatherings().attendance();
        var s = overview.support();
        var l = overview.learning();
        List<KeyFigure> figures = new ArrayList<>();
        figures.add(new KeyFigure("people", text("figures.key.people"), whole.format(g.peopleJoined())));
        figures.add(new KeyFigure("organisations", text("figures.key.organisations"),
                whole.format(g.organisationsRegistered())));
        figures.add(new KeyFigure("gatherings", text("figures.key.gatherings"),
                whole.format(overview.gatherings().held())));
        figures.add(new KeyFigure("present", text("figures.key.present"), whole.format(a.present())));
        figures.add(new KeyFigure("noshow", text("figures.key.noShow"), a.registered() == 0 ? "–"
                : decimal.format(100.0 * a.noShow() / a.registered()) + " %"));
        figures.add(new KeyFigure("knowledge", text("figures.key.knowledge"),
                whole.format(overview.knowledge().published())));
        figures.add(new KeyFigure("requests", text("figures.key.requests"), whole.format(s.asked())));
        figures.add(new KeyFigure("match", text("figures.key.match"), s.medianHoursToMatch() == null ? "–"
                : decimal.format(s.medianHoursToMatch() / 24.0) + " " + text("figures.days")));
        figures.add(new KeyFigure("overdue", text("figures.key.overdue"), whole.format(l.reviewOverdue())));
        figures.add(new KeyFigure("municipalities", text("figures.key.municipalities"),
                whole.format(activeMunicipalities().size()) + " / " + whole.format(area().size())));
        return figures;
    }

    /** Every month of the period. */
    private List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = YearMonth.from(overview.filter().to());
        for (YearMonth m = YearMonth.from(overview.filter().from()); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private String monthLabel(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(month);
    }

    private static long count(List<Tally> tallies, String key) {
        return tallies.stream().filter(t -> t.key().equals(key)).mapToLong(Tally::count).sum();
    }

    FigureTable growth() {
        List<Row> rows = new ArrayList<>();
        var g = overview.growth();
        for (YearMonth m : months()) {
            String key = m.toString();
            long organisations = g.organisationsPerMonth().stream().filter(t -> t.month().equals(key))
                    .mapToLong(MonthTally::count).sum();
            rows.add(new Row(monthLabel(m), List.of(count(g.peoplePerMonth(), key), organisations,
                    count(overview.gatherings().heldPerMonth(), key), count(overview.knowledge().perMonth(), key),
                    count(overview.support().perMonth(), key))));
        }
        return new FigureTable("groei", text("figures.growth.title"), List.of(text("figures.month"),
                text("figures.col.people"), text("figures.col.organisations"), text("figures.col.gatherings"),
                text("figures.col.knowledge"), text("figures.col.requests")), rows, Chart.LINE);
    }

    FigureTable organisations() {
        var perMonth = overview.growth().organisationsPerMonth();
        List<String> kinds = new ArrayList<>();
        for (OrganisationKind kind : OrganisationKind.values()) {
            if (perMonth.stream().anyMatch(t -> t.key().equals(kind.name()))) {
                kinds.add(kind.name());
            }
        }
        List<String> columns = new ArrayList<>();
        columns.add(text("figures.month"));
        kinds.forEach(k -> columns.add(label("enum.OrganisationKind.", k)));
        List<Row> rows = new ArrayList<>();
        for (YearMonth m : months()) {
            String key = m.toString();
            rows.add(new Row(monthLabel(m), kinds.stream().map(k -> perMonth.stream()
                    .filter(t -> t.month().equals(key) && t.key().equals(k)).mapToLong(MonthTally::count).sum())
                    .toList()));
        }
        return new FigureTable("organisaties", text("figures.organisations.title"), columns, rows,
                Chart.STACKED_BAR);
    }

    /** Organisations and initiatives registered in the period per kind, without the months. */
    FigureTable organisationKinds() {
        var perMonth = overview.growth().organisationsPerMonth();
        List<Row> rows = new ArrayList<>();
        for (OrganisationKind kind : OrganisationKind.values()) {
            long n = perMonth.stream().filter(t -> t.key().equals(kind.name())).mapToLong(MonthTally::count).sum();
            if (n > 0) {
                rows.add(new Row(label("enum.OrganisationKind.", kind.name()), List.of(n)));
            }
        }
        return new FigureTable("organisatiesoorten", text("figures.organisationKinds.title"),
                List.of(text("figures.kind"), text("figures.col.registered.organisations")), rows, Chart.BAR);
    }

    /** What is safe to publish: totals and breakdowns by kind and type, nothing per place or per person. */
    public List<FigureTable> published() {
        return List.of(organisationKinds(), gatheringKinds(), harvestTypes(), knowledgeTypes(), supportFunnel());
    }

    /** The municipalities of the chosen province, or of the whole country. */
    private List<Municipality> area() {
        String province = overview.filter().provinceCode();
        return province == null ? ReferenceData.get().municipalities()
                : ReferenceData.get().municipalitiesIn(province);
    }

    private Map<String, long[]> activeMunicipalities() {
        Set<String> inArea = new LinkedHashSet<>();
        area().forEach(m -> inArea.add(m.cbsCode()));
        Map<String, long[]> active = new TreeMap<>();
        List<List<Tally>> sources = List.of(overview.growth().peoplePerMunicipality(),
                overview.growth().organisationsPerMunicipality(), overview.gatherings().heldPerMunicipality(),
                overview.support().perMunicipality(), overview.knowledge().perMunicipality());
        for (int i = 0; i < sources.size(); i++) {
            for (Tally t : sources.get(i)) {
                if (inArea.contains(t.key()) && t.count() > 0) {
                    active.computeIfAbsent(t.key(), k -> new long[5])[i] += t.count();
                }
            }
        }
        return active;
    }

    FigureTable municipalities() {
        List<Row> rows = new ArrayList<>();
        activeMunicipalities().entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -java.util.Arrays.stream(
                        e.getValue()).sum()).thenComparing(e -> municipalityName(e.getKey())))
                .forEach(e -> rows.add(new Row(municipalityName(e.getKey()),
                        java.util.Arrays.stream(e.getValue()).boxed().toList())));
        return new FigureTable("gemeenten", text("figures.municipalities.title"), List.of(
                text("figures.municipality"), text("figures.col.people"), text("figures.col.organisations"),
                text("figures.col.gatherings"), text("figures.col.requests"), text("figures.col.knowledge")),
                rows, Chart.HORIZONTAL_STACKED_BAR, Math.min(rows.size(), 20));
    }

    /** Municipalities of the area where nothing counted happened in the period, by name. */
    public List<Place> missingMunicipalities() {
        Set<String> active = activeMunicipalities().keySet();
        return area().stream().filter(m -> !active.contains(m.cbsCode()))
                .map(m -> new Place(m.cbsCode(), m.name())).sorted(Comparator.comparing(Place::name)).toList();
    }

    private static String municipalityName(String code) {
        return ReferenceData.get().municipality(code).map(Municipality::name).orElse(code);
    }

    FigureTable gatheringKinds() {
        List<Row> rows = overview.gatherings().heldPerKind().stream()
                .map(t -> new Row(label("gathering.kind.", t.key()), List.of(t.count()))).toList();
        return new FigureTable("bijeenkomsten", text("figures.gatherings.title"), List.of(text("figures.kind"),
                text("figures.col.held")), rows, Chart.BAR);
    }

    FigureTable attendance() {
        Attendance a = overview.gatherings().attendance();
        List<Row> rows = new ArrayList<>();
        for (ParticipantRole role : ParticipantRole.values()) {
            Attendance.Counts c = a.perRole().get(role);
            if (c != null) {
                rows.add(new Row(label("participant.role.", role.name()),
                        List.of(c.registered(), c.present(), c.noShow())));
            }
        }
        rows.add(new Row(text("figures.total"), List.of(a.registered(), a.present(), a.noShow())));
        return new FigureTable("aanwezigheid", text("figures.attendance.title"), List.of(text("figures.role"),
                text("figures.col.registered"), text("figures.col.present"), text("figures.col.noShow")), rows,
                Chart.BAR, rows.size() - 1);
    }

    FigureTable harvestTypes() {
        List<Row> rows = new ArrayList<>();
        for (HarvestType type : HarvestType.values()) {
            long n = count(overview.gatherings().harvestPerType(), type.name());
            if (n > 0) {
                rows.add(new Row(label("harvest.type.", type.name()), List.of(n)));
            }
        }
        return new FigureTable("oogst", text("figures.harvest.title"), List.of(text("figures.type"),
                text("figures.col.harvested")), rows, Chart.BAR);
    }

    FigureTable knowledgeTypes() {
        List<Row> rows = new ArrayList<>();
        for (KnowledgeType type : KnowledgeType.values()) {
            long n = count(overview.knowledge().perType(), type.name());
            if (n > 0) {
                rows.add(new Row(label("knowledge.type.", type.name()), List.of(n)));
            }
        }
        return new FigureTable("kennis-type", text("figures.knowledgeTypes.title"), List.of(text("figures.type"),
                text("figures.col.published")), rows, Chart.BAR);
    }

    FigureTable knowledgeThemes() {
        List<Row> rows = overview.knowledge().perTheme().stream()
                .sorted(Comparator.comparingLong(Tally::count).reversed())
                .map(t -> new Row(themeName.apply(Long.parseLong(t.key())), List.of(t.count()))).toList();
        return new FigureTable("kennis-thema", text("figures.knowledgeThemes.title"), List.of(text("figures.theme"),
                text("figures.col.published")), rows, Chart.BAR, Math.min(rows.size(), 20));
    }

    FigureTable supportStatus() {
        List<Row> rows = new ArrayList<>();
        for (SupportStatus status : SupportStatus.values()) {
            rows.add(new Row(label("enum.SupportStatus.", status.name()),
                    List.of(count(overview.support().perStatus(), status.name()))));
        }
        return new FigureTable("steun-status", text("figures.supportStatus.title"), List.of(text("figures.status"),
                text("figures.col.requests")), rows, Chart.BAR);
    }

    FigureTable supportFunnel() {
        var s = overview.support();
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("figures.funnel.asked", s.asked());
        stages.put("figures.funnel.pickedUp", s.pickedUp());
        stages.put("figures.funnel.linked", s.linked());
        stages.put("figures.funnel.accepted", s.accepted());
        stages.put("figures.funnel.completed", s.completed());
        List<Row> rows = stages.entrySet().stream().map(e -> new Row(text(e.getKey()), List.of(e.getValue())))
                .toList();
        return new FigureTable("steun-trechter", text("figures.funnel.title"), List.of(text("figures.stage"),
                text("figures.col.requests")), rows, Chart.HORIZONTAL_BAR);
    }

    FigureTable learningQuestions() {
        var l = overview.learning();
        List<Row> rows = new ArrayList<>();
        for (LearningStatus status : LearningStatus.values()) {
            rows.add(new Row(label("agenda.status.", status.name()), List.of(count(l.perStatus(), status.name()))));
        }
        rows.add(new Row(text("figures.learning.asked"), List.of(l.askedInPeriod())));
        rows.add(new Row(text("figures.learning.onSchedule"), List.of(l.reviewOnSchedule())));
        rows.add(new Row(text("figures.learning.overdue"), List.of(l.reviewOverdue())));
        rows.add(new Row(text("figures.learning.reviewed"), List.of(l.reviewedInPeriod())));
        return new FigureTable("leervragen", text("figures.learning.title"), List.of(text("figures.learning.what"),
                text("figures.col.questions")), rows, Chart.BAR);
    }
}
