package nl.netwerkplaats.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.netwerkplaats.events.api.Audience;
import nl.netwerkplaats.events.api.GatheringDraft;
import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.events.api.Harvest;
import nl.netwerkplaats.events.api.HarvestItemDraft;
import nl.netwerkplaats.events.api.HarvestType;
import nl.netwerkplaats.knowledge.api.AttachmentRejectedException;
import nl.netwerkplaats.knowledge.api.EvidenceKind;
import nl.netwerkplaats.knowledge.api.KnowledgeAgenda;
import nl.netwerkplaats.knowledge.api.KnowledgeCommunity;
import nl.netwerkplaats.knowledge.api.KnowledgeThreads;
import nl.netwerkplaats.knowledge.api.LearningQuestionDraft;
import nl.netwerkplaats.knowledge.api.LearningQuestionSummary;
import nl.netwerkplaats.knowledge.api.LearningQuestionView;
import nl.netwerkplaats.knowledge.api.LearningStatus;
import nl.netwerkplaats.knowledge.api.ReactionView;
import nl.netwerkplaats.knowledge.api.ReportView;
import nl.netwerkplaats.knowledge.api.UnknownKnowledgeItemException;
import nl.netwerkplaats.network.api.AuditLog;
import nl.netwerkplaats.network.api.Outbox;
import nl.netwerkplaats.network.api.OutboxMessageView;
import nl.netwerkplaats.network.api.ThemeView;
import nl.netwerkplaats.knowledge.api.DocumentKind;
import nl.netwerkplaats.knowledge.api.FacetCount;
import nl.netwerkplaats.knowledge.api.KnowledgeActionNotAllowedException;
import nl.netwerkplaats.knowledge.api.KnowledgeDraft;
import nl.netwerkplaats.knowledge.api.KnowledgeHit;
import nl.netwerkplaats.knowledge.api.KnowledgeInputRejectedException;
import nl.netwerkplaats.knowledge.api.KnowledgeItemView;
import nl.netwerkplaats.knowledge.api.KnowledgeItems;
import nl.netwerkplaats.knowledge.api.KnowledgeQuery;
import nl.netwerkplaats.knowledge.api.KnowledgeResult;
import nl.netwerkplaats.knowledge.api.KnowledgeSearch;
import nl.netwerkplaats.knowledge.api.KnowledgeStatus;
import nl.netwerkplaats.knowledge.api.KnowledgeType;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.network.api.ThemeCatalog;

/**
 * The knowledge bank end to end. Tests without {@code @RunAsClient} run inside Payara Micro against PostgreSQL
 * through the knowledge API; the others use HTTP (REST, Atom) and headless Chromium with axe-core on every page.
 * Each test searches for words of its own, so the shared database's other items never get in the way.
 */
@ExtendWith(ArquillianExtension.class)
class KnowledgeIT {

    private static final String PASSWORD = "een lang genoeg wachtwoord";

