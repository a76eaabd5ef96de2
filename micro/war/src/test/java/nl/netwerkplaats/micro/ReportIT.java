package nl.netwerkplaats.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.netwerkplaats.events.api.Audience;
import nl.netwerkplaats.events.api.FollowUpView;
import nl.netwerkplaats.events.api.FollowUps;
import nl.netwerkplaats.events.api.GatheringDraft;
import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.events.api.GatheringStatus;
import nl.netwerkplaats.events.api.GatheringStatusException;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.events.api.Harvest;
import nl.netwerkplaats.events.api.HarvestItemDraft;
import nl.netwerkplaats.events.api.HarvestItemStatus;
import nl.netwerkplaats.events.api.HarvestItemView;
import nl.netwerkplaats.events.api.HarvestType;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.NotOrganiserException;
import nl.netwerkplaats.events.api.ParticipantRole;
import nl.netwerkplaats.events.api.Programme;
import nl.netwerkplaats.events.api.ReactionView;
import nl.netwerkplaats.events.api.RegistrationRequest;
import nl.netwerkplaats.events.api.Registrations;
import nl.netwerkplaats.events.api.ReportView;
import nl.netwerkplaats.events.api.Reports;
import nl.netwerkplaats.events.api.RoundDraft;
import nl.netwerkplaats.events.api.RoundView;
import nl.netwerkplaats.events.api.TableDraft;
import nl.netwerkplaats.events.api.TableView;
import nl.netwerkplaats.knowledge.api.KnowledgeItemView;
import nl.netwerkplaats.knowledge.api.KnowledgeItems;
import nl.netwerkplaats.knowledge.api.KnowledgeStatus;
import nl.netwerkplaats.knowledge.api.KnowledgeType;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.Outbox;
import nl.netwerkplaats.network.api.OutboxMessageView;

/**
 * The report "Wat hebben we geoogst?" inside Payara Micro: preview for organisers only, the synthesis from the
 * kernboodschappen, publishing mails the participants and sends chosen items to the knowledge bank, reactions and
 * additions with moderation, follow-up appointments. (The PDF's text is checked in web's ReportPdfTest and over
 * HTTP in ReportWebIT.)
 */
@ExtendWith(ArquillianExtension.class)
class ReportIT {

    private static final String PASSWORD = "een lang wachtwoord voor het verslag";

