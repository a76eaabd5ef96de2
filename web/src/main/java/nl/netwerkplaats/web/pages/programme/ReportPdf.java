package nl.netwerkplaats.web.pages.programme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import nl.netwerkplaats.events.api.HarvestItemView;
import nl.netwerkplaats.events.api.HarvestType;
import nl.netwerkplaats.events.api.ParticipantView;
import nl.netwerkplaats.events.api.ReportView;
import nl.netwerkplaats.events.api.RoundView;
import nl.netwerkplaats.events.api.TableView;

/**
 * The report "Wat hebben we geoogst?" as an A4 PDF (PDFBox): the same sections as the web page, in reading order,
 * with word wrap and page breaks. The standard Helvetica fonts cover Western European text; a character they
 * cannot draw is written as "?" rather than failing the whole document.
 */
public final class ReportPdf {

    private static final float MARGIN = 56;
    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final ResourceBundle texts;
    private final PDDocument document = new PDDocument();
    private PDPageContentStream out;
    private float y;

    private ReportPdf(ResourceBundle texts) {
        this.texts = texts;
    }

    public static byte[] render(ReportView report, ResourceBundle texts, Locale locale) {
        try {
            return new ReportPdf(texts).write(report, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(ReportView r, Locale locale) throws IOException {
        try (document) {
            newPage();
            text(BOLD, 18, texts.getString("report.title"));
            text(BOLD, 14, r.gathering().title());
            text(REGULAR, 10, DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm", locale)
                    .format(r.gathering().startsAt().atZoneSameInstant(OrganiserView.DUTCH_TIME))
                    + (r.gathering().venueName() == null ? "" : " · " + r.gathering().venueName()));
            gap();
            if (r.intro() != null) {
                heading(texts.getString("report.intro"));
                paragraphs(r.intro());
            }
            if (!r.gathering().goals().isEmpty()) {
                heading(texts.getString("report.goals"));
                for (String goal : r.gathering().goals()) {
                    bullet(goal);
                }
            }
            if (!r.programme().rounds().isEmpty()) {
                heading(texts.getString("report.programme"));
                for (RoundView round : r.programme().rounds()) {
                    bullet(round.position() + ". " + round.title()
                            + (round.question() == null ? "" : " — " + round.question()));
                }
            }
            for (RoundView round : r.programme().rounds()) {
                heading(round.position() + ". " + round.title());
                if (round.question() != null) {
                    text(REGULAR, 10, texts.getString("programme.round.question") + ": " + round.question());
                }
                tables(r, round.id());
            }
            List<HarvestItemView> rest = r.itemsWithoutRound();
            if (!rest.isEmpty()) {
                heading(texts.getString(r.programme().rounds().isEmpty() ? "report.harvest" : "harvest.withoutRound"));
                tables(r, null);
            }
            heading(texts.getString("report.synthesis"));
            paragraphs(r.synthesis());
            if (!r.followUps().isEmpty()) {
                heading(texts.getString("report.followUps"));
                for (HarvestItemView i : r.followUps()) {
                    bullet(i.text());
                }
            }
            if (!r.participants().isEmpty()) {
                heading(texts.getString("report.participants"));
                for (ParticipantView p : r.participants()) {
                    bullet(p.name() + (p.organisation() == null ? "" : " (" + p.organisation() + ")"));
                }
            }
            out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private void tables(ReportView r, Long roundId) throws IOException {
        List<Long> tableIds = new ArrayList<>();
        tableIds.add(null);
        r.programme().tables().forEach(t -> tableIds.add(t.id()));
        for (Long tableId : tableIds) {
            List<HarvestItemView> items = r.itemsAt(roundId, tableId);
            if (items.isEmpty()) {
                continue;
            }
            TableView t = tableId == null ? null : r.programme().table(tableId).orElse(null);
            text(BOLD, 11, t == null ? texts.getString("report.plenary")
                    : texts.getString("programme.table") + " " + t.number() + (t.topic() == null ? "" : " – " + t.topic()));
            for (HarvestItemView i : items) {
                StringBuilder line = new StringBuilder(texts.getString("harvest.type." + i.type())).append(": ")
                        .append(i.text());
                if (i.type() == HarvestType.CASUS && i.pitchedBy() != null) {
                    line.append(" (").append(texts.getString("harvest.pitchedBy")).append(": ").append(i.pitchedBy())
                            .append(')');
                }
                bullet(line.toString());
                if (i.governmentView() != null) {
                    text(REGULAR, 10, "    " + texts.getString("harvest.governmentView") + ": " + i.governmentView());
                }
                if (i.initiativeView() != null) {
                    text(REGULAR, 10, "    " + texts.getString("harvest.initiativeView") + ": " + i.initiativeView());
                }
            }
        }
    }

    private void heading(String s) throws IOException {
        gap();
        text(BOLD, 13, s);
    }

    private void paragraphs(String s) throws IOException {
        for (String line : s.split("\\R")) {
            text(REGULAR, 10, line);
        }
    }

    private void bullet(String s) throws IOException {
        text(REGULAR, 10, "• " + s);
    }

    private void gap() {
        y -= 8;
    }

    private void text(PDFont font, float size, String s) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        for (String line : wrap(font, size, drawable(font, s == null ? "" : s), width)) {
            if (y < MARGIN + size) {
                out.close();
                newPage();
            }
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN, y);
            out.showText(line);
            out.endText();
            y -= size * 1.35f;
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Tabs and control characters become spaces; what the font cannot encode becomes "?". */
    static String drawable(PDFont font, String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String c = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
            try {
                font.encode(c);
                b.append(c);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }
}
