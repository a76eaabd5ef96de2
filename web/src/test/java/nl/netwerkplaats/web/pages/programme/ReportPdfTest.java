package nl.netwerkplaats.web.pages.programme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import nl.netwerkplaats.events.api.Audience;
import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.events.api.GatheringStatus;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.HarvestItemStatus;
import nl.netwerkplaats.events.api.HarvestItemView;
import nl.netwerkplaats.events.api.HarvestOrigin;
import nl.netwerkplaats.events.api.HarvestType;
import nl.netwerkplaats.events.api.ParticipantRole;
import nl.netwerkplaats.events.api.ParticipantView;
import nl.netwerkplaats.events.api.ProgrammeView;
import nl.netwerkplaats.events.api.ReportView;
import nl.netwerkplaats.events.api.RoundView;
import nl.netwerkplaats.events.api.TableView;
import nl.netwerkplaats.web.i18n.Messages;

class ReportPdfTest {

    private static final OffsetDateTime START = OffsetDateTime.of(2022, 4, 2, 10, 0, 0, 0, ZoneOffset.UTC);

    static ReportView report(String title, int tables, int rounds, int itemsPerTable) {
        GatheringView g = new GatheringView(1, title, GatheringKind.THEMADAG, List.of("Best practices delen"),
                null, START, START.plusHours(6), "Kasteel Hoensbroek", null, "GM0150", null, List.of(), List.of(),
                List.of(), 100, null, Audience.EVERYONE, null, false, GatheringStatus.VERSLAG_GEPUBLICEERD, null,
                List.of(1L), null, 0, 0, null);
        List<RoundView> roundViews = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            roundViews.add(new RoundView(100 + r, 1, r, "Ronde " + r, "Welke best practices kent u?", null, null));
        }
        List<TableView> tableViews = new ArrayList<>();
        for (int t = 1; t <= tables; t++) {
            tableViews.add(new TableView(200 + t, 1, t, t == 1 ? "Eenzaamheid" : "Thema " + t, null, "Host " + t,
                    null, null));
        }
        List<HarvestItemView> items = new ArrayList<>();
        long id = 1000;
        for (RoundView r : roundViews) {
            for (TableView t : tableViews) {
                for (int i = 0; i < itemsPerTable; i++) {
                    HarvestType type = HarvestType.values()[i % HarvestType.values().length];
                    items.add(new HarvestItemView(id++, 1, t.id(), r.id(), type, "Item " + i + " van tafel "
                            + t.number() + " in ronde " + r.position() + ": een wat langere zin over wat er aan"
                            + " deze tafel gezegd is, zodat de regel moet afbreken op de pagina.",
                            type == HarvestType.CASUS ? "Jan Pitcher" : null,
                            type == HarvestType.KNELPUNT ? "Regels" : null,
                            type == HarvestType.KNELPUNT ? "Papier" : null, null, null, "Notulist",
                            HarvestOrigin.LIVE, HarvestItemStatus.SHOWN, id, START, START, 0));
                }
            }
        }
        List<HarvestItemView> key = items.stream().filter(i -> i.type() == HarvestType.KERNBOODSCHAP).toList();
        return new ReportView(g, "Inleiding met\nmeerdere regels.", "Samen sterk – netwerkkracht", true, START,
                new ProgrammeView(1, roundViews, tableViews), items, key, List.of(),
                List.of(new ParticipantView("Lotte Lijstlid", "Wijkteam Zuid", ParticipantRole.PROFESSIONAL)),
                List.of(), List.of(), false);
    }

    @Test
    void pdfTextHoldsEverySectionOfTheReport() throws Exception {
        ReportView report = report("MO-themadag ëën “quotes” 😀", 2, 2, 13);

        String text = text(ReportPdf.render(report, bundle("nl"), Locale.forLanguageTag("nl")));

        assertTrue(text.contains("Wat hebben we geoogst?"), text);
        assertTrue(text.contains("MO-themadag ëën “quotes” ?"), "what Helvetica cannot draw becomes ?: " + text);
        assertTrue(text.contains("Inleiding met meerdere regels."), text);
        assertTrue(text.contains("1. Ronde 1"), text);
        assertTrue(text.contains("Tafel 1 – Eenzaamheid"), text);
        assertTrue(text.contains("Best practice: Item 0 van tafel 1 in ronde 1"), text);
        assertTrue(text.contains("Ingebracht door: Jan Pitcher"), text);
        assertTrue(text.contains("Zo ziet de overheid het: Regels"), text);
        assertTrue(text.contains("Samen sterk – netwerkkracht"), text);
        assertTrue(text.contains("Lotte Lijstlid (Wijkteam Zuid)"), text);
        assertTrue(text.contains("Item 12 van tafel 2 in ronde 2"), "the last item too, on a later page");
    }

    @Test
    void englishLabels() throws Exception {
        String text = text(ReportPdf.render(report("Theme day", 1, 1, 3), bundle("en"), Locale.ENGLISH));
        assertTrue(text.contains("What did we harvest?"), text);
        assertTrue(text.contains("Table 1"), text);
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag(language));
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