    @Deployment
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClasses(KnowledgeIT.class, KnowledgeFixture.class);
    }

    @Inject
    private KnowledgeItems items;

    @Inject
    private KnowledgeSearch search;

    @Inject
    private Accounts accounts;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private KnowledgeCommunity community;

    @Inject
    private KnowledgeAgenda agenda;

    @Inject
    private Gatherings gatherings;

    @Inject
    private Harvest harvest;

    @Inject
    private KnowledgeThreads threads;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog auditLog;

    @jakarta.annotation.Resource(lookup = "java:app/jdbc/netwerkplaats")
    private javax.sql.DataSource dataSource;

    private static Pages pages;

    @BeforeAll
    static void startBrowser() throws Exception {
        pages = new Pages();
    }

    @AfterAll
    static void stopBrowser() {
        if (pages != null) {
            pages.close();
        }
    }

    // ---------------------------------------------------------------- in the container: items and workflow

    @Test
    void conceptIsSeenOnlyByItsAuthorsAndEditorsUntilPublished() {
        AccountView author = member();
        AccountView other = member();
        AccountView editor = editor();
        String word = word();
        KnowledgeItemView concept = items.create(author.id(), draft("Concept over " + word, "Kort", "<p>Tekst</p>"));

        assertEquals(KnowledgeStatus.CONCEPT, concept.status());
        assertTrue(items.find(null, concept.id()).isEmpty(), "visitor sees a concept");
        assertTrue(items.find(other.id(), concept.id()).isEmpty(), "another member sees a concept");
        assertTrue(items.find(author.id(), concept.id()).isPresent());
        assertTrue(items.find(editor.id(), concept.id()).isPresent());
        assertEquals(0, search.search(KnowledgeQuery.text(word)).total(), "a concept is found by search");

        assertThrows(KnowledgeActionNotAllowedException.class, () -> items.submit(other.id(), concept.id()));
        assertThrows(KnowledgeActionNotAllowedException.class, () -> items.publish(author.id(), concept.id()),
                "a member publishes");
        items.submit(author.id(), concept.id());
        assertThrows(KnowledgeActionNotAllowedException.class,
                () -> items.update(author.id(), concept.id(), draft("Gewijzigd " + word, "Kort", "")),
                "author changes an item in review");
        assertTrue(items.reviewQueue(editor.id()).stream().anyMatch(i -> i.id() == concept.id()));
        assertThrows(KnowledgeActionNotAllowedException.class, () -> items.reviewQueue(author.id()));

        KnowledgeItemView published = items.publish(editor.id(), concept.id());

        assertEquals(KnowledgeStatus.GEPUBLICEERD, published.status());
        assertTrue(items.find(null, concept.id()).isPresent());
        assertEquals(1, search.search(KnowledgeQuery.text(word)).total());
    }

    @Test
    void editorSendsBackWithANoteAndGivesTheQualityMarkWithAReason() {
        AccountView author = member();
        AccountView editor = editor();
        KnowledgeItemView item = items.create(author.id(), draft("Terug naar de auteur " + word(), "Kort", ""));
        items.submit(author.id(), item.id());

        KnowledgeInputRejectedException noNote = assertThrows(KnowledgeInputRejectedException.class,
                () -> items.sendBack(editor.id(), item.id(), " "));
        assertEquals("note", noNote.field());
        KnowledgeItemView back = items.sendBack(editor.id(), item.id(), "Voeg een voorbeeld toe.");
        assertEquals(KnowledgeStatus.CONCEPT, back.status());
        assertEquals("Voeg een voorbeeld toe.", back.reviewNote());
        items.update(author.id(), item.id(), draft(back.title(), "Kort, met voorbeeld", "<p>Voorbeeld</p>"));
        items.submit(author.id(), item.id());
        items.publish(editor.id(), item.id());

        assertThrows(KnowledgeInputRejectedException.class, () -> items.markWellDescribed(editor.id(), item.id(), ""));
        assertThrows(KnowledgeActionNotAllowedException.class,
                () -> items.markWellDescribed(author.id(), item.id(), "Zelf goed gevonden"));
        KnowledgeItemView marked = items.markWellDescribed(editor.id(), item.id(), "Helder, met een voorbeeld");
        assertTrue(marked.wellDescribed());
        assertEquals("Helder, met een voorbeeld", marked.wellDescribedReason());

        KnowledgeItemView archived = items.archive(editor.id(), item.id());
        assertEquals(KnowledgeStatus.GEARCHIVEERD, archived.status());
        assertTrue(items.find(null, item.id()).isPresent(), "archived items stay readable");
        assertFalse(items.mayEdit(editor.id(), item.id()));
    }

    @Test
    void scriptAndEventHandlersAreRemovedFromTheBody() {
        AccountView author = member();
        KnowledgeItemView item = items.create(author.id(), draft("Opmaak " + word(), "Kort",
                "<h2>Kop</h2><p>Goed <em>zo</em></p><script>alert(1)</script>"
                        + "<a href=\"javascript:alert(2)\" onclick=\"alert(3)\">klik</a>"
                        + "<img src=\"x\" onerror=\"alert(4)\"><a href=\"https://example.org/\">bron</a>"
                        + "<iframe src=\"https://example.org\"></iframe><p style=\"color:red\">rood</p>"));

        String body = item.bodyHtml();
        assertFalse(body.toLowerCase().contains("script"), body);
        assertFalse(body.contains("javascript:"), body);
        assertFalse(body.contains("onclick") || body.contains("onerror") || body.contains("style="), body);
        assertFalse(body.contains("<iframe") || body.contains("<img"), body);
        assertTrue(body.contains("<h2>Kop</h2>") && body.contains("<em>zo</em>"), body);
        assertTrue(body.contains("href=\"https://example.org/\""), body);
    }

    @Test
    void badDraftsAreRefusedAtTheFieldAndNothingIsSaved() {
        AccountView author = member();
        assertProblem("title", KnowledgeInputRejectedException.Problem.REQUIRED,
                () -> items.create(author.id(), draft(" ", "Kort", "")));
        assertProblem("summary", KnowledgeInputRejectedException.Problem.TOO_LONG,
                () -> items.create(author.id(), draft("Titel", "s".repeat(1001), "")));
        assertProblem("documentKind", KnowledgeInputRejectedException.Problem.DOCUMENT_KIND_REQUIRED,
                () -> items.create(author.id(), new KnowledgeDraft("Titel", KnowledgeType.DOCUMENT, null, "Kort", "",
                        List.of(), List.of(), List.of(), null)));
        assertProblem("themeIds", KnowledgeInputRejectedException.Problem.UNKNOWN_THEME,
                () -> items.create(author.id(), new KnowledgeDraft("Titel", KnowledgeType.CASUS, null, "Kort", "",
                        List.of(987_654_321L), List.of(), List.of(), null)));
        assertProblem("municipalityCodes", KnowledgeInputRejectedException.Problem.UNKNOWN_MUNICIPALITY,
                () -> items.create(author.id(), new KnowledgeDraft("Titel", KnowledgeType.CASUS, null, "Kort", "",
                        List.of(), List.of("GM9999"), List.of(), null)));

        assertProblem("organisationIds", KnowledgeInputRejectedException.Problem.UNKNOWN_ORGANISATION,
                () -> items.create(author.id(), new KnowledgeDraft("Titel", KnowledgeType.CASUS, null, "Kort", "",
                        List.of(), List.of(), List.of(987_654_321L), null)));
        assertProblem("sourceGatheringId", KnowledgeInputRejectedException.Problem.UNKNOWN_GATHERING,
                () -> items.create(author.id(), new KnowledgeDraft("Titel", KnowledgeType.CASUS, null, "Kort", "",
                        List.of(), List.of(), List.of(), 987_654_321L)));

        assertTrue(items.itemsOf(author.id()).isEmpty());
        KnowledgeItemView document = items.create(author.id(), new KnowledgeDraft("Handreiking", KnowledgeType.DOCUMENT,
                DocumentKind.HANDREIKING, "Kort", "", List.of(), List.of("gm0363"),
                List.of(KnowledgeFixture.organisationId), KnowledgeFixture.gatheringId));
        assertEquals(DocumentKind.HANDREIKING, document.documentKind());
        assertEquals(List.of("GM0363"), document.municipalityCodes());
        assertEquals(List.of(KnowledgeFixture.organisationId), document.organisationIds());
        assertEquals(KnowledgeFixture.gatheringId, document.sourceGatheringId());
    }

    // ---------------------------------------------------------------- in the container: attachments

    @Test
    void textInPdfDocxAndOdtAttachmentsIsFoundBySearch() throws Exception {
        AccountView author = member();
        AccountView editor = editor();
        String pdfWord = word();
        String docxWord = word();
        String odtWord = word();
        KnowledgeItemView item = items.create(author.id(), draft("Met bijlagen " + word(), "Kort", ""));

        items.addAttachment(author.id(), item.id(), "verslag.pdf", pdf("Het verslag over " + pdfWord));
        items.addAttachment(author.id(), item.id(), "notitie.docx", docx("Een notitie over " + docxWord));
        items.addAttachment(author.id(), item.id(), "plan.odt", odt("Een plan over " + odtWord));
        items.addAttachment(author.id(), item.id(), "foto.PNG", png());
        items.submit(author.id(), item.id());
        items.publish(editor.id(), item.id());

        assertEquals(4, items.find(null, item.id()).orElseThrow().attachments().size());
        for (String word : List.of(pdfWord, docxWord, odtWord)) {
            List<KnowledgeHit> hits = search.search(KnowledgeQuery.text(word)).hits();
            assertEquals(List.of(item.id()), hits.stream().map(KnowledgeHit::id).toList(), word);
        }
        long attachmentId = items.find(null, item.id()).orElseThrow().attachments().get(0).id();
        assertEquals("application/pdf", items.attachment(null, attachmentId).orElseThrow().mediaType());
    }

    @Test
    void wrongTooLargeAndMisnamedFilesAreRefusedAndNothingIsStored() throws Exception {
        AccountView author = member();
        AccountView stranger = member();
        KnowledgeItemView item = items.create(author.id(), draft("Foute bijlagen " + word(), "Kort", ""));
        byte[] pdf = pdf("Eigenlijk een PDF");
        byte[] notOdt = zip("iets/anders.xml", "<x/>");

        assertReason(AttachmentRejectedException.Reason.UNSUPPORTED_TYPE, () -> items.addAttachment(author.id(),
                item.id(), "virus.pdf", "MZ dit is geen pdf".getBytes(StandardCharsets.UTF_8)));
        assertReason(AttachmentRejectedException.Reason.NAME_DOES_NOT_MATCH_CONTENT, () -> items.addAttachment(
                author.id(), item.id(), "verslag.docx", pdf));
        assertReason(AttachmentRejectedException.Reason.NAME_DOES_NOT_MATCH_CONTENT, () -> items.addAttachment(
                author.id(), item.id(), "plaatje.pdf", png()));
        assertReason(AttachmentRejectedException.Reason.UNSUPPORTED_TYPE, () -> items.addAttachment(author.id(),
                item.id(), "archief.docx", notOdt));
        byte[] large = new byte[KnowledgeItems.MAX_ATTACHMENT_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 5);
        assertReason(AttachmentRejectedException.Reason.TOO_LARGE,
                () -> items.addAttachment(author.id(), item.id(), "groot.pdf", large));
        assertReason(AttachmentRejectedException.Reason.EMPTY,
                () -> items.addAttachment(author.id(), item.id(), "leeg.pdf", new byte[0]));
        assertThrows(KnowledgeActionNotAllowedException.class,
                () -> items.addAttachment(stranger.id(), item.id(), "verslag.pdf", pdf));

        assertTrue(items.find(author.id(), item.id()).orElseThrow().attachments().isEmpty());
    }

    // ---------------------------------------------------------------- in the container: search

    @Test
    void dutchStemmingFindsSamenwerkingWhenSearchingSamenwerken() {
        String word = word();
        long id = published("Samenwerking tussen " + word + " en de wijk", "Kort", "").id();

        assertEquals(List.of(id), ids(search.search(KnowledgeQuery.text("samenwerken " + word))));
        assertEquals(List.of(id), ids(search.search(KnowledgeQuery.text("samenwerkingen " + word))));
    }

    @Test
    void titleWeighsMoreThanSummaryWhichWeighsMoreThanBody() {
        String word = word();
        long inBody = published("Eerste", "Over iets anders", "<p>Hier staat " + word + " in de tekst.</p>").id();
        long inSummary = published("Tweede", "Een samenvatting over " + word, "<p>Niets</p>").id();
        long inTitle = published("Derde over " + word, "Iets anders", "<p>Niets</p>").id();

        KnowledgeResult result = search.search(KnowledgeQuery.text(word));

        assertEquals(List.of(inTitle, inSummary, inBody), ids(result));
        assertTrue(result.hits().get(0).score() > result.hits().get(1).score());
        assertTrue(result.hits().get(1).score() > result.hits().get(2).score());
    }

    @Test
    void snippetMarksTheWordAndEscapesWhatTheAuthorWrote() {
        String word = word();
        published("Veilig fragment", "Kort",
                "<p>Vooraf &lt;script&gt;alert('x')&lt;/script&gt; &lt;b&gt;vet&lt;/b&gt; Jansen &amp; Zonen over " + word + ".</p>");

        String snippet = search.search(KnowledgeQuery.text(word)).hits().get(0).snippetHtml();

        // PostgreSQL's headline leaves tag-like text out; whatever remains is escaped before <mark> is added.
        assertTrue(snippet.contains("<mark>" + word + "</mark>"), snippet);
        assertTrue(snippet.contains("alert(&#39;x&#39;)") && snippet.contains("Jansen &amp; Zonen"), snippet);
        assertFalse(snippet.contains("<script") || snippet.contains("<b>") || snippet.contains("'"), snippet);
    }

    @Test
    void facetsCountTheHitsAndFiltersNarrowThem() {
        String word = word();
        long theme = themeId("Armoede");
        long other = themeId("Eenzaamheid");
        published(KnowledgeType.CASUS, "Casus " + word, List.of(theme), List.of("GM0363"));
        published(KnowledgeType.CASUS, "Tweede casus " + word, List.of(theme, other), List.of("GM0599"));
        published(KnowledgeType.VERHAAL, "Verhaal " + word, List.of(other), List.of("GM0363"));

        KnowledgeResult all = search.search(KnowledgeQuery.text(word));
        assertEquals(3, all.total());
        assertEquals(List.of(new FacetCount("CASUS", 2), new FacetCount("VERHAAL", 1)), all.types());
        assertTrue(all.themes().contains(new FacetCount(Long.toString(theme), 2)), all.themes().toString());
        assertTrue(all.themes().contains(new FacetCount(Long.toString(other), 2)), all.themes().toString());
        assertEquals(List.of(new FacetCount("GM0363", 2), new FacetCount("GM0599", 1)), all.municipalities());
        assertEquals(1, all.years().size());
        assertEquals(3, all.years().get(0).count());

        KnowledgeResult filtered = search.search(new KnowledgeQuery(word, KnowledgeType.CASUS, theme, "GM0363", null,
                KnowledgeQuery.Sort.RELEVANCE, 0, 10));
        assertEquals(1, filtered.total());
        assertEquals("Casus " + word, filtered.hits().get(0).title());
        int year = Integer.parseInt(all.years().get(0).value());
        assertEquals(3, search.search(new KnowledgeQuery(word, null, null, null, year, null, 0, 10)).total());
        assertEquals(0, search.search(new KnowledgeQuery(word, null, null, null, year - 1, null, 0, 10)).total());
    }

    @Test
    void pagesAndSortingSplitTheHits() {
        String word = word();
        long a = published("Appel " + word, "Kort", "").id();
        long c = published("Citroen " + word, "Kort", "").id();
        long b = published("Banaan " + word, "Kort", "").id();

        KnowledgeQuery byTitle = new KnowledgeQuery(word, null, null, null, null, KnowledgeQuery.Sort.TITLE, 0, 2);
        KnowledgeResult first = search.search(byTitle);
        assertEquals(3, first.total());
        assertEquals(2, first.pageCount());
        assertEquals(List.of(a, b), ids(first));
        assertEquals(List.of(c), ids(search.search(new KnowledgeQuery(word, null, null, null, null,
                KnowledgeQuery.Sort.TITLE, 1, 2))));
        assertEquals(List.of(b, c, a), ids(search.search(new KnowledgeQuery(word, null, null, null, null,
                KnowledgeQuery.Sort.NEWEST, 0, 10))));
    }

    @Test
    void aWordInVeryManyItemsIsAnsweredFromTheBestCandidatesWithTitleMatchesFirst() throws Exception {
        String word = word();
        sql("""
                insert into knowledge.knowledge_item (title, type, summary, body_html, body_text, status, published_at)
                select 'Massa ' || g, 'CASUS', 'Kort', '<p>' || ? || ' in de tekst</p>', ? || ' in de tekst',
                       'GEPUBLICEERD', now() - g * interval '1 minute'
                from generate_series(1, 1200) g""", word, word);
        long inTitle = published("Over " + word + " in de titel", "Kort", "").id();

        KnowledgeResult result = search.search(KnowledgeQuery.text(word));

        assertFalse(result.totalExact());
        assertTrue(result.total() >= 100, Long.toString(result.total()));
        assertEquals(inTitle, result.hits().get(0).id(), "a title match leads even among many matches");
        assertEquals(20, result.hits().size());
        KnowledgeResult newest = search.search(new KnowledgeQuery(word, null, null, null, null,
                KnowledgeQuery.Sort.NEWEST, 0, 5));
        assertEquals(inTitle, newest.hits().get(0).id(), "the newest item first");
        assertTrue(newest.hits().get(1).title().equals("Massa 1"), newest.hits().get(1).title());
    }

    @Test
    void moreLikeThisFindsItemsWithTheSameWords() {
        String word = word();
        String second = word();
        long source = published("Buurtkamer " + word + " " + second, "Een buurtkamer tegen eenzaamheid", "").id();
        long alike = published("Nog een buurtkamer " + word, "Over " + second, "").id();
        long unlike = published("Iets heel anders " + word(), "Fietsenstalling", "").id();

        List<Long> similar = search.moreLikeThis(source, 5).stream().map(KnowledgeHit::id).toList();

        assertTrue(similar.contains(alike), similar.toString());
        assertFalse(similar.contains(source) || similar.contains(unlike), similar.toString());
        assertEquals(alike, similar.get(0));
    }

    // ---------------------------------------------------------------- in the container: readers, reactions, digest

    @Test
    void aReaderIsCountedOncePerDay() {
        KnowledgeItemView item = published("Gelezen " + word(), "Kort", "");
        LocalDate today = LocalDate.of(2026, 3, 2);

        assertTrue(community.recordView(item.id(), "a:1", today));
        assertFalse(community.recordView(item.id(), "a:1", today), "same person, same day");
        assertTrue(community.recordView(item.id(), "v:bezoeker", today));
        assertTrue(community.recordView(item.id(), "a:1", today.plusDays(1)));

        assertEquals(3, items.find(null, item.id()).orElseThrow().views());
        KnowledgeItemView concept = items.create(member().id(), draft("Concept " + word(), "Kort", ""));
        assertFalse(community.recordView(concept.id(), "a:1", today), "a concept is not read by the public");
    }

    @Test
    void editorHidesAReportedReactionAndTheReportIsClosed() {
        AccountView reader = member();
        AccountView reporter = member();
        AccountView editor = editor();
        KnowledgeItemView item = published("Besproken " + word(), "Kort", "");

        assertProblem("text", KnowledgeInputRejectedException.Problem.REQUIRED,
                () -> community.react(reader.id(), item.id(), "  "));
        ReactionView rude = community.react(reader.id(), item.id(), "Dit is een grove reactie");
        ReactionView kind = community.react(reporter.id(), item.id(), "Mooi voorbeeld, dank!");
        assertEquals(2, items.find(null, item.id()).orElseThrow().reactions());

        community.report(reporter.id(), item.id(), rude.id(), "Grof taalgebruik");
        community.report(reporter.id(), item.id(), rude.id(), "Nog eens");
        assertThrows(KnowledgeActionNotAllowedException.class, () -> community.openReports(reader.id()));
        List<ReportView> open = community.openReports(editor.id()).stream()
                .filter(r -> r.itemId() == item.id()).toList();
        assertEquals(1, open.size(), "a second report by the same person while open");
        assertEquals("Grof taalgebruik", open.get(0).reason());
        assertEquals(rude.id(), open.get(0).reactionId());

        community.hideReaction(editor.id(), rude.id(), "Grof");

        assertEquals(List.of(kind.id()), community.reactions(item.id()).stream().map(ReactionView::id).toList());
        assertTrue(community.openReports(editor.id()).stream().noneMatch(r -> r.itemId() == item.id()));
        community.report(reporter.id(), item.id(), null, "Klopt niet");
        long reportId = community.openReports(editor.id()).stream().filter(r -> r.itemId() == item.id())
                .findFirst().orElseThrow().id();
        community.dismissReport(editor.id(), reportId);
        assertTrue(community.openReports(editor.id()).stream().noneMatch(r -> r.itemId() == item.id()));
    }

    @Test
    void aReactionsAuthorRemovesTheirOwnReactionButNotAnothersAndItsReportsGoWithIt() {
        AccountView writer = member();
        AccountView other = member();
        AccountView editor = editor();
        KnowledgeItemView item = published("Teruggenomen " + word(), "Kort", "");
        ReactionView mine = community.react(writer.id(), item.id(), "Toch niet zo bedoeld");
        ReactionView theirs = community.react(other.id(), item.id(), "Blijft staan");
        community.report(other.id(), item.id(), mine.id(), "Klopt niet");

        assertThrows(KnowledgeActionNotAllowedException.class, () -> community.removeOwnReaction(other.id(), mine.id()));
        assertThrows(KnowledgeActionNotAllowedException.class,
                () -> community.removeOwnReaction(editor.id(), mine.id()), "editors hide, they do not remove");
        community.removeOwnReaction(writer.id(), mine.id());

        assertEquals(List.of(theirs.id()), community.reactions(item.id()).stream().map(ReactionView::id).toList());
        assertEquals(1, items.find(null, item.id()).orElseThrow().reactions());
        assertTrue(community.openReports(editor.id()).stream().noneMatch(r -> r.itemId() == item.id()));
    }

    @Test
    void editorActionsOnItemsAndReactionsGoToTheAuditLog() {
        AccountView author = member();
        AccountView editor = editor();
        AccountView reader = member();
        KnowledgeItemView item = items.create(author.id(), draft("Gecontroleerd " + word(), "Kort", ""));
        items.submit(author.id(), item.id());
        items.sendBack(editor.id(), item.id(), "Voeg een voorbeeld toe");
        items.update(editor.id(), item.id(), draft(item.title(), "Kort, met een voorbeeld", ""));
        items.update(author.id(), item.id(), draft(item.title(), "Kort, met een voorbeeld.", ""));
        items.submit(author.id(), item.id());
        items.publish(editor.id(), item.id());
        items.markWellDescribed(editor.id(), item.id(), "Helder");
        items.clearWellDescribed(editor.id(), item.id());
        ReactionView reaction = community.react(reader.id(), item.id(), "Onzin");
        community.hideReaction(editor.id(), reaction.id(), "Niet ter zake");
        community.report(reader.id(), item.id(), null, "Verouderd");
        long report = community.openReports(editor.id()).stream().filter(r -> r.itemId() == item.id())
                .findFirst().orElseThrow().id();
        community.dismissReport(editor.id(), report);
        items.archive(editor.id(), item.id());

        List<String> logged = auditLog.search(null, editor.id(), 0, 50).stream()
                .map(e -> e.action() + " " + e.subjectType() + " " + e.detail()).toList();
        assertEquals(List.of(
                "knowledge.archived knowledge_item null",
                "knowledge.report-dismissed knowledge_report null",
                "knowledge.reaction-hidden knowledge_reaction Niet ter zake",
                "knowledge.mark-withdrawn knowledge_item null",
                "knowledge.marked-well-described knowledge_item Helder",
                "knowledge.published knowledge_item null",
                "knowledge.edited knowledge_item null",
                "knowledge.sent-back knowledge_item Voeg een voorbeeld toe"), logged);
        assertEquals(0, auditLog.count(null, author.id()), "an author's own edits are not editor actions");
    }

    @Test
    void followersGetTheWeeklyDigestOnceThroughTheOutbox() {
        AccountView follower = member();
        ThemeView theme = themes.add("Digesttest " + word(), null);
        community.follow(follower.id(), theme.id());
        assertEquals(Set.of(theme.id()), community.followedThemes(follower.id()));
        String title = "Nieuw voor volgers " + word();
        publish(new KnowledgeDraft(title, KnowledgeType.VOORBEELD, null, "Kort", "", List.of(theme.id()), List.of(),
                List.of(), null));
        LocalDate nextMonday = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));

        assertTrue(community.sendWeeklyDigest(nextMonday) >= 1);
        assertEquals(0, community.sendWeeklyDigest(nextMonday), "the same week twice");

        List<OutboxMessageView> mails = outbox.newest(500).stream()
                .filter(m -> m.recipient().equals(follower.email())).toList();
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).body().contains(title), mails.get(0).body());
        assertTrue(mails.get(0).subject().contains("1 item"), mails.get(0).subject());
    }

    // ---------------------------------------------------------------- in the container: the knowledge agenda

    @Test
    void learningQuestionCollectsNotesAndEvidenceAndTheOverviewShowsWhatMoved() {
        AccountView curator = editor();
        AccountView member = member();
        String question = "Hoe bereiken we eenzame jongeren? " + word();
        assertThrows(KnowledgeActionNotAllowedException.class, () -> agenda.create(member.id(),
                new LearningQuestionDraft(question, "Omdat", List.of(), null, null)));
        assertProblem("why", KnowledgeInputRejectedException.Problem.REQUIRED, () -> agenda.create(curator.id(),
                new LearningQuestionDraft(question, " ", List.of(), null, null)));

        LearningQuestionView q = agenda.create(curator.id(), new LearningQuestionDraft(question,
                "Jongeren komen niet naar de buurtkamer.", List.of(themeId("Eenzaamheid")), member.id(), null));
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        assertEquals(today.plusMonths(12), q.reviewDate(), "twelve months by default");
        assertEquals(member.id(), q.ownerId());
        assertTrue(agenda.mayManage(member.id(), q.id()), "the owner keeps it up to date");

        KnowledgeItemView evidence = published("Bewijs " + word(), "Kort", "");
        agenda.addNote(member.id(), q.id(), "Gesprek met het jongerenwerk gehad.");
        agenda.changeStatus(member.id(), q.id(), LearningStatus.IN_UITVOERING);
        agenda.addEvidence(member.id(), q.id(), EvidenceKind.KNOWLEDGE_ITEM, evidence.id());
        agenda.addEvidence(member.id(), q.id(), EvidenceKind.GATHERING, KnowledgeFixture.gatheringId);
        assertProblem("evidenceId", KnowledgeInputRejectedException.Problem.UNKNOWN_GATHERING,
                () -> agenda.addEvidence(member.id(), q.id(), EvidenceKind.GATHERING, 987_654_321L));
        assertThrows(UnknownKnowledgeItemException.class,
                () -> agenda.addEvidence(member.id(), q.id(), EvidenceKind.KNOWLEDGE_ITEM, 987_654_321L));

        LearningQuestionView after = agenda.find(q.id()).orElseThrow();
        assertEquals(LearningStatus.IN_UITVOERING, after.status());
        assertEquals(2, after.notes().size(), "the note and the status change");
        assertEquals(evidence.title(), after.evidence().get(0).title());
        LearningQuestionSummary line = summary(q.id());
        assertEquals(1, line.notesSinceReview());
        assertEquals(2, line.evidenceSinceReview());
        assertEquals(1, line.statusChangesSinceReview());
        assertTrue(line.moved());

        agenda.markReviewed(member.id(), q.id(), null);
        LearningQuestionSummary reviewed = summary(q.id());
        assertFalse(reviewed.moved(), "nothing moved since this review");
        assertEquals(today.plusMonths(12), reviewed.reviewDate());
    }

    @Test
    void aHarvestItemIsEvidenceOnlyWhenItIsShownInAPublishedReport() throws Exception {
        AccountView curator = editor();
        AccountView organiser = accounts.findByEmail("kennis-organisator@netwerkplaats.test").orElseThrow();
        OffsetDateTime start = OffsetDateTime.now().minusDays(3).truncatedTo(ChronoUnit.HOURS);
        GatheringView gathering = gatherings.create(organiser.id(), new GatheringDraft("Oogstbewijs " + word(),
                GatheringKind.THEMADAG, List.of(), null, start, start.plusHours(3), "Buurthuis De Kwartel",
                "Dorpsstraat 2", "GM0363", null, List.of(), List.of(), List.of(), null, null, Audience.EVERYONE, null,
                false));
        gatherings.publish(organiser.id(), gathering.id());
        String text = "Samen optrekken met de huisarts werkt beter dan losse folders; " + word();
        long shown = harvest.capture(organiser.id(), gathering.id(),
                HarvestItemDraft.of(null, null, HarvestType.BEST_PRACTICE, text)).id();
        long hidden = harvest.capture(organiser.id(), gathering.id(),
                HarvestItemDraft.of(null, null, HarvestType.IDEE, "Nog niet rijp " + word())).id();
        sql("update events.harvest_item set status = 'HIDDEN' where id = ?", hidden);
        LearningQuestionView q = agenda.create(curator.id(), new LearningQuestionDraft("Wat leren we van de oogst? "
                + word(), "Omdat tafels steeds hetzelfde zeggen", List.of(), null, null));

        assertProblem("evidenceId", KnowledgeInputRejectedException.Problem.UNKNOWN_HARVEST_ITEM,
                () -> agenda.addEvidence(curator.id(), q.id(), EvidenceKind.HARVEST_ITEM, shown));
        sql("update events.gathering set status = 'VERSLAG_GEPUBLICEERD' where id = ?", gathering.id());
        assertProblem("evidenceId", KnowledgeInputRejectedException.Problem.UNKNOWN_HARVEST_ITEM,
                () -> agenda.addEvidence(curator.id(), q.id(), EvidenceKind.HARVEST_ITEM, hidden));
        assertProblem("evidenceId", KnowledgeInputRejectedException.Problem.UNKNOWN_HARVEST_ITEM,
                () -> agenda.addEvidence(curator.id(), q.id(), EvidenceKind.HARVEST_ITEM, 987_654_321L));
        assertEquals(0, agenda.find(q.id()).orElseThrow().evidence().size(), "nothing stored for a refusal");

        LearningQuestionView after = agenda.addEvidence(curator.id(), q.id(), EvidenceKind.HARVEST_ITEM, shown);
        assertEquals(1, after.evidence().size());
        assertEquals(shown, after.evidence().get(0).targetId());
        assertEquals(text, after.evidence().get(0).title(), "the item's text names it on the question's page");
    }

    @Test
    void coAuthorsComeAndGoButTheFirstAuthorStays() {
        AccountView first = member();
        AccountView second = member();
        AccountView stranger = member();
        KnowledgeItemView item = items.create(first.id(), new KnowledgeDraft("Samen geschreven " + word(),
                KnowledgeType.VERHAAL, null, "Kort", "<p>Lang</p>", List.of(), List.of(), List.of(), null));
        assertEquals(List.of(first.id(), second.id()),
                items.addAuthor(first.id(), item.id(), second.id()).authorIds(), "the first author first");
        assertThrows(KnowledgeActionNotAllowedException.class,
                () -> items.removeAuthor(stranger.id(), item.id(), second.id()), "not an author");
        assertThrows(KnowledgeActionNotAllowedException.class,
                () -> items.removeAuthor(second.id(), item.id(), first.id()), "the first author stays");
        assertEquals(List.of(first.id()), items.removeAuthor(second.id(), item.id(), second.id()).authorIds(),
                "a co-author may step back");
        assertThrows(KnowledgeActionNotAllowedException.class,
                () -> items.update(second.id(), item.id(), item.toDraft()), "and then no longer edits");
    }

    @Test
    void ownerIsRemindedOnceWhenAReviewIsDue() throws Exception {
        AccountView owner = member();
        AccountView curator = editor();
        LearningQuestionView q = agenda.create(curator.id(), new LearningQuestionDraft("Wat werkt tegen armoede? "
                + word(), "Omdat het telt", List.of(), owner.id(), null));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        sql("update knowledge.learning_question set review_date = ? where id = ?", today.minusDays(1), q.id());

        assertTrue(summary(q.id()).reviewDue());
        assertTrue(agenda.remindDueReviews(today) >= 1);
        assertEquals(0, agenda.remindDueReviews(today), "reminded twice for the same review date");

        List<OutboxMessageView> mails = outbox.newest(500).stream()
                .filter(m -> m.recipient().equals(owner.email())).toList();
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).body().contains("leervraag.xhtml?id=" + q.id()), mails.get(0).body());
        assertEquals(List.of(q.id()), agenda.overview(today).stream().filter(LearningQuestionSummary::reviewDue)
                .map(LearningQuestionSummary::id).filter(id -> id == q.id()).toList());
    }

    // ---------------------------------------------------------------- in the container: threads across gatherings

    @Test
    void similarRodeDradenFromDifferentGatheringsFormOneThreadThatShowsWhereItFirstCameUp() throws Exception {
        ThemeView theme = themes.add("Draadtest " + word(), null);
        long older = publish(new KnowledgeDraft("Samenwerken met bewoners loont", KnowledgeType.RODE_DRAAD, null,
                "Bewoners weten wat werkt", "", List.of(theme.id()), List.of(), List.of(), KnowledgeFixture.gatheringId)).id();
        long newer = publish(new KnowledgeDraft("Samenwerking met bewoners loont echt", KnowledgeType.KERNBOODSCHAP,
                null, "Bewoners weten wat werkt in de wijk", "", List.of(theme.id()), List.of(), List.of(),
                KnowledgeFixture.otherGatheringId)).id();
        long other = publish(new KnowledgeDraft("Zichtbaarheid van vrijwilligers", KnowledgeType.RODE_DRAAD, null,
                "Laat zien wat vrijwilligers doen", "", List.of(theme.id()), List.of(), List.of(),
                KnowledgeFixture.otherGatheringId)).id();
        publish(new KnowledgeDraft("Samenwerken met bewoners loont (geen rode draad)", KnowledgeType.CASUS, null,
                "Bewoners weten wat werkt", "", List.of(theme.id()), List.of(), List.of(), null));
        sql("update knowledge.knowledge_item set published_at = timestamptz '2019-05-01 12:00+02' where id = ?", older);
        sql("update knowledge.knowledge_item set published_at = timestamptz '2022-09-01 12:00+02' where id = ?", newer);

        List<KnowledgeThreads.Thread> found = threads.threads().stream()
                .filter(t -> theme.id() == (t.themeId() == null ? -1 : t.themeId())).findFirst().orElseThrow()
                .threads();

        assertEquals(2, found.size(), found.toString());
        assertEquals(List.of(older, newer), found.get(0).entries().stream().map(KnowledgeThreads.Entry::itemId).toList());
        assertEquals(List.of(2019, 2022), found.get(0).years());
        assertEquals(KnowledgeFixture.gatheringId, found.get(0).first().sourceGatheringId());
        assertEquals(List.of(other), found.get(1).entries().stream().map(KnowledgeThreads.Entry::itemId).toList());
    }

    // ---------------------------------------------------------------- over HTTP: REST and Atom

    @Test
    @RunAsClient
    void restSearchReturnsHitsWithSnippetScoreAndFacets(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> response = get(base, "api/knowledge?q=samenwerken+" + KnowledgeFixture.MARKER
                + "&theme=eenzaamheid&municipality=GM0363&page=1");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String json = response.body();
        assertTrue(json.contains("\"total\":1"), json);
        assertTrue(json.contains("\"title\":\"" + KnowledgeFixture.PUBLISHED_TITLE + "\""), json);
        assertTrue(json.contains("\"type\":\"BEST_PRACTICE\""), json);
        assertTrue(json.contains("\"score\":"), json);
        assertTrue(json.contains("<mark>"), json);
        assertTrue(json.contains("\"municipality\":[{\"count\":1,\"value\":\"GM0363\"}]"), json);
        assertFalse(json.contains(KnowledgeFixture.CONCEPT_TITLE), "concept in REST");
        assertTrue(get(base, "api/knowledge?q=" + KnowledgeFixture.MARKER + "&type=VERHAAL").body()
                .contains("\"total\":0"));
    }

    @Test
    @RunAsClient
    void atomFeedOfAThemeParsesAndListsItsNewItems(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> response = get(base, "api/knowledge/atom?theme=eenzaamheid");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                response.body().getBytes(StandardCharsets.UTF_8)));
        Element root = feed.getDocumentElement();
        assertEquals("feed", root.getLocalName());
        assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
        assertTrue(root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength() >= 1);
        assertTrue(response.body().contains(KnowledgeFixture.PUBLISHED_TITLE), response.body());
        assertFalse(response.body().contains(KnowledgeFixture.CONCEPT_TITLE));
        assertEquals(404, get(base, "api/knowledge/atom?theme=bestaat-niet").statusCode());
    }

    // ---------------------------------------------------------------- in the browser

    @Test
    @RunAsClient
    void visitorSearchesWithStemmingFiltersAndReadsAnItemWithoutItsScript(@ArquillianResource URL base) {
        pages.freshVisitor(base);
        pages.open("kennisbank/");
        assertEquals("Kennisbank", pages.heading());
        pages.type("q", "samenwerken " + KnowledgeFixture.MARKER);
        pages.clickAndWaitForPage("search", "hit-count");
        assertTrue(pages.text("hit-count").startsWith("1 item"), pages.text("hit-count"));
        assertTrue(pages.hasElement("#hit-list mark"), "no highlighted word");
        assertFalse(pages.text("hit-list").contains(KnowledgeFixture.CONCEPT_TITLE));

        pages.clickLink("Best practice (1)");
        assertTrue(pages.text("hit-count").startsWith("1 item"));
        pages.clickLink(KnowledgeFixture.PUBLISHED_TITLE);

        assertEquals(KnowledgeFixture.PUBLISHED_TITLE, pages.heading());
        assertTrue(pages.text("item-body").contains("Buren samen aan tafel."));
        assertTrue(pages.text("item-body").contains("<script>alert('x')</script>"), "escaped text shown as text");
        assertFalse(pages.hasElement("#item-body script") || pages.hasElement("#item-body [onclick]"));
        assertEquals(null, pages.script("return window.hacked;"), "the body's script ran");
        assertTrue(pages.text("item-themes").contains("Eenzaamheid"));
        assertTrue(pages.text("item-municipalities").contains("Amsterdam"));
        assertFalse(pages.exists("item"), "visitors get no buttons");
    }

    @Test
    @RunAsClient
    void conceptIsAMissingPageForVisitorsAndPublicPagesMakeNoSession(@ArquillianResource URL base) throws Exception {
        pages.freshVisitor(base);
        pages.open("kennisbank/rode-draden.xhtml");
        assertEquals("Rode draden", pages.heading());
        pages.open("kennisbank/agenda.xhtml");
        assertEquals("Kennisagenda", pages.heading());
        pages.open("kennisbank/?q=" + KnowledgeFixture.MARKER);
        assertFalse(pages.source().contains(KnowledgeFixture.CONCEPT_TITLE));
        assertEquals(404, get(base, "kennisbank/item.xhtml?id=abc").statusCode());
        for (String path : List.of("kennisbank/", "kennisbank/?q=samenwerken&soort=CASUS&pagina=2&sorteer=titel",
                "kennisbank/rode-draden.xhtml", "kennisbank/agenda.xhtml")) {
            HttpResponse<String> response = get(base, path);
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + " made a session");
        }
    }

    @Test
    @RunAsClient
    void memberWritesAConceptSubmitsItAndTheEditorPublishesIt(@ArquillianResource URL base) {
        pages.freshVisitor(base);
        pages.logIn(KnowledgeFixture.AUTHOR_EMAIL, KnowledgeFixture.PASSWORD);
        pages.open("kennisbank/");
        pages.clickLink("Kennis delen");
        assertEquals("Kennis delen", pages.heading());

        pages.clickAndWaitForPage("item:save", "item:messages");
        assertTrue(pages.fieldMessage("item:title").contains("Vul dit veld in"), pages.fieldMessage("item:title"));

        String title = "Geleerde les " + System.nanoTime();
        pages.type("item:title", title);
        pages.select("item:type", "Geleerde les");
        pages.type("item:summary", "Wat we leerden van de buurtkamer.");
        // The rich text editor: bold through its toolbar, then a bulleted list.
        String area = "[id='item:bodyHtml_editor'] .ql-editor";
        String toolbar = "[id='item:bodyHtml_toolbar'] ";
        pages.clickCss(area);
        pages.typeInto(area, "Begin ");
        pages.clickCss(toolbar + "button.ql-bold");
        pages.typeInto(area, "klein");
        pages.clickCss(toolbar + "button.ql-bold");
        pages.typeInto(area, ".");
        pages.enterInto(area);
        pages.clickCss(toolbar + "button.ql-list[value='bullet']");
        pages.typeInto(area, "eerst luisteren");
        pages.enterInto(area);
        pages.typeInto(area, "dan doen");
        // Organisations: type part of a name and choose the suggestion; the gathering from the list.
        pages.chooseSuggestion("item:organisationAdd_input", "kwartelkoning buurt", KnowledgeFixture.ORGANISATION_NAME);
        pages.selectContaining("item:sourceGatheringId", KnowledgeFixture.GATHERING_TITLE);
        pages.checkPage();
        pages.clickAndWaitForPage("item:save", "item-title");
        assertEquals(title, pages.heading());
        assertTrue(pages.text("item:messages").contains("Je concept is opgeslagen"));
        assertTrue(pages.text("item-status").contains("Concept"));
        assertTrue(pages.hasElement("#item-body strong"), pages.source());
        assertEquals("klein", pages.textCss("#item-body strong"));
        assertEquals(2, pages.countCss("#item-body ul > li"), pages.text("item-body"));
        assertEquals(KnowledgeFixture.ORGANISATION_NAME, pages.text("item-organisations"));
        assertEquals(KnowledgeFixture.GATHERING_TITLE, pages.text("item-gathering"));

        pages.clickLink("Bewerken");
        pages.upload("attach:file", "tekst.pdf", "Dit is geen PDF".getBytes(StandardCharsets.UTF_8));
        pages.clickAndWaitForPage("attach:upload", "attach:file");
        assertTrue(pages.fieldMessage("attach:file").contains("Dit soort bestand kan niet"),
                pages.fieldMessage("attach:file"));
        assertFalse(pages.exists("attachment-list"));
        pages.type("authors:coAuthor", "niemand-" + System.nanoTime() + "@netwerkplaats.test");
        pages.clickAndWaitForPage("authors:addCoAuthor", "authors:coAuthor");
        assertTrue(pages.fieldMessage("authors:coAuthor").contains("Er is geen account met dit e-mailadres"),
                pages.fieldMessage("authors:coAuthor"));
        pages.type("authors:coAuthor", KnowledgeFixture.EDITOR_EMAIL);
        pages.clickAndWaitForPage("authors:addCoAuthor", "author-list");
        assertTrue(pages.text("author-list").contains("Karin Kennisdeler"), pages.text("author-list"));
        assertTrue(pages.text("author-list").contains("Ruud Redacteur"), pages.text("author-list"));
        pages.clickXpathAndWaitForPage("//input[@aria-label='Weghalen als auteur: Ruud Redacteur']", "author-list");
        assertFalse(pages.text("author-list").contains("Ruud Redacteur"), pages.text("author-list"));
        assertTrue(pages.text("author-list").contains("Karin Kennisdeler"), pages.text("author-list"));
        pages.open("kennisbank/");
        pages.type("q", title);
        pages.clickAndWaitForPage("search", "hit-count");
        assertTrue(pages.text("hit-count").startsWith("Geen items"), "concept found by search");

        pages.open("mijn/kennis.xhtml");
        pages.clickLink(title);
        pages.clickAndWaitForPage("item:submit", "item-status");
        assertTrue(pages.text("item-status").contains("Ter beoordeling"));

        pages.freshVisitor(base);
        pages.logIn(KnowledgeFixture.EDITOR_EMAIL, KnowledgeFixture.PASSWORD);
        pages.open("kennisbank/redactie.xhtml");
        pages.clickLink(title);
        pages.clickAndWaitForPage("item:publish", "item-title");
        assertTrue(pages.text("item:messages").contains("gepubliceerd"));
        pages.type("item:reason", "Kort, concreet en met een voorbeeld.");
        pages.clickAndWaitForPage("item:mark", "quality-mark");
        assertTrue(pages.text("quality-mark").contains("Kort, concreet en met een voorbeeld."));
    }

    @Test
    @RunAsClient
    void memberReactsAndTheEditorPutsAQuestionOnTheAgenda(@ArquillianResource URL base) {
        pages.freshVisitor(base);
        pages.logIn(KnowledgeFixture.AUTHOR_EMAIL, KnowledgeFixture.PASSWORD);
        pages.open("kennisbank/?q=" + KnowledgeFixture.MARKER);
        pages.clickLink(KnowledgeFixture.PUBLISHED_TITLE);
        assertTrue(pages.text("item-views").contains("keer bekeken"), pages.text("item-views"));
        String itemId = pages.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        String reaction = "Herkenbaar verhaal " + System.nanoTime();
        pages.type("reactions:reaction", reaction);
        pages.clickAndWaitForPage("reactions:react", "reaction-list");
        assertTrue(pages.text("reaction-list").contains(reaction));
        assertTrue(pages.text("reactions:messages").contains("Je reactie staat bij het item"));
        String regret = "Toch maar niet " + System.nanoTime();
        pages.type("reactions:reaction", regret);
        pages.clickAndWaitForPage("reactions:react", "reaction-list");
        assertTrue(pages.text("reaction-list").contains(regret));
        String remove = "//li[contains(., '" + regret + "')]//input[@aria-label='Mijn reactie verwijderen']";
        assertEquals(1, pages.countXpath(remove), "a remove button at the author's own reaction");
        assertEquals(2, pages.countXpath("//input[@aria-label='Mijn reactie verwijderen']"),
                "at each of the author's own two reactions");
        pages.clickXpathAndWaitForPage(remove, "reactions:messages");
        assertTrue(pages.text("reactions:messages").contains("Je reactie is verwijderd"));
        assertFalse(pages.text("reaction-list").contains(regret));
        assertTrue(pages.text("reaction-list").contains(reaction));

        pages.freshVisitor(base);
        pages.logIn(KnowledgeFixture.EDITOR_EMAIL, KnowledgeFixture.PASSWORD);
        pages.open("kennisbank/item.xhtml?id=" + itemId);
        assertTrue(pages.text("reaction-list").contains(reaction));
        assertEquals(0, pages.countXpath("//input[@aria-label='Mijn reactie verwijderen']"), "not at another's reaction");
        pages.open("kennisbank/agenda.xhtml");
        assertEquals("Kennisagenda", pages.heading());
        String question = "Hoe houden we vrijwilligers vast? " + System.nanoTime();
        pages.type("agenda:question", question);
        pages.type("agenda:why", "Veel initiatieven stoppen als de trekker stopt.");
        pages.clickAndWaitForPage("agenda:create", "question-title");
        assertEquals(question, pages.heading());
        pages.type("question:note", "Eerste gesprek gevoerd.");
        pages.clickAndWaitForPage("question:addNote", "note-list");
        assertTrue(pages.text("note-list").contains("Eerste gesprek gevoerd."));
        pages.selectContaining("question:evidenceGathering", KnowledgeFixture.OTHER_GATHERING_TITLE);
        pages.clickAndWaitForPage("question:addGathering", "evidence-list");
        assertTrue(pages.text("evidence-list").contains(KnowledgeFixture.OTHER_GATHERING_TITLE), pages.text("evidence-list"));
        pages.open("kennisbank/agenda.xhtml");
        assertTrue(pages.text("agenda-table").contains(question));
        assertTrue(pages.text("agenda-table").contains("1 notitie"), pages.text("agenda-table"));
    }

    @Test
    @RunAsClient
    void reviewPageIsForEditorsOnly(@ArquillianResource URL base) {
        pages.freshVisitor(base);
        pages.logIn(KnowledgeFixture.AUTHOR_EMAIL, KnowledgeFixture.PASSWORD);
        assertEquals(403, pages.statusOf(base, "kennisbank/redactie.xhtml"));
    }

    // ---------------------------------------------------------------- helpers

    private LearningQuestionSummary summary(long questionId) {
        return agenda.overview(LocalDate.now()).stream().filter(l -> l.id() == questionId).findFirst().orElseThrow();
    }

    private void sql(String statement, Object... parameters) throws Exception {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private AccountView member() {
        return accounts.createConfirmed("Kennislid", email(), PASSWORD, Set.of());
    }

    private AccountView editor() {
        return accounts.createConfirmed("Kennisredacteur", email(), PASSWORD, Set.of(Role.EDITOR));
    }

    private static String email() {
        return "kennis-" + System.nanoTime() + "@example.org";
    }

    /** A made-up word that no other item contains; letters only, so the Dutch parser keeps it whole. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        long n = System.nanoTime() ^ (long) (Math.random() * Long.MAX_VALUE);
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + Math.floorMod(n, 26)));
            n /= 26;
        }
        return word.append("x").toString();
    }

    private static KnowledgeDraft draft(String title, String summary, String body) {
        return new KnowledgeDraft(title, KnowledgeType.BEST_PRACTICE, null, summary, body, List.of(), List.of(),
                List.of(), null);
    }

    private KnowledgeItemView published(String title, String summary, String body) {
        return publish(draft(title, summary, body));
    }

    private KnowledgeItemView published(KnowledgeType type, String title, List<Long> themeIds, List<String> codes) {
        return publish(new KnowledgeDraft(title, type, null, "Kort", "", themeIds, codes, List.of(), null));
    }

    private KnowledgeItemView publish(KnowledgeDraft draft) {
        AccountView editor = editor();
        KnowledgeItemView item = items.create(editor.id(), draft);
        return items.publish(editor.id(), item.id());
    }

    private long themeId(String nameNl) {
        return themes.activeThemes().stream().filter(t -> t.nameNl().equals(nameNl)).findFirst().orElseThrow().id();
    }

    private static List<Long> ids(KnowledgeResult result) {
        return result.hits().stream().map(KnowledgeHit::id).toList();
    }

    private static void assertProblem(String field, KnowledgeInputRejectedException.Problem problem, Runnable action) {
        KnowledgeInputRejectedException e = assertThrows(KnowledgeInputRejectedException.class, action::run);
        assertEquals(field, e.field());
        assertEquals(problem, e.problem());
    }

    private static void assertReason(AttachmentRejectedException.Reason reason, Runnable action) {
        assertEquals(reason, assertThrows(AttachmentRejectedException.class, action::run).reason());
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(String text) throws IOException {
        return zip("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>");
    }

    private static byte[] odt(String text) throws IOException {
        return zip("mimetype", "application/vnd.oasis.opendocument.text",
                "content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                        + "<text:p>" + text + "</text:p></office:text></office:body></office:document-content>");
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    }

    private static HttpResponse<String> get(URL base, String path) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The browser side: every page it opens is checked with axe-core and for requests to other hosts. Only
     * client-side tests touch it, so the container, which has no Selenium, never loads this class.
     */
    private static final class Pages implements AutoCloseable {

        private final Browser browser;
        private URI base;

        Pages() throws Exception {
            browser = new Browser();
        }

        void freshVisitor(URL url) {
            base = URI.create(url.toString());
            browser.driver.manage().deleteAllCookies();
        }

        void open(String path) {
            browser.driver.get(base.resolve(path).toString());
            checkPage();
        }

        void logIn(String email, String password) {
            open("inloggen.xhtml");
            browser.driver.findElement(By.id("login:email")).sendKeys(email);
            browser.driver.findElement(By.id("login:password")).sendKeys(password);
            browser.driver.findElement(By.id("login:submit")).click();
            waitFor(By.cssSelector(".signed-in"));
        }

        /** The status code of a page for the signed-in browser, read with a same-origin fetch. */
        int statusOf(URL url, String path) {
            Object status = browser.driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status));",
                    URI.create(url.toString()).resolve(path).toString());
            return ((Number) status).intValue();
        }

        void clickAndWaitForPage(String buttonId, String nextPageElementId) {
            clickAndWaitForNextPage(By.id(buttonId), By.id(nextPageElementId));
        }

        void clickLink(String text) {
            clickAndWaitForNextPage(By.linkText(text), By.tagName("h1"));
        }

        private static boolean isGone(WebElement element) {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException e) {
                return true;
            }
        }

        private void clickAndWaitForNextPage(By target, By onNextPage) {
            WebElement current = browser.driver.findElement(By.tagName("html"));
            browser.driver.findElement(target).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(driver -> isGone(current));
            waitFor(onNextPage);
            checkPage();
        }

        void type(String id, String text) {
            browser.driver.findElement(By.id(id)).clear();
            browser.driver.findElement(By.id(id)).sendKeys(text);
        }

        void select(String id, String visibleText) {
            new Select(browser.driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        }

        void clickCss(String css) {
            browser.driver.findElement(By.cssSelector(css)).click();
        }

        void typeInto(String css, String text) {
            browser.driver.findElement(By.cssSelector(css)).sendKeys(text);
        }

        void enterInto(String css) {
            browser.driver.findElement(By.cssSelector(css)).sendKeys(Keys.ENTER);
        }

        int countCss(String css) {
            return browser.driver.findElements(By.cssSelector(css)).size();
        }

        String textCss(String css) {
            return browser.driver.findElement(By.cssSelector(css)).getText();
        }

        String currentUrl() {
            return browser.driver.getCurrentUrl();
        }

        int countXpath(String xpath) {
            return browser.driver.findElements(By.xpath(xpath)).size();
        }

        void clickXpathAndWaitForPage(String xpath, String nextPageElementId) {
            clickAndWaitForNextPage(By.xpath(xpath), By.id(nextPageElementId));
        }

        /** Types into an autocomplete, clicks the suggestion with this label and waits until it is ticked. */
        void chooseSuggestion(String inputId, String typed, String label) {
            type(inputId, typed);
            By suggestion = By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + label + "')]");
            waitFor(suggestion);
            browser.driver.findElement(suggestion).click();
            waitFor(By.xpath("//label[contains(., '" + label + "')]/preceding-sibling::input[@checked] | "
                    + "//input[@checked and following-sibling::label[contains(., '" + label + "')]]"));
        }

        void selectContaining(String id, String text) {
            Select select = new Select(browser.driver.findElement(By.id(id)));
            WebElement option = select.getOptions().stream().filter(o -> o.getText().contains(text)).findFirst()
                    .orElseThrow(() -> new AssertionError("no option with " + text + " in " + id));
            select.selectByVisibleText(option.getText());
        }

        void upload(String id, String fileName, byte[] content) {
            try {
                java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("upload");
                java.nio.file.Path file = dir.resolve(fileName);
                java.nio.file.Files.write(file, content);
                browser.driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        String heading() {
            return browser.driver.findElement(By.tagName("h1")).getText();
        }

        String text(String id) {
            return browser.driver.findElement(By.id(id)).getText();
        }

        /** The text around a form field: its label, hint and message. */
        String fieldMessage(String id) {
            return browser.driver.findElement(By.id(id)).findElement(By.xpath("./ancestor::div[1]")).getText();
        }

        boolean exists(String id) {
            return !browser.driver.findElements(By.id(id)).isEmpty();
        }

        boolean hasElement(String css) {
            return !browser.driver.findElements(By.cssSelector(css)).isEmpty();
        }

        Object script(String script) {
            return browser.driver.executeScript(script);
        }

        String source() {
            return browser.driver.getPageSource();
        }

        void checkPage() {
            List<String> violations = browser.accessibilityViolations();
            assertTrue(violations.isEmpty(), browser.driver.getCurrentUrl() + ":\n" + String.join("\n", violations));
            List<String> foreign = browser.foreignRequests(base);
            assertTrue(foreign.isEmpty(), "requests to other hosts: " + foreign);
        }

        private void waitFor(By locator) {
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(driver -> !driver.findElements(locator).isEmpty());
        }

        @Override
        public void close() {
            browser.close();
        }
    }
}
