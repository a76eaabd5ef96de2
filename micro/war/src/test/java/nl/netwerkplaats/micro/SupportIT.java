package nl.netwerkplaats.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.netwerkplaats.knowledge.api.KnowledgeItems;
import nl.netwerkplaats.knowledge.api.KnowledgeStatus;
import nl.netwerkplaats.knowledge.api.KnowledgeType;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.AssignmentDraft;
import nl.netwerkplaats.network.api.AssignmentLevel;
import nl.netwerkplaats.network.api.AssignmentStatus;
import nl.netwerkplaats.network.api.AssignmentView;
import nl.netwerkplaats.network.api.Assignments;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.AuditLog;
import nl.netwerkplaats.network.api.ContributionKind;
import nl.netwerkplaats.network.api.ContributionMade;
import nl.netwerkplaats.network.api.ContributionView;
import nl.netwerkplaats.network.api.Contributions;
import nl.netwerkplaats.network.api.CoordinatorsOnlyException;
import nl.netwerkplaats.network.api.HelpKind;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.network.api.MatchCandidate;
import nl.netwerkplaats.network.api.MatchReason;
import nl.netwerkplaats.network.api.MatchStatus;
import nl.netwerkplaats.network.api.NetworkRole;
import nl.netwerkplaats.network.api.OrganisationDraft;
import nl.netwerkplaats.network.api.OrganisationKind;
import nl.netwerkplaats.network.api.OrganisationView;
import nl.netwerkplaats.network.api.Organisations;
import nl.netwerkplaats.network.api.Outbox;
import nl.netwerkplaats.network.api.OutboxMessageView;
import nl.netwerkplaats.network.api.PartyKind;
import nl.netwerkplaats.network.api.ProfileField;
import nl.netwerkplaats.network.api.ProfileUpdate;
import nl.netwerkplaats.network.api.Profiles;
import nl.netwerkplaats.network.api.MyAssignments;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.network.api.Support;
import nl.netwerkplaats.network.api.Support.PartyRef;
import nl.netwerkplaats.network.api.SupportMatchView;
import nl.netwerkplaats.network.api.SupportOfferDraft;
import nl.netwerkplaats.network.api.SupportOfferView;
import nl.netwerkplaats.network.api.SupportRequestDraft;
import nl.netwerkplaats.network.api.SupportRequestView;
import nl.netwerkplaats.network.api.SupportStatus;
import nl.netwerkplaats.network.api.SupportTransitionException;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;
import nl.netwerkplaats.network.api.Urgency;

/**
 * The support marketplace in Payara Micro against the real PostgreSQL: requests and offers, the ranking of who
 * could help (on the real SQL), linking with mails and answers, the history, who sees the contact details, and the
 * contribution ledger that only counts what was committed.
 */
@ExtendWith(ArquillianExtension.class)
class SupportIT {

    private static final String PASSWORD = "een lange zin als wachtwoord voor steun";
    private static final String DEVENTER = "GM0150";
    private static final String ZWOLLE = "GM0193";
    private static final String MAASTRICHT = "GM0935";