    @Deployment
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClasses(ReportIT.class);
    }

    @Inject
    private Gatherings gatherings;

    @Inject
    private Programme programme;

    @Inject
    private Harvest harvest;

    @Inject
    private Reports reports;

    @Inject
    private Registrations registrations;

    @Inject
    private Accounts accounts;

    @Inject
    private Outbox outbox;

    @Inject
    private KnowledgeItems knowledge;

    @Inject
    private FollowUps followUps;

    @Test
    void organisersPreviewEditAndPublishAndParticipantsAreMailed() throws Exception {
        Ended e = endedGathering("Verslagdag");

        assertThrows(NotOrganiserException.class, () -> reports.report(e.member.id(), e.g.id()), "not yet public");
        assertThrows(NotOrganiserException.class, () -> reports.report(null, e.g.id()));
        ReportView preview = reports.report(e.organiser.id(), e.g.id());
        assertFalse(preview.published());
        assertEquals("Samen sterk\nKleine stappen", preview.synthesis(), "the synthesis starts from the kernboodschappen");
        assertEquals(List.of("Volgende keer in Melick"), preview.followUps().stream().map(HarvestItemView::text).toList());
        assertThrows(NotOrganiserException.class, () -> reports.write(e.member.id(), e.g.id(), "x", "y"));
        assertEquals("synthesis", assertThrows(InvalidInputException.class, () -> reports.write(e.organiser.id(),
                e.g.id(), "Intro", "x".repeat(Reports.MAX_TEXT + 1))).field());

        reports.write(e.organiser.id(), e.g.id(), "Een middag vol energie.", "Netwerkkracht = samen × klein beginnen");
        HarvestItemView practice = e.items.stream().filter(i -> i.type() == HarvestType.BEST_PRACTICE).findFirst()
                .orElseThrow();
        int mailed = reports.publish(e.organiser.id(), e.g.id(), List.of(practice.id()));

        assertEquals(2, mailed, "both confirmed participants");
        assertEquals(GatheringStatus.VERSLAG_GEPUBLICEERD, gatherings.organisedBy(e.organiser.id()).stream()
                .filter(s -> s.id() == e.g.id()).findFirst().orElseThrow().status());
        OutboxMessageView mail = mailTo(e.member.email(), "Wat hebben we geoogst?");
        assertTrue(mail.body().contains("bijeenkomsten/verslag.xhtml?id=" + e.g.id()), mail.body());
        OutboxMessageView english = mailTo(e.english.email(), "What did we harvest?");
        assertTrue(english.subject().contains(e.g.title()));
        assertThrows(GatheringStatusException.class, () -> reports.publish(e.organiser.id(), e.g.id(), List.of()));

        ReportView visitor = reports.report(null, e.g.id());
        assertTrue(visitor.published());
        assertEquals("Netwerkkracht = samen × klein beginnen", visitor.synthesis());
        assertTrue(visitor.participants().isEmpty(), "visitors do not see the participant list");
        ReportView member = reports.report(e.member.id(), e.g.id());
        assertEquals(List.of("Lid Lisa Verslag"), member.participants().stream().map(p -> p.name()).toList(),
                "only who consented");
        assertFalse(member.mayEdit());

        KnowledgeItemView shared = awaitKnowledge(e.organiser.id(), e.g.id());
        assertEquals(KnowledgeType.BEST_PRACTICE, shared.type());
        assertEquals(KnowledgeStatus.TER_BEOORDELING, shared.status(), "goes to the editors, not straight out");
        assertTrue(shared.bodyHtml().contains("tafel 1"), shared.bodyHtml());
    }

    @Test
    void membersReactAndAddAndOrganisersModerate() {
        Ended e = endedGathering("Reactiedag");
        assertThrows(GatheringStatusException.class, () -> reports.react(e.member.id(), e.g.id(), null, "Te vroeg"));
        reports.publish(e.organiser.id(), e.g.id(), List.of());
        HarvestItemView item = e.items.get(0);

        reports.react(e.member.id(), e.g.id(), null, "Mooi verslag!");
        ReactionView onItem = reports.react(e.english.id(), e.g.id(), item.id(), "Dit herken ik.");
        assertEquals("text", assertThrows(InvalidInputException.class,
                () -> reports.react(e.member.id(), e.g.id(), null, "  ")).field());
        assertEquals("itemId", assertThrows(InvalidInputException.class,
                () -> reports.react(e.member.id(), e.g.id(), Long.MAX_VALUE, "Waar?")).field());

        ReportView view = reports.report(null, e.g.id());
        assertEquals(2, view.reactionCount());
        assertEquals(1L, view.reactionCounts().get(item.id()));
        assertThrows(NotOrganiserException.class, () -> reports.moderateReaction(e.member.id(), onItem.id(), false));
        reports.moderateReaction(e.organiser.id(), onItem.id(), false);
        assertEquals(1, reports.report(null, e.g.id()).reactionCount(), "hidden reactions are not counted");
        assertEquals(2, reports.report(e.organiser.id(), e.g.id()).reactions().size(), "organisers still see it");

        HarvestItemView added = reports.addItem(e.member.id(), e.g.id(), HarvestItemDraft.of(e.table.id(),
                e.round.id(), HarvestType.IDEE, "Een buurtapp voor vrijwilligers"));
        assertEquals(HarvestItemStatus.PENDING, added.status());
        assertFalse(reports.report(null, e.g.id()).items().stream().anyMatch(i -> i.id() == added.id()));
        assertEquals(1, reports.report(e.organiser.id(), e.g.id()).pending().size());
        assertThrows(NotOrganiserException.class,
                () -> reports.moderateItem(e.member.id(), added.id(), HarvestItemStatus.SHOWN));
        reports.moderateItem(e.organiser.id(), added.id(), HarvestItemStatus.SHOWN);
        assertTrue(reports.report(null, e.g.id()).itemsAt(e.round.id(), e.table.id()).stream()
                .anyMatch(i -> i.id() == added.id()), "approved: at its table in its round");
    }

    @Test
    void followUpsGetSignUpsAndGrowIntoAGatheringOrAGroup() {
        Ended e = endedGathering("Vervolgdag");
        OffsetDateTime when = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);
        assertThrows(NotOrganiserException.class, () -> followUps.plan(e.member.id(), e.g.id(), when, "Melick", "x"));
        assertEquals("purpose", assertThrows(InvalidInputException.class,
                () -> followUps.plan(e.organiser.id(), e.g.id(), when, "Melick", " ")).field());
        FollowUpView f = followUps.plan(e.organiser.id(), e.g.id(), when, "Melick", "Samen een buurtnetwerk opzetten");

        followUps.join(e.member.id(), f.id());
        FollowUpView twice = followUps.join(e.member.id(), f.id());
        followUps.join(e.english.id(), f.id());
        assertEquals(1, twice.joinedCount(), "one click, once");
        assertTrue(twice.viewerJoined());
        FollowUpView seen = followUps.followUps(null, e.g.id()).get(0);
        assertEquals(2, seen.joinedCount());
        assertTrue(seen.joinedNames().isEmpty(), "visitors see how many, not who");
        assertEquals(List.of("Lid Lisa Verslag", "Ellen English"),
                followUps.followUps(e.member.id(), e.g.id()).get(0).joinedNames());
        assertEquals(1, followUps.leave(e.english.id(), f.id()).joinedCount());

        assertThrows(NotOrganiserException.class, () -> followUps.makeGathering(e.member.id(), f.id()));
        GatheringView next = followUps.makeGathering(e.organiser.id(), f.id());
        assertEquals("Samen een buurtnetwerk opzetten", next.title());
        assertEquals(GatheringStatus.CONCEPT, next.status());
        assertEquals("Melick", next.venueName());
        assertEquals(when.toInstant(), next.startsAt().toInstant());
        long group = followUps.makeGroup(e.organiser.id(), f.id());
        FollowUpView grown = followUps.followUps(e.organiser.id(), e.g.id()).get(0);
        assertEquals(next.id(), grown.nextGatheringId());
        assertEquals(group, grown.groupId());
    }

    @Test
    void anErasedMemberDisappearsFromReactionsAndFollowUps() throws Exception {
        Ended e = endedGathering("Wisdag");
        reports.publish(e.organiser.id(), e.g.id(), List.of());
        reports.react(e.english.id(), e.g.id(), null, "Tot ziens!");
        FollowUpView f = followUps.plan(e.organiser.id(), e.g.id(), OffsetDateTime.now(ZoneOffset.UTC).plusDays(9),
                null, "Koffie");
        followUps.join(e.english.id(), f.id());

        accounts.erase(e.english.id(), PASSWORD);

        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until && !"voormalig lid".equals(
                reports.report(null, e.g.id()).reactions().get(0).authorName())) {
            Thread.sleep(100);
        }
        assertEquals("voormalig lid", reports.report(null, e.g.id()).reactions().get(0).authorName());
        assertEquals(0, followUps.followUps(null, e.g.id()).get(0).joinedCount());
    }

    // ---------------------------------------------------------------- fixture

    private record Ended(GatheringView g, AccountView organiser, AccountView member, AccountView english,
                         RoundView round, TableView table, List<HarvestItemView> items) {
    }

    /** A themadag that took place: two participants (one on the list), two rounds, a table, a harvest. */
    private Ended endedGathering(String title) {
        AccountView organiser = member("Organisator Verslag");
        AccountView member = member("Lid Lisa Verslag");
        AccountView english = member("Ellen English");
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0);
        GatheringDraft draft = new GatheringDraft(title + " " + UUID.randomUUID().toString().substring(0, 8),
                GatheringKind.THEMADAG, List.of("Best practices delen"), null, start, start.plusHours(3), "De Kern",
                null, "GM0150", null, List.of(), List.of(), List.of(), 30, null, Audience.EVERYONE, null, false);
        GatheringView g = gatherings.create(organiser.id(), draft);
        gatherings.publish(organiser.id(), g.id());
        registrations.register(g.id(), RegistrationRequest.member(member.id(), "Wijkteam", ParticipantRole.PROFESSIONAL,
                null, true, "nl"));
        registrations.register(g.id(), RegistrationRequest.member(english.id(), null, ParticipantRole.INWONER, null,
                false, "en"));
        OffsetDateTime past = OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).withNano(0);
        GatheringDraft d = g.toDraft();
        gatherings.update(organiser.id(), g.id(), new GatheringDraft(d.title(), d.kind(), d.goals(), d.description(),
                past, past.plusHours(3), d.venueName(), d.venueAddress(), d.municipalityCode(), d.onlineUrl(),
                d.organisationIds(), d.contributors(), d.themeIds(), d.capacity(), null, d.audience(),
                d.audienceGroupId(), d.approvalRequired()));
        gatherings.finish(organiser.id(), g.id());
        RoundView r1 = programme.addRound(organiser.id(), g.id(), new RoundDraft("Best practices",
                "Welke best practices kent u?", null, null));
        programme.addRound(organiser.id(), g.id(), new RoundDraft("Knelpunten", null, null, null));
        TableView t1 = programme.addTable(organiser.id(), g.id(), new TableDraft(1, "Eenzaamheid", null, "Gerrit",
                null, null));
        List<HarvestItemView> items = harvest.captureAll(organiser.id(), g.id(), null, null, List.of(
                HarvestItemDraft.of(t1.id(), r1.id(), HarvestType.BEST_PRACTICE, "Buurtkamer in Heeten"),
                new HarvestItemDraft(t1.id(), r1.id(), HarvestType.KNELPUNT, "Vrijwilligersregels", null,
                        "Regels zijn regels", "Te veel papier", null),
                HarvestItemDraft.of(t1.id(), r1.id(), HarvestType.KERNBOODSCHAP, "Samen sterk"),
                HarvestItemDraft.of(null, null, HarvestType.KERNBOODSCHAP, "Kleine stappen"),
                HarvestItemDraft.of(null, null, HarvestType.VERVOLGACTIE, "Volgende keer in Melick")));
        return new Ended(g, organiser, member, english, r1, t1, items);
    }

    private KnowledgeItemView awaitKnowledge(long authorId, long gatheringId) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            var found = knowledge.itemsOf(authorId).stream()
                    .filter(k -> k.sourceGatheringId() != null && k.sourceGatheringId() == gatheringId).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no knowledge item for gathering " + gatheringId);
    }

    private OutboxMessageView mailTo(String email, String subjectPart) {
        return outbox.newestTo(email, 50).stream().filter(m -> m.subject().contains(subjectPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail '" + subjectPart + "' to " + email));
    }

    private AccountView member(String name) {
        return accounts.createConfirmed(name, "verslag-" + UUID.randomUUID() + "@netwerkplaats.test", PASSWORD,
                Set.of());
    }
}