    @Deployment
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClasses(SupportIT.class);
    }

    @Inject
    private Support support;

    @Inject
    private Contributions contributions;

    @Inject
    private Assignments assignments;

    @Inject
    private Accounts accounts;

    @Inject
    private Profiles profiles;

    @Inject
    private Organisations organisations;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private Outbox outbox;

    @Inject
    private KnowledgeItems knowledgeItems;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<ContributionMade> contributionMade;

    @Inject
    private UserTransaction transaction;

    // ---- Requests and offers ----

    @Test
    void memberAsksAndVisitorsFindTheRequestInDutchWithoutContactDetails() {
        AccountView asker = account(Role.MEMBER);
        ThemeView theme = freshTheme();
        String marker = unique("buurtmoestuin");
        SupportRequestView asked = support.ask(asker.id(), draft("Vrijwilligers gezocht voor de " + marker,
                "We zoeken een vrijwilliger die twee uur per week helpt met de moestuin.", theme, DEVENTER));
        assertEquals(SupportStatus.NEW, asked.status());
        assertTrue(asked.privileged(), "the requester sees everything");
        assertEquals(asker.email(), asked.requesterEmail());
        assertEquals(List.of("POSTED"), asked.history().stream().map(e -> e.kind()).toList());

        // "vrijwilligers" in the search finds "vrijwilliger" in the text: Dutch stemming.
        assertTrue(support.requests(marker + " vrijwilliger", null, null, true, null, 0, 10).stream()
                .anyMatch(r -> r.id() == asked.id()));
        assertEquals(1, support.countRequests(marker, theme.id(), SupportStatus.NEW, false));
        assertEquals(List.of(asked.id()), support.requests(null, theme.id(), null, true, null, 0, 10).stream()
                .map(r -> r.id()).toList());

        SupportRequestView seenByVisitor = support.request(asked.id(), null).orElseThrow();
        assertFalse(seenByVisitor.privileged());
        assertNull(seenByVisitor.requesterEmail());
        assertNull(seenByVisitor.requesterName());
        assertNull(seenByVisitor.askedBy(), "the asker did not open their name to visitors");
        assertTrue(seenByVisitor.history().isEmpty());
        SupportRequestView seenByOther = support.request(asked.id(), account(Role.MEMBER).id()).orElseThrow();
        assertFalse(seenByOther.privileged());
        assertNull(seenByOther.requesterEmail());
        assertTrue(support.askedBy(asker.id()).stream().anyMatch(r -> r.id() == asked.id()));
    }

    @Test
    void memberAsksForTheirOrganisationButNotForAnother() {
        AccountView manager = account(Role.MEMBER);
        ThemeView theme = freshTheme();
        OrganisationView own = organisation(manager, "Buurtinitiatief " + unique(""), DEVENTER, theme, "Wij zijn buren");
        SupportRequestView asked = support.ask(manager.id(), new SupportRequestDraft("Ruimte voor een repair café",
                "Een zaal op zaterdag", null, Set.of(theme.id()), DEVENTER, Urgency.LOW, Set.of(HelpKind.SPACE),
                own.id()));
        assertEquals(own.name(), support.request(asked.id(), null).orElseThrow().askedBy());

        AccountView outsider = account(Role.MEMBER);
        long before = support.countRequests(null, theme.id(), null, false);
        assertThrows(ActionNotAllowedException.class, () -> support.ask(outsider.id(), new SupportRequestDraft(
                "Namens een ander", "Mag niet", null, Set.of(theme.id()), DEVENTER, Urgency.LOW,
                Set.of(HelpKind.SPACE), own.id())));
        assertEquals(before, support.countRequests(null, theme.id(), null, false));
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() {
        AccountView asker = account(Role.MEMBER);
        ThemeView theme = freshTheme();
        assertRejected("title", InputRejectedException.Problem.REQUIRED,
                () -> support.ask(asker.id(), draft(" ", "Iets", theme, DEVENTER)));
        assertRejected("title", InputRejectedException.Problem.TOO_LONG,
                () -> support.ask(asker.id(), draft("t".repeat(Support.MAX_TITLE_LENGTH + 1), "Iets", theme,
                        DEVENTER)));
        assertRejected("need", InputRejectedException.Problem.REQUIRED,
                () -> support.ask(asker.id(), draft("Titel", "", theme, DEVENTER)));
        assertRejected("municipalityCode", InputRejectedException.Problem.UNKNOWN_MUNICIPALITY,
                () -> support.ask(asker.id(), draft("Titel", "Iets", theme, "GM9999")));
        assertRejected("themeIds", InputRejectedException.Problem.UNKNOWN_THEME,
                () -> support.ask(asker.id(), new SupportRequestDraft("Titel", "Iets", null, Set.of(Long.MAX_VALUE),
                        DEVENTER, Urgency.NORMAL, Set.of(HelpKind.ADVICE), null)));
        assertRejected("helpKinds", InputRejectedException.Problem.REQUIRED,
                () -> support.ask(asker.id(), new SupportRequestDraft("Titel", "Iets", null, Set.of(theme.id()),
                        DEVENTER, Urgency.NORMAL, Set.of(), null)));
        assertRejected("urgency", InputRejectedException.Problem.REQUIRED,
                () -> support.ask(asker.id(), new SupportRequestDraft("Titel", "Iets", null, Set.of(theme.id()),
                        DEVENTER, null, Set.of(HelpKind.ADVICE), null)));
        assertRejected("description", InputRejectedException.Problem.REQUIRED,
                () -> support.offer(asker.id(), new SupportOfferDraft("Aanbod", null, Set.of(theme.id()), null,
                        Set.of(HelpKind.HANDS), null)));
        assertEquals(0, support.countRequests(null, theme.id(), null, false));
        assertEquals(0, support.countOffers(null, theme.id()));
        assertTrue(support.askedBy(asker.id()).isEmpty());
    }

    @Test
    void theShortlyKeptMatchListChangesAtOnceWhenAnOfferComesOrGoes() {
        ThemeView theme = freshTheme();
        AccountView asker = account(Role.MEMBER);
        AccountView coordinator = account(Role.COORDINATOR);
        AccountView author = account(Role.MEMBER);
        SupportRequestView request = support.ask(asker.id(), draft("Iemand die de tuin bijhoudt", "Onze tuin", theme,
                MAASTRICHT));
        assertTrue(support.matches(coordinator.id(), request.id(), 20).stream()
                .noneMatch(c -> c.kind() == PartyKind.OFFER && c.name().contains("Tuinhulp")));
        SupportOfferView offer = support.offer(author.id(), new SupportOfferDraft("Tuinhulp " + unique(""),
                "Ik help met tuinieren.", Set.of(theme.id()), MAASTRICHT, Set.of(HelpKind.HANDS), null));
        assertTrue(support.matches(coordinator.id(), request.id(), 20).stream()
                .anyMatch(c -> c.kind() == PartyKind.OFFER && c.id() == offer.id()), "a new offer is seen at once");
        support.withdrawOffer(author.id(), offer.id());
        assertTrue(support.matches(coordinator.id(), request.id(), 20).stream()
                .noneMatch(c -> c.kind() == PartyKind.OFFER && c.id() == offer.id()), "a withdrawn one is gone at once");
    }

    @Test
    void offersAreSearchableAndTheirAuthorWithdrawsThem() {
        AccountView author = account(Role.MEMBER);
        ThemeView theme = freshTheme();
        String marker = unique("fietsles");
        SupportOfferView offer = support.offer(author.id(), new SupportOfferDraft("Fietslessen voor nieuwkomers "
                + marker, "Ik geef fietsles aan volwassenen die nooit leerden fietsen.", Set.of(theme.id()), null,
                Set.of(HelpKind.HANDS, HelpKind.KNOWLEDGE), null));
        assertTrue(offer.mine(), "the author sees it as theirs");
        assertEquals(List.of(offer.id()), support.offers(marker + " nieuwkomer", null, null, 0, 10).stream()
                .map(SupportOfferView::id).toList());
        assertEquals(1, support.countOffers(null, theme.id()));
        assertThrows(ActionNotAllowedException.class,
                () -> support.withdrawOffer(account(Role.MEMBER).id(), offer.id()));
        support.withdrawOffer(author.id(), offer.id());
        assertEquals(0, support.countOffers(null, theme.id()));
    }

    // ---- Matching on the real SQL ----

    @Test
    void matchingRanksPlaceThemeAndTextWithReasonsAndRespectsConsent() {
        ThemeView loneliness = freshTheme();
        AccountView asker = account(Role.MEMBER);
        AccountView coordinator = account(Role.COORDINATOR);
        String word = unique("stamppot");
        OrganisationView local = organisation(account(Role.MEMBER), "Kookcafé Deventer " + unique(""), DEVENTER,
                loneliness, "Wij koken samen " + word + " maaltijden voor eenzame ouderen in de wijk.");
        OrganisationView province = organisation(account(Role.MEMBER), "Kookcafé Zwolle " + unique(""), ZWOLLE,
                loneliness, "Wij koken samen " + word + " maaltijden voor eenzame ouderen in de wijk.");
        OrganisationView far = organisation(account(Role.MEMBER), "Kookcafé Maastricht " + unique(""), MAASTRICHT,
                loneliness, "Wij koken samen " + word + " maaltijden voor eenzame ouderen in de wijk.");
        OrganisationView unrelated = organisation(account(Role.MEMBER), "Schaakclub " + unique(""), MAASTRICHT,
                freshTheme(), "Wij schaken op dinsdag.");
        AccountView open = person("Open Olga", DEVENTER, loneliness, Audience.MEMBERS);
        AccountView hidden = person("Verborgen Victor", DEVENTER, loneliness, Audience.NOBODY);
        SupportOfferView offer = support.offer(account(Role.MEMBER).id(), new SupportOfferDraft(
                "Samen " + word + " koken", "Ik help koken voor eenzame ouderen.", Set.of(loneliness.id()), DEVENTER,
                Set.of(HelpKind.HANDS), null));

        SupportRequestView request = support.ask(asker.id(), new SupportRequestDraft(
                "Hulp bij " + word + " maaltijden", "Wie kookt mee voor eenzame ouderen in onze buurt?", null,
                Set.of(loneliness.id()), DEVENTER, Urgency.HIGH, Set.of(HelpKind.HANDS), null));

        List<MatchCandidate> ranked = support.matches(coordinator.id(), request.id(), 200);
        int localAt = position(ranked, PartyKind.ORGANISATION, local.id());
        int provinceAt = position(ranked, PartyKind.ORGANISATION, province.id());
        int farAt = position(ranked, PartyKind.ORGANISATION, far.id());
        assertTrue(localAt >= 0 && localAt < provinceAt && provinceAt < farAt,
                "Deventer, then Zwolle, then Maastricht: " + localAt + ", " + provinceAt + ", " + farAt);
        assertEquals(-1, position(ranked, PartyKind.ORGANISATION, unrelated.id()));
        assertEquals(-1, position(ranked, PartyKind.PERSON, hidden.id()), "no consent, not matched");
        assertEquals(-1, position(ranked, PartyKind.PERSON, asker.id()), "the asker does not help themselves");
        assertTrue(position(ranked, PartyKind.PERSON, open.id()) >= 0);
        assertTrue(position(ranked, PartyKind.OFFER, offer.id()) >= 0);
        for (int i = 1; i < ranked.size(); i++) {
            assertTrue(ranked.get(i - 1).score() >= ranked.get(i).score(), "best first");
        }

        MatchCandidate best = ranked.get(localAt);
        assertTrue(best.reasons().contains(new MatchReason(MatchReason.Code.SAME_THEME,
                Long.toString(loneliness.id()))), best.reasons().toString());
        assertTrue(best.reasons().contains(new MatchReason(MatchReason.Code.SAME_MUNICIPALITY, DEVENTER)));
        assertTrue(best.reasons().contains(new MatchReason(MatchReason.Code.TEXT_SIMILAR, null)));
        assertTrue(ranked.get(provinceAt).reasons().contains(new MatchReason(MatchReason.Code.SAME_PROVINCE, "PV23")));
        MatchCandidate offered = ranked.get(position(ranked, PartyKind.OFFER, offer.id()));
        assertTrue(offered.reasons().contains(new MatchReason(MatchReason.Code.OFFERS_HELP, "HANDS")));
        assertEquals("Open Olga", ranked.get(position(ranked, PartyKind.PERSON, open.id())).name());

        assertThrows(ActionNotAllowedException.class,
                () -> support.matches(account(Role.MEMBER).id(), request.id(), 10));
    }

    @Test
    void anEarlierSuccessfulMatchLiftsAPartyAboveAnOtherwiseEqualOne() {
        ThemeView theme = freshTheme();
        AccountView coordinator = account(Role.COORDINATOR);
        AccountView helperA = account(Role.MEMBER);
        AccountView helperB = account(Role.MEMBER);
        OrganisationView proven = organisation(helperA, "Bewezen " + unique(""), DEVENTER, theme, "Hulp in de buurt");
        OrganisationView fresh = organisation(helperB, "Nieuw " + unique(""), DEVENTER, theme, "Hulp in de buurt");

        AccountView asker = account(Role.MEMBER);
        SupportRequestView first = support.ask(asker.id(), draft("Eerste vraag", "Hulp in de buurt", theme, DEVENTER));
        support.link(coordinator.id(), first.id(), List.of(new PartyRef(PartyKind.ORGANISATION, proven.id())),
                coordinator.id());
        SupportMatchView match = support.matchesFor(helperA.id()).stream().filter(m -> m.requestId() == first.id())
                .findFirst().orElseThrow();
        support.answer(helperA.id(), match.id(), true);
        support.changeStatus(asker.id(), first.id(), SupportStatus.COMPLETED, null);

        SupportRequestView second = support.ask(asker.id(), draft("Tweede vraag", "Hulp in de buurt", theme, DEVENTER));
        List<MatchCandidate> ranked = support.matches(coordinator.id(), second.id(), 200);
        int provenAt = position(ranked, PartyKind.ORGANISATION, proven.id());
        assertTrue(provenAt >= 0 && provenAt < position(ranked, PartyKind.ORGANISATION, fresh.id()));
        assertTrue(ranked.get(provenAt).reasons().contains(new MatchReason(MatchReason.Code.EARLIER_SUCCESS, "1")));
    }

    // ---- Linking, answers, history and who sees what ----

    @Test
    void coordinatorLinksPartiesWhoAreMailedAndAcceptOrDecline() {
        ThemeView theme = freshTheme();
        AccountView asker = account(Role.MEMBER);
        AccountView coordinator = account(Role.COORDINATOR);
        AccountView orgContact = account(Role.MEMBER);
        OrganisationView org = organisation(orgContact, "Voedselbank " + unique(""), DEVENTER, theme, "Voedsel");
        AccountView olga = person("Olga Open", DEVENTER, theme, Audience.MEMBERS);
        SupportRequestView request = support.ask(asker.id(), draft("Boodschappen voor een gezin",
                "Een gezin in nood heeft hulp nodig bij boodschappen.", theme, DEVENTER));

        assertThrows(ActionNotAllowedException.class, () -> support.link(asker.id(), request.id(),
                List.of(new PartyRef(PartyKind.PERSON, olga.id())), asker.id()), "the setting is off by default");
        assertFalse(support.mayLink(asker.id(), request.id()));
        assertRejected("parties", InputRejectedException.Problem.REQUIRED,
                () -> support.link(coordinator.id(), request.id(), List.of(), coordinator.id()));
        assertRejected("contactPersonId", InputRejectedException.Problem.REQUIRED,
                () -> support.link(coordinator.id(), request.id(), List.of(new PartyRef(PartyKind.PERSON, olga.id())),
                        olga.id()));
        assertEquals(SupportStatus.NEW, support.request(request.id(), null).orElseThrow().status());

        support.changeStatus(coordinator.id(), request.id(), SupportStatus.IN_PROGRESS, null);
        SupportRequestView linked = support.link(coordinator.id(), request.id(), List.of(
                new PartyRef(PartyKind.ORGANISATION, org.id()), new PartyRef(PartyKind.PERSON, olga.id())),
                coordinator.id());
        assertEquals(SupportStatus.LINKED, linked.status());
        assertEquals(coordinator.displayName(), linked.contactPersonName());
        assertEquals(2, linked.matches().size());

        OutboxMessageView toOrg = newestMailTo(orgContact.email());
        assertTrue(toOrg.subject().startsWith("Kun jij helpen? Hulpvraag: Boodschappen voor een gezin"), toOrg.subject());
        assertTrue(toOrg.body().contains(coordinator.displayName()) && toOrg.body().contains("mijn/steun.xhtml"),
                toOrg.body());
        assertNotNull(newestMailTo(olga.email()));

        // A linked party sees the contact details until it declines.
        assertEquals(asker.email(), support.request(request.id(), olga.id()).orElseThrow().requesterEmail());
        SupportMatchView olgasMatch = support.matchesFor(olga.id()).stream()
                .filter(m -> m.requestId() == request.id()).findFirst().orElseThrow();
        assertTrue(olgasMatch.mayAnswer());
        assertThrows(ActionNotAllowedException.class, () -> support.answer(orgContact.id(), olgasMatch.id(), true));
        assertEquals(MatchStatus.DECLINED, support.answer(olga.id(), olgasMatch.id(), false).status());
        SupportRequestView afterDecline = support.request(request.id(), olga.id()).orElseThrow();
        assertFalse(afterDecline.privileged());
        assertNull(afterDecline.requesterEmail());
        assertTrue(newestMailTo(coordinator.email()).subject().startsWith("Hulp afgewezen"));

        SupportMatchView orgMatch = support.matchesFor(orgContact.id()).stream()
                .filter(m -> m.requestId() == request.id()).findFirst().orElseThrow();
        support.answer(orgContact.id(), orgMatch.id(), true);
        assertEquals(asker.email(), support.request(request.id(), orgContact.id()).orElseThrow().requesterEmail());
        awaitContribution(orgContact.id(), ContributionKind.ANSWERED_REQUEST, "support-match:" + orgMatch.id());

        assertRejected("lesson", InputRejectedException.Problem.REQUIRED,
                () -> support.changeStatus(asker.id(), request.id(), SupportStatus.FAILED, " "));
        SupportRequestView done = support.changeStatus(asker.id(), request.id(), SupportStatus.COMPLETED, null);
        assertEquals(SupportStatus.COMPLETED, done.status());
        awaitContribution(orgContact.id(), ContributionKind.MATCH_SUCCEEDED,
                "support-request:" + request.id() + ":match:" + orgMatch.id());
        assertThrows(SupportTransitionException.class, () -> support.link(coordinator.id(), request.id(),
                List.of(new PartyRef(PartyKind.PERSON, olga.id())), coordinator.id()));

        List<String> history = done.history().stream().map(e -> e.kind() + ":" + e.detail()).toList();
        assertEquals(List.of("POSTED:null", "STATUS:IN_PROGRESS", "LINKED:" + org.name(), "LINKED:Olga Open",
                "CONTACT:" + coordinator.displayName(), "DECLINED:Olga Open", "ACCEPTED:" + org.name(),
                "STATUS:COMPLETED"), history);
        assertEquals(1, audit.count("support.linked", coordinator.id()));
    }

    @Test
    void whenEveryPartyDeclinesTheRequestReopensAndMayFailWithALesson() {
        ThemeView theme = freshTheme();
        AccountView asker = account(Role.MEMBER);
        AccountView coordinator = account(Role.COORDINATOR);
        AccountView olga = person("Olga Afwijzer", DEVENTER, theme, Audience.MEMBERS);
        SupportRequestView request = support.ask(asker.id(), draft("Een vraag die niet lukt", "Iets", theme, DEVENTER));
        support.link(coordinator.id(), request.id(), List.of(new PartyRef(PartyKind.PERSON, olga.id())), asker.id());
        SupportMatchView match = support.matchesFor(olga.id()).get(0);
        support.answer(olga.id(), match.id(), false);
        assertEquals(SupportStatus.IN_PROGRESS, support.request(request.id(), null).orElseThrow().status());
        assertThrows(SupportTransitionException.class,
                () -> support.changeStatus(asker.id(), request.id(), SupportStatus.COMPLETED, null));
        assertThrows(ActionNotAllowedException.class, () -> support.changeStatus(olga.id(), request.id(),
                SupportStatus.FAILED, "Niet mijn vraag"));

        String lesson = "Niemand in de buurt had tijd; volgende keer eerder beginnen.";
        support.changeStatus(asker.id(), request.id(), SupportStatus.FAILED, lesson);
        SupportRequestView seen = support.request(request.id(), null).orElseThrow();
        assertEquals(SupportStatus.FAILED, seen.status());
        assertEquals(lesson, seen.lesson(), "the story is passed on, also to visitors");

        OutboxMessageView told = mailTo(coordinator.email(), "Niet gelukt: Een vraag die niet lukt");
        assertTrue(told.body().contains(lesson), told.body());
        assertTrue(outbox.newestTo(asker.email(), 50).stream().noneMatch(m -> m.subject().startsWith("Niet gelukt")),
                "not to whoever wrote the lesson");
        await(() -> knowledgeItems.itemsOf(asker.id()).stream().anyMatch(i -> i.type() == KnowledgeType.GELEERDE_LES
                && i.status() == KnowledgeStatus.TER_BEOORDELING && i.summary().equals(lesson)
                && i.title().equals("Een vraag die niet lukt") && i.themeIds().contains(theme.id())),
                "the lesson offered to the knowledge bank, for the editors to review");
    }

    @Test
    void theLinkerMayNameAnyCoordinatorAsContactPersonButNobodyElse() {
        ThemeView theme = freshTheme();
        AccountView asker = account(Role.MEMBER);
        AccountView coordinator = account(Role.COORDINATOR);
        AccountView colleague = account(Role.COORDINATOR);
        AccountView helper = person("Hanna Helper", DEVENTER, theme, Audience.MEMBERS);
        SupportRequestView request = support.ask(asker.id(), draft("Een contactpersoon kiezen", "Iets", theme, DEVENTER));

        Map<Long, String> choices = support.contactPersons(coordinator.id(), request.id());
        assertEquals(List.of(coordinator.id(), asker.id()), List.copyOf(choices.keySet()).subList(0, 2),
                "the linker first, then the requester");
        assertTrue(choices.containsKey(colleague.id()), "any coordinator");
        assertFalse(choices.containsKey(helper.id()));
        assertThrows(ActionNotAllowedException.class, () -> support.contactPersons(asker.id(), request.id()));

        SupportRequestView linked = support.link(coordinator.id(), request.id(),
                List.of(new PartyRef(PartyKind.PERSON, helper.id())), colleague.id());
        assertEquals(colleague.displayName(), linked.contactPersonName());
        assertTrue(newestMailTo(helper.email()).body().contains(colleague.displayName()),
                "the party is told who follows it up");
    }

    // ---- Contributions ----

    @Test
    void aRolledBackContributionCountsNothingAndACommittedOneCountsOnce() throws Exception {
        AccountView host = account(Role.MEMBER);
        String source = "gathering:" + unique("tafel");
        transaction.begin();
        contributionMade.fire(new ContributionMade(host.id(), ContributionKind.HOSTED_TABLE, source));
        transaction.rollback();
        assertTrue(contributions.of(host.id()).isEmpty());

        transaction.begin();
        contributionMade.fire(new ContributionMade(host.id(), ContributionKind.HOSTED_TABLE, source));
        transaction.commit();
        transaction.begin();
        contributionMade.fire(new ContributionMade(host.id(), ContributionKind.HOSTED_TABLE, source));
        transaction.commit();
        List<ContributionView> mine = contributions.of(host.id());
        assertEquals(1, mine.size(), "the same source counts once");
        assertEquals(contributions.points().get(ContributionKind.HOSTED_TABLE), mine.get(0).points());
        assertEquals(mine.get(0).points(), contributions.pointsOf(host.id()));
    }

    @Test
    void contributionsArePrivateUntilShownAndPointsAreForAdministrators() throws Exception {
        AccountView member = account(Role.MEMBER);
        AccountView admin = account(Role.ADMIN);
        fire(member.id(), ContributionKind.PITCHED_CASE, "case:" + unique(""));
        assertTrue(contributions.shownPublicly(member.id()).isEmpty(), "off by default");
        assertFalse(contributions.isShownPublicly(member.id()));
        contributions.showPublicly(member.id(), true);
        assertEquals(1, contributions.shownPublicly(member.id()).orElseThrow().size());
        contributions.showPublicly(member.id(), false);
        assertTrue(contributions.shownPublicly(member.id()).isEmpty());

        int before = contributions.points().get(ContributionKind.KNOWLEDGE_ITEM_WRITTEN);
        assertThrows(ActionNotAllowedException.class,
                () -> contributions.setPoints(member.id(), ContributionKind.KNOWLEDGE_ITEM_WRITTEN, 99));
        assertRejected("points", InputRejectedException.Problem.TOO_LONG,
                () -> contributions.setPoints(admin.id(), ContributionKind.KNOWLEDGE_ITEM_WRITTEN, -1));
        assertEquals(before, contributions.points().get(ContributionKind.KNOWLEDGE_ITEM_WRITTEN));
        try {
            contributions.setPoints(admin.id(), ContributionKind.KNOWLEDGE_ITEM_WRITTEN, 7);
            fire(member.id(), ContributionKind.KNOWLEDGE_ITEM_WRITTEN, "knowledge-item:" + unique(""));
            assertEquals(7, contributions.of(member.id()).get(0).points());
            assertEquals(1, audit.count("contribution.points", admin.id()));
        } finally {
            contributions.setPoints(admin.id(), ContributionKind.KNOWLEDGE_ITEM_WRITTEN, before);
        }

        assertThrows(CoordinatorsOnlyException.class, () -> contributions.perOrganisation(member.id(), 10));
        ThemeView theme = freshTheme();
        AccountView active = person("Actieve Anna", DEVENTER, theme, Audience.MEMBERS);
        OrganisationView org = organisation(active, "Actief " + unique(""), DEVENTER, theme, "Actief");
        fire(active.id(), ContributionKind.HOSTED_TABLE, "gathering:" + unique(""));
        assertTrue(contributions.perOrganisation(admin.id(), 100000).stream()
                .anyMatch(a -> a.id() == org.id() && a.contributions() == 1));
        assertTrue(contributions.perTheme(admin.id()).stream()
                .anyMatch(a -> a.id() == theme.id() && a.contributions() == 1));
    }

    // ---- Student assignments ----

    @Test
    void organisationPostsAnAssignmentStudentsRespondThePosterPicksAndTheResultCounts() {
        ThemeView theme = freshTheme();
        AccountView poster = account(Role.MEMBER);
        OrganisationView org = organisation(poster, "Wijkcentrum " + unique(""), DEVENTER, theme, "Ontmoeting");
        LocalDate start = LocalDate.of(2027, 2, 1);
        assertRejected("endsOn", InputRejectedException.Problem.ENDS_BEFORE_START, () -> assignments.post(poster.id(),
                assignment(org, theme, start, start.minusDays(1))));
        assertRejected("question", InputRejectedException.Problem.REQUIRED, () -> assignments.post(poster.id(),
                new AssignmentDraft(org.id(), "Titel", " ", "Scope", start, start, AssignmentLevel.HBO, theme.id(),
                        "Jan")));
        assertThrows(ActionNotAllowedException.class,
                () -> assignments.post(account(Role.MEMBER).id(), assignment(org, theme, start, start.plusWeeks(10))));
        AssignmentView posted = assignments.post(poster.id(), assignment(org, theme, start, start.plusWeeks(10)));
        assertEquals(AssignmentStatus.OPEN, posted.status());
        assertTrue(assignments.list(true, null, 0, 1000).stream().anyMatch(a -> a.id() == posted.id()));

        AccountView student = person("Sanne Student", DEVENTER, theme, Audience.MEMBERS, NetworkRole.STUDENT);
        AccountView lecturer = account(Role.MEMBER);
        organisations.register(lecturer.id(), new OrganisationDraft("Hogeschool " + unique(""),
                OrganisationKind.EDUCATION, "Onderwijs", null, null, null, null, Set.of(ZWOLLE), Set.of(theme.id())));
        AccountView other = account(Role.MEMBER);
        assertTrue(assignments.mayRespond(student.id()));
        assertTrue(assignments.mayRespond(lecturer.id()), "a member of an onderwijsinstelling");
        assertFalse(assignments.mayRespond(other.id()));
        assertThrows(ActionNotAllowedException.class, () -> assignments.respond(other.id(), posted.id(), "Ik wil"));
        assertRejected("motivation", InputRejectedException.Problem.REQUIRED,
                () -> assignments.respond(student.id(), posted.id(), ""));
        assignments.respond(student.id(), posted.id(), "Ik studeer sociaal werk en woon in Deventer.");
        OutboxMessageView response = mailTo(poster.email(), "Reactie op je opdracht: Onderzoek naar eenzaamheid");
        assertTrue(response.body().contains("Sanne Student") && response.body().contains("sociaal werk")
                && response.body().contains("opdracht.xhtml?id=" + posted.id()), response.body());
        assignments.respond(lecturer.id(), posted.id(), "Mijn klas doet graag mee.");
        assignments.respond(student.id(), posted.id(), "Nog een keer");
        assertEquals(2, outbox.newestTo(poster.email(), 50).stream()
                .filter(m -> m.subject().startsWith("Reactie op je opdracht")).count(), "one mail per new response");

        AssignmentView managed = assignments.find(posted.id(), poster.id()).orElseThrow();
        assertEquals(2, managed.responses().size());
        assertTrue(assignments.find(posted.id(), student.id()).orElseThrow().responses().isEmpty(),
                "responses are for the poster");
        long studentResponse = managed.responses().stream().filter(r -> r.accountId() == student.id())
                .findFirst().orElseThrow().id();
        assertThrows(ActionNotAllowedException.class,
                () -> assignments.pick(student.id(), posted.id(), studentResponse));
        AssignmentView picked = assignments.pick(poster.id(), posted.id(), studentResponse);
        assertEquals(AssignmentStatus.IN_PROGRESS, picked.status());
        OutboxMessageView chosen = mailTo(student.email(), "Je bent gekozen voor de opdracht: Onderzoek naar eenzaamheid");
        assertTrue(chosen.body().contains(org.name()) && chosen.body().contains("jan@wijkcentrum.example"), chosen.body());
        assertTrue(outbox.newestTo(lecturer.email(), 50).stream().noneMatch(m -> m.subject().startsWith("Je bent gekozen")),
                "only who was picked");

        MyAssignments postersView = assignments.mine(poster.id());
        assertTrue(postersView.posted().stream().anyMatch(a -> a.id() == posted.id() && a.responses().size() == 2));
        MyAssignments studentsView = assignments.mine(student.id());
        assertTrue(studentsView.responded().stream().anyMatch(r -> r.assignment().id() == posted.id() && r.picked()));
        assertTrue(assignments.mine(lecturer.id()).responded().stream()
                .anyMatch(r -> r.assignment().id() == posted.id() && !r.picked()));
        assertTrue(studentsView.posted().isEmpty(), "the student's organisations posted nothing");
        assertEquals(List.of("Sanne Student"), picked.workers());
        assertEquals(List.of("Sanne Student"), assignments.find(posted.id(), other.id()).orElseThrow().workers());
        assertEquals(Arrays.asList((String) null), assignments.find(posted.id(), null).orElseThrow().workers(),
                "her name is open to members only");

        assertRejected("resultUrl", InputRejectedException.Problem.INVALID_URL,
                () -> assignments.finish(poster.id(), posted.id(), "javascript:alert(1)", null));
        assertRejected("resultUrl", InputRejectedException.Problem.REQUIRED,
                () -> assignments.finish(poster.id(), posted.id(), " ", null));
        AssignmentView finished = assignments.finish(poster.id(), posted.id(), "https://hogeschool.example/rapport",
                null);
        assertEquals(AssignmentStatus.FINISHED, finished.status());
        assertEquals("https://hogeschool.example/rapport", finished.resultUrl());
        awaitContribution(student.id(), ContributionKind.STUDENT_ASSIGNMENT_FINISHED, "assignment:" + posted.id());
        assertTrue(contributions.of(lecturer.id()).isEmpty(), "only who worked on it");
        assertFalse(assignments.list(true, null, 0, 1000).stream().anyMatch(a -> a.id() == posted.id()));
    }

    private static AssignmentDraft assignment(OrganisationView org, ThemeView theme, LocalDate start,
                                              LocalDate end) {
        return new AssignmentDraft(org.id(), "Onderzoek naar eenzaamheid", "Hoe bereiken we eenzame jongeren?",
                "Tien weken, twee studenten, een advies", start, end, AssignmentLevel.HBO, theme.id(),
                "Jan de Vries, jan@wijkcentrum.example");
    }

    // ---- Helpers ----

    private void fire(long accountId, ContributionKind kind, String source) throws Exception {
        transaction.begin();
        contributionMade.fire(new ContributionMade(accountId, kind, source));
        transaction.commit();
    }

    private void awaitContribution(long accountId, ContributionKind kind, String source) {
        await(() -> contributions.of(accountId).stream()
                .anyMatch(c -> c.kind() == kind && c.sourceRef().equals(source)), kind + " " + source);
    }

    private static void await(Supplier<Boolean> condition, String what) {
        long until = System.nanoTime() + 5_000_000_000L;
        while (!condition.get()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not recorded: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private SupportRequestDraft draft(String title, String need, ThemeView theme, String municipality) {
        return new SupportRequestDraft(title, need, null, Set.of(theme.id()), municipality, Urgency.NORMAL,
                Set.of(HelpKind.HANDS), null);
    }

    private AccountView account(Role role) {
        return accounts.createConfirmed(role.name().charAt(0) + role.name().substring(1).toLowerCase() + " "
                + unique(""), unique("steun-" + role.roleName()) + "@example.org", PASSWORD, EnumSet.of(role));
    }

    /** A member with their name, themes and municipality open to members (or to nobody). */
    private AccountView person(String name, String municipality, ThemeView theme, Audience audience) {
        return person(name, municipality, theme, audience, NetworkRole.VOLUNTEER);
    }

    private AccountView person(String name, String municipality, ThemeView theme, Audience audience,
                               NetworkRole role) {
        AccountView account = accounts.createConfirmed(name, unique("steun-persoon") + "@example.org", PASSWORD,
                EnumSet.of(Role.MEMBER));
        profiles.update(account.id(), new ProfileUpdate(name, role, municipality,
                "Ik help graag", "Koken en boodschappen", null, Set.of(theme.id()), "nl",
                Map.of(ProfileField.NAME, audience, ProfileField.THEMES, audience, ProfileField.MUNICIPALITY, audience,
                        ProfileField.OFFERS, audience)));
        return account;
    }

    private OrganisationView organisation(AccountView by, String name, String municipality, ThemeView theme,
                                          String offers) {
        return organisations.register(by.id(), new OrganisationDraft(name, OrganisationKind.CIVIL_SOCIETY,
                "Een organisatie", offers, null, null, null, Set.of(municipality), Set.of(theme.id())));
    }

    private ThemeView freshTheme() {
        return themes.add("Steunthema " + UUID.randomUUID(), null);
    }

    private OutboxMessageView newestMailTo(String recipient) {
        return outbox.newestTo(recipient, 1).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + recipient));
    }

    private OutboxMessageView mailTo(String recipient, String subjectStart) {
        return outbox.newestTo(recipient, 50).stream().filter(m -> m.subject().startsWith(subjectStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail '" + subjectStart + "' to " + recipient + ": "
                        + outbox.newestTo(recipient, 50).stream().map(OutboxMessageView::subject).toList()));
    }

    private static int position(List<MatchCandidate> ranked, PartyKind kind, long id) {
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).kind() == kind && ranked.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static void assertRejected(String field, InputRejectedException.Problem problem, Runnable action) {
        InputRejectedException e = assertThrows(InputRejectedException.class, action::run);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(problem, e.problem(), e.getMessage());
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}
