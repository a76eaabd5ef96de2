package nl.netwerkplaats.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.netwerkplaats.events.api.AgendaQuery;
import nl.netwerkplaats.events.api.Attendance;
import nl.netwerkplaats.events.api.Audience;
import nl.netwerkplaats.events.api.Contributor;
import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringDraft;
import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.events.api.GatheringStatus;
import nl.netwerkplaats.events.api.GatheringStatusException;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.NotOrganiserException;
import nl.netwerkplaats.events.api.ParticipantRole;
import nl.netwerkplaats.events.api.ParticipantView;
import nl.netwerkplaats.events.api.RegistrationOutcome;
import nl.netwerkplaats.events.api.RegistrationRefusedException;
import nl.netwerkplaats.events.api.RegistrationRefusedException.Reason;
import nl.netwerkplaats.events.api.RegistrationRequest;
import nl.netwerkplaats.events.api.RegistrationStatus;
import nl.netwerkplaats.events.api.RegistrationView;
import nl.netwerkplaats.events.api.Registrations;
import nl.netwerkplaats.events.application.Upkeep;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.ContributionKind;
import nl.netwerkplaats.network.api.ContributionView;
import nl.netwerkplaats.network.api.Contributions;
import nl.netwerkplaats.network.api.GroupAdmission;
import nl.netwerkplaats.network.api.GroupDraft;
import nl.netwerkplaats.network.api.GroupView;
import nl.netwerkplaats.network.api.Groups;
import nl.netwerkplaats.network.api.Outbox;
import nl.netwerkplaats.network.api.OutboxMessageView;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.network.api.ThemeCatalog;

/**
 * Gatherings and registrations inside Payara Micro against PostgreSQL, through the events API: the waiting list,
 * the refusals, the burst of simultaneous sign-ups, mails (read from the outbox), reminders, the day itself.
 */
@ExtendWith(ArquillianExtension.class)
class GatheringsIT {

    private static final String PASSWORD = "een lang wachtwoord voor de agenda";

    @Deployment
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClasses(GatheringsIT.class);
    }

    @Inject
    private Gatherings gatherings;

    @Inject
    private GatheringCalendar calendar;

    @Inject
    private Registrations registrations;

    @Inject
    private Accounts accounts;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private Outbox outbox;

    @Inject
    private Upkeep upkeep;

    @Inject
    private Contributions contributions;

    @Inject
    private Groups groups;

    @Resource(lookup = "java:app/jdbc/netwerkplaats")
    private DataSource dataSource;

    // ---------------------------------------------------------------- the waiting list

    @Test
    void fullGatheringPutsNextRegistrationOnWaitlistAndCancellationPromotesFirstInLine() {
        AccountView organiser = member("Olga Organisator");
        GatheringView g = published(organiser, 2, "Kleine tafel");
        String ann = guestEmail();
        String bob = guestEmail();
        String cor = guestEmail();
        String dirk = guestEmail();

        assertEquals(RegistrationStatus.CONFIRMED, signUp(g, "Ann", ann).status());
        assertEquals(RegistrationStatus.CONFIRMED, signUp(g, "Bob", bob).status());
        RegistrationOutcome third = signUp(g, "Cor", cor);
        RegistrationOutcome fourth = signUp(g, "Dirk", dirk);
        assertEquals(RegistrationStatus.WAITING, third.status());
        assertEquals(1L, third.waitingPosition());
        assertEquals(2L, fourth.waitingPosition());
        assertTrue(mailTo(cor, "wachtlijst").body().contains("plaats 1"));
        assertEquals(0, calendar.find(g.id(), null).orElseThrow().seatsLeft());

        registrations.cancelByLink(tokenOf(g, bob));

        assertEquals(RegistrationStatus.CONFIRMED, statusOf(organiser, g, cor));
        assertEquals(RegistrationStatus.WAITING, statusOf(organiser, g, dirk));
        assertEquals(1L, registrations.findByLink(fourth.token()).orElseThrow().waitingPosition());
        assertTrue(mailTo(cor, "vrijgekomen").body().contains(third.code()), "the promoted person is told at once");
        assertTrue(mailTo(bob, "afgemeld").subject().contains("Kleine tafel"));
    }

    @Test
    void raisingTheCapacityPromotesFromTheWaitingList() {
        AccountView organiser = member("Rik Ruimte");
        GatheringView g = published(organiser, 1, "Groeiende kring");
        signUp(g, "Eerste", guestEmail());
        String second = guestEmail();
        signUp(g, "Tweede", second);
        assertEquals(RegistrationStatus.WAITING, statusOf(organiser, g, second));

        gatherings.update(organiser.id(), g.id(), withCapacity(g, 2));

        assertEquals(RegistrationStatus.CONFIRMED, statusOf(organiser, g, second));
        mailTo(second, "vrijgekomen");
    }

    // ---------------------------------------------------------------- guests, members, refusals

    @Test
    void guestConfirmsByLinkAndGetsTheFactsTheCodeAndACalendarLink() {
        AccountView organiser = member("Gijs Gastheer");
        GatheringView g = published(organiser, 10, "Empathiesessie in Heeten");
        String email = guestEmail();

        RegistrationOutcome pending = registrations.register(g.id(), RegistrationRequest.guest("Gerda Gast", email,
                "Buurthuis", ParticipantRole.VRIJWILLIGER, "rolstoeltoegankelijk", true, "nl"));

        assertEquals(RegistrationStatus.AWAITING_EMAIL, pending.status());
        assertEquals(0, calendar.find(g.id(), null).orElseThrow().confirmedCount(), "no seat before confirming");
        OutboxMessageView confirmMail = mailTo(email, "Bevestig");
        assertTrue(confirmMail.body().contains("aanmelding.xhtml?t=" + pending.token()));

        RegistrationOutcome confirmed = registrations.confirmByLink(pending.token());
        assertEquals(RegistrationStatus.CONFIRMED, confirmed.status());
        assertEquals(confirmed, registrations.confirmByLink(pending.token()), "following the link twice is harmless");

        OutboxMessageView mail = mailTo(email, "aangemeld");
        assertTrue(mail.body().contains(confirmed.code()));
        assertTrue(mail.body().contains("/api/gatherings/" + g.id() + ".ics"));
        assertTrue(mail.body().contains("Deventer"), "the municipality of the venue: " + mail.body());
        assertTrue(mail.body().contains("13:00–17:00"), mail.body());
    }

    @Test
    void memberIsPlacedAtOnceAndCannotRegisterTwice() {
        AccountView organiser = member("Mo Organiseert");
        AccountView member = member("Lid Lisa");
        GatheringView g = published(organiser, 5, "Pitch-sessie");

        RegistrationOutcome outcome = registrations.register(g.id(), RegistrationRequest.member(member.id(), "Stichting",
                ParticipantRole.PROFESSIONAL, null, false, "en"));

        assertEquals(RegistrationStatus.CONFIRMED, outcome.status());
        assertEquals(Reason.ALREADY_REGISTERED, refusal(() -> registrations.register(g.id(),
                RegistrationRequest.member(member.id(), null, null, null, false, "nl"))));
        assertEquals(Reason.ALREADY_REGISTERED, refusal(() -> registrations.register(g.id(),
                RegistrationRequest.guest("Lisa als gast", member.email().toUpperCase(), null, null, null, false, "nl"))),
                "the same address as a guest, in other letters");
        assertTrue(mailTo(member.email(), "registered").body().contains("Your personal code"), "English mail");
        registrations.cancel(member.id(), g.id());
        assertTrue(registrations.registrationOf(member.id(), g.id()).isEmpty());
        assertEquals(RegistrationStatus.CONFIRMED, registrations.register(g.id(), RegistrationRequest.member(member.id(),
                null, null, null, false, "nl")).status(), "after cancelling one may register again");
    }

    @Test
    void registeringIsRefusedWithAReasonForCancelledPastDeadlineAndAudience() {
        AccountView organiser = member("Ria Regels");
        GatheringView cancelled = published(organiser, 5, "Gaat niet door");
        String registered = guestEmail();
        signUp(cancelled, "Al Aangemeld", registered);
        gatherings.cancel(organiser.id(), cancelled.id(), "De zaal is onder water gelopen");
        assertEquals(Reason.CANCELLED, refusal(() -> signUp(cancelled, "Te Laat", guestEmail())));
        assertTrue(mailTo(registered, "Geannuleerd").body().contains("onder water"));

        OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3);
        GatheringView deadlinePassed = publish(organiser, draft("Deadline voorbij", 5, soon)
                .withDeadline(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1)));
        assertEquals(Reason.DEADLINE_PASSED, refusal(() -> signUp(deadlinePassed, "X", guestEmail())));

        GatheringView past = publish(organiser, draft("Al begonnen", 5, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1)));
        assertEquals(Reason.PAST, refusal(() -> signUp(past, "X", guestEmail())));

        GatheringView membersOnly = publish(organiser, draft("Voor leden", 5, soon).withAudience(Audience.MEMBERS));
        assertEquals(Reason.MEMBERS_ONLY, refusal(() -> signUp(membersOnly, "X", guestEmail())));

        GatheringView concept = gatherings.create(organiser.id(), draft("Nog een concept", 5, soon).build());
        assertThrows(nl.netwerkplaats.events.api.UnknownGatheringException.class, () -> signUp(concept, "X", guestEmail()));
        assertTrue(calendar.find(concept.id(), null).isEmpty(), "a concept is not public");
        assertTrue(calendar.find(concept.id(), organiser.id()).isPresent(), "but its organiser sees it");
    }

    @Test
    void aGroupGatheringTakesOnlyTheGroupsMembers() {
        AccountView organiser = member("Gonnie Groep");
        AccountView outsider = member("Otto Buiten");
        GroupView group = groups.start(organiser.id(), new GroupDraft("Agenda-kring " + UUID.randomUUID(), null,
                "Wie komt er?", "Samen plannen", null, GroupAdmission.OPEN));
        GatheringView g = publish(organiser, draft("Kringavond", 10, OffsetDateTime.now().plusDays(6))
                .forGroup(group.id()));

        assertEquals(Reason.GROUP_ONLY, refusal(() -> registrations.register(g.id(),
                RegistrationRequest.member(outsider.id(), null, null, null, false, "nl"))));
        assertEquals(Reason.GROUP_ONLY, refusal(() -> signUp(g, "Gast", guestEmail())));
        groups.join(outsider.id(), group.id());
        assertEquals(RegistrationStatus.CONFIRMED, registrations.register(g.id(),
                RegistrationRequest.member(outsider.id(), null, null, null, false, "nl")).status());
    }

    @Test
    void organisersWriteToEveryoneWithASeatOrOnTheWaitingList() {
        AccountView organiser = member("Mia Mededeling");
        AccountView stranger = member("Stan Vreemd");
        GatheringView g = published(organiser, 1, "Bericht aan allen");
        String seated = guestEmail();
        String waiting = guestEmail();
        signUp(g, "Zit", seated);
        signUp(g, "Wacht", waiting);
        registrations.register(g.id(), RegistrationRequest.guest("Onbevestigd", guestEmail(), null, null, null, false,
                "nl"));

        assertThrows(NotOrganiserException.class,
                () -> gatherings.messageRegistrants(stranger.id(), g.id(), "Hoi", "Spam"));
        assertEquals(2, gatherings.messageRegistrants(organiser.id(), g.id(), "Parkeren bij de zaal",
                "Parkeer achter de kerk."));

        assertTrue(mailTo(seated, "Parkeren bij de zaal").body().contains("Parkeer achter de kerk."));
        assertTrue(mailTo(waiting, "Parkeren bij de zaal").body().contains("aanmelding.xhtml?t="));
    }

    @Test
    void badInputNamesTheFieldAndSavesNothing() {
        AccountView organiser = member("Bea Invoer");
        GatheringView g = published(organiser, 5, "Invoer");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> registrations.register(g.id(),
                RegistrationRequest.guest("Naam", "geen-adres", null, null, null, false, "nl")));
        assertEquals("email", e.field());
        assertEquals("name", assertThrows(InvalidInputException.class, () -> registrations.register(g.id(),
                RegistrationRequest.guest(" ", guestEmail(), null, null, null, false, "nl"))).field());
        assertEquals(0, registrations.registrations(organiser.id(), g.id()).size());

        InvalidInputException ends = assertThrows(InvalidInputException.class, () -> gatherings.create(organiser.id(),
                draft("Verkeerd om", 5, OffsetDateTime.now().plusDays(2)).endingAt(OffsetDateTime.now().plusDays(1))));
        assertEquals(InvalidInputException.Problem.ENDS_BEFORE_START, ends.problem());
        assertEquals("onlineUrl", assertThrows(InvalidInputException.class, () -> gatherings.create(organiser.id(),
                draft("Link", 5, OffsetDateTime.now().plusDays(2)).online("javascript:alert(1)").build())).field());
    }

    @Test
    void approvalRequiredWaitsForTheOrganiser() {
        AccountView organiser = member("Anton Akkoord");
        AccountView member = member("Vera Vraagt");
        GatheringView g = publish(organiser, draft("Besloten intervisie", 5, OffsetDateTime.now().plusDays(5))
                .withApproval());
        RegistrationOutcome asked = registrations.register(g.id(), RegistrationRequest.member(member.id(), null, null,
                null, false, "nl"));
        assertEquals(RegistrationStatus.AWAITING_APPROVAL, asked.status());
        assertThrows(NotOrganiserException.class, () -> registrations.approve(member.id(), asked.registrationId()));

        assertEquals(RegistrationStatus.CONFIRMED, registrations.approve(organiser.id(), asked.registrationId()).status());
        mailTo(member.email(), "Je bent aangemeld");
    }

    // ---------------------------------------------------------------- concurrency

    /**
     * 150 people (130 guests and 20 members), 230 simultaneous sign-ups: every member twice, and 60 guests twice
     * with the same address in other letters. Exactly 50 seats, 100 waiting in one unbroken line, nobody twice.
     */
    @Test
    void burstOfSimultaneousRegistrationsNeverOverbooksNorDoubles() throws Exception {
        AccountView organiser = member("Bart Burst");
        GatheringView g = published(organiser, 50, "Symposium gemeenschapskracht");
        List<AccountView> members = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Future<?>> creating = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                creating.add(pool.submit(() -> members.add(member("Burstlid " + n))));
            }
            for (Future<?> f : creating) {
                f.get(2, TimeUnit.MINUTES);
            }
            String run = UUID.randomUUID().toString().substring(0, 8);
            List<Runnable> attempts = new ArrayList<>();
            for (int i = 0; i < 130; i++) {
                String email = "agenda-burst-" + run + "-" + i + "@netwerkplaats.test";
                attempts.add(() -> guestSignUpAndConfirm(g, email));
                if (i < 60) {
                    attempts.add(() -> guestSignUpAndConfirm(g, email.toUpperCase()));
                }
            }
            for (AccountView m : members) {
                for (int twice = 0; twice < 2; twice++) {
                    attempts.add(() -> memberSignUp(g, m));
                }
            }
            Collections.shuffle(attempts);
            assertTrue(attempts.size() >= 200);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> running = new ArrayList<>();
            for (Runnable attempt : attempts) {
                running.add(pool.submit(() -> {
                    start.await();
                    attempt.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : running) {
                f.get(3, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        List<RegistrationView> all = registrations.registrations(organiser.id(), g.id());
        List<RegistrationView> confirmed = all.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).toList();
        List<RegistrationView> waiting = all.stream().filter(r -> r.status() == RegistrationStatus.WAITING).toList();
        assertEquals(150, all.size(), "each person once: " + all.size());
        assertEquals(50, confirmed.size());
        assertEquals(100, waiting.size());
        assertEquals(150, all.stream().map(r -> r.email().toLowerCase()).distinct().count());
        List<Long> positions = waiting.stream().map(RegistrationView::waitingPosition).toList();
        assertEquals(java.util.stream.LongStream.rangeClosed(1, 100).boxed().toList(), positions,
                "one unbroken line in order of placement");
        assertEquals(0, calendar.find(g.id(), null).orElseThrow().seatsLeft());
        assertEquals(100, calendar.find(g.id(), null).orElseThrow().waitingCount());

        // one cancellation hands the seat to the first in line
        RegistrationView first = waiting.get(0);
        RegistrationView leaving = confirmed.get(17);
        registrations.cancelByLink(tokenOf(g, leaving.email()));
        List<RegistrationView> after = registrations.registrations(organiser.id(), g.id());
        assertEquals(50, after.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count());
        assertEquals(RegistrationStatus.CONFIRMED,
                after.stream().filter(r -> r.id() == first.id()).findFirst().orElseThrow().status());
        assertEquals(1L, after.stream().filter(r -> r.id() == waiting.get(1).id()).findFirst().orElseThrow()
                .waitingPosition());
    }

    /** A guest signs up and follows the link; a duplicate is refused as already registered, nothing else. */
    private void guestSignUpAndConfirm(GatheringView g, String email) {
        try {
            RegistrationOutcome o = registrations.register(g.id(), RegistrationRequest.guest("Gast " + email, email,
                    null, ParticipantRole.INWONER, null, true, "nl"));
            registrations.confirmByLink(o.token());
        } catch (RegistrationRefusedException e) {
            assertEquals(Reason.ALREADY_REGISTERED, e.reason());
        }
    }

    private void memberSignUp(GatheringView g, AccountView m) {
        try {
            registrations.register(g.id(), RegistrationRequest.member(m.id(), null, null, null, false, "nl"));
        } catch (RegistrationRefusedException e) {
            assertEquals(Reason.ALREADY_REGISTERED, e.reason());
        }
    }

    // ---------------------------------------------------------------- reminders, the day, privacy

    @Test
    void reminderGoesOutOnceWithinTheWindow() throws Exception {
        AccountView organiser = member("Herma Herinnering");
        GatheringView g = publish(organiser, draft("Herinnering morgen", 5, OffsetDateTime.now().plusHours(24)));
        String email = guestEmail();
        RegistrationOutcome o = signUp(g, "Remco", email);
        // placed a week ago, before the reminder window began
        sql("update events.registration set placed_at = now() - interval '7 days' where id = ?", o.registrationId());

        int sent = 0;
        for (int round = 0; round < 3; round++) {
            sent += upkeep.sendReminders(48);
        }

        assertTrue(sent >= 1);
        assertEquals(1, mailsTo(email).stream().filter(m -> m.subject().startsWith("Herinnering")).count());
        assertTrue(mailTo(email, "Herinnering").body().contains(o.code()));
    }

    @Test
    void checkInByCodeWalkInsAttendancePerRoleAndTheParticipantList() {
        AccountView organiser = member("Carla Check-in");
        AccountView stranger = member("Stijn Buitenstaander");
        GatheringView g = published(organiser, 10, "Themadag Limburg");
        RegistrationOutcome ann = registrations.confirmByLink(registrations.register(g.id(), RegistrationRequest.guest(
                "Ann Aanwezig", guestEmail(), "Gemeente Venlo", ParticipantRole.BELEID, null, true, "nl")).token());
        registrations.confirmByLink(registrations.register(g.id(), RegistrationRequest.guest("Bert Afwezig",
                guestEmail(), "Buurtteam", ParticipantRole.PROFESSIONAL, null, true, "nl")).token());
        registrations.confirmByLink(registrations.register(g.id(), RegistrationRequest.guest("Geheim Gerrit",
                guestEmail(), "Buurtteam", ParticipantRole.PROFESSIONAL, null, false, "nl")).token());

        RegistrationView byCode = registrations.findByCode(organiser.id(), g.id(), ann.code().toLowerCase())
                .orElseThrow();
        assertEquals("Ann Aanwezig", byCode.name());
        assertThrows(NotOrganiserException.class, () -> registrations.findByCode(stranger.id(), g.id(), ann.code()));
        registrations.markPresent(organiser.id(), byCode.id(), true);
        registrations.walkIn(organiser.id(), g.id(), "Wim Binnenloper", "Dorpsraad", ParticipantRole.INWONER);

        Attendance a = registrations.attendance(organiser.id(), g.id());
        assertEquals(4, a.registered());
        assertEquals(2, a.present());
        assertEquals(2, a.noShow());
        assertEquals(1, a.walkIns());
        assertEquals(new Attendance.Counts(2, 0, 2), a.perRole().get(ParticipantRole.PROFESSIONAL));
        assertEquals(new Attendance.Counts(1, 1, 0), a.perRole().get(ParticipantRole.BELEID));

        List<ParticipantView> list = registrations.participantList(stranger.id(), g.id());
        assertEquals(List.of("Bert Afwezig", "Ann Aanwezig"), list.stream().map(ParticipantView::name).toList(),
                "only who consented, by organisation (Buurtteam before Gemeente Venlo)");
        assertThrows(NotOrganiserException.class, () -> registrations.registrations(stranger.id(), g.id()));
    }

    @Test
    void guestDataIsRemovedAfterTheRetentionTimeButTheCountsRemain() throws Exception {
        AccountView organiser = member("Pim Privacy");
        GatheringView g = published(organiser, 10, "Lang geleden");
        String email = guestEmail();
        RegistrationOutcome o = signUp(g, "Oud Gastje", email);
        registrations.markPresent(organiser.id(), o.registrationId(), true);
        sql("update events.gathering set starts_at = now() - interval '14 months', ends_at = now() - interval '14 months'"
                + " + interval '2 hours', status = 'AFGELOPEN' where id = ?", g.id());

        while (upkeep.removeGuestData(12) > 0) {
            // until every old guest is done
        }

        RegistrationView r = registrations.registrations(organiser.id(), g.id()).get(0);
        assertNull(r.name());
        assertNull(r.email());
        assertEquals(1, registrations.attendance(organiser.id(), g.id()).present());
    }

    @Test
    void aMemberWhoErasesTheirAccountDisappearsFromRegistrationsButIsStillCounted() {
        AccountView organiser = member("Eva Erasmus");
        AccountView leaving = member("Vera Vertrekt");
        GatheringView g = published(organiser, 10, "Afscheid");
        registrations.register(g.id(), RegistrationRequest.member(leaving.id(), "Stichting Weg",
                ParticipantRole.INWONER, "geen noten", true, "nl"));
        assertEquals(List.of("Vera Vertrekt"), registrations.participantList(organiser.id(), g.id()).stream()
                .map(ParticipantView::name).toList());

        accounts.erase(leaving.id(), PASSWORD);

        RegistrationView r = registrations.registrations(organiser.id(), g.id()).get(0);
        assertNull(r.name());
        assertNull(r.email());
        assertNull(r.needs());
        assertTrue(registrations.participantList(organiser.id(), g.id()).isEmpty());
        assertEquals(1, registrations.attendance(organiser.id(), g.id()).registered());
    }

    @Test
    void afterAPitchSessionItsMemberHostsAndSpeakersAreCreditedOnce() throws Exception {
        AccountView organiser = member("Petra Pitch");
        AccountView host = member("Hein Host");
        AccountView speaker = member("Sara Spreker");
        OffsetDateTime start = OffsetDateTime.now().plusDays(3);
        GatheringView g = gatherings.create(organiser.id(), new GatheringDraft("Pitchavond", GatheringKind.PITCH_SESSIE,
                List.of(), null, start, start.plusHours(2), "Zaal", null, null, null, List.of(),
                List.of(new Contributor(Contributor.Kind.HOST, host.id(), null),
                        new Contributor(Contributor.Kind.SPEAKER, speaker.id(), null),
                        new Contributor(Contributor.Kind.SPEAKER, null, "Gast zonder account")),
                List.of(), null, null, Audience.EVERYONE, null, false));
        gatherings.publish(organiser.id(), g.id());
        sql("update events.gathering set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour'"
                + " where id = ?", g.id());

        while (upkeep.finishEnded() > 0) {
            // every ended gathering in the shared database, ours among them
        }
        assertThrows(GatheringStatusException.class, () -> gatherings.finish(organiser.id(), g.id()),
                "already afgelopen");

        assertEquals(GatheringStatus.AFGELOPEN, calendar.find(g.id(), null).orElseThrow().status());
        assertTrue(calendar.agenda(new AgendaQuery(false, OffsetDateTime.now().minusDays(1),
                OffsetDateTime.now().plusDays(1), null, null, null, 0, 500)).stream().anyMatch(x -> x.id() == g.id()),
                "a month view that has begun still shows what took place in it");
        assertTrue(calendar.agenda(new AgendaQuery(true, null, null, null, null, null, 0, 500)).stream()
                .anyMatch(x -> x.id() == g.id()), "and the past list shows it");
        assertEquals(List.of(ContributionKind.HOSTED_TABLE), contributions.of(host.id()).stream()
                .filter(c -> c.sourceRef().equals("gathering:" + g.id())).map(ContributionView::kind).toList());
        assertEquals(List.of(ContributionKind.PITCHED_CASE), contributions.of(speaker.id()).stream()
                .filter(c -> c.sourceRef().equals("gathering:" + g.id())).map(ContributionView::kind).toList());
    }

    // ---------------------------------------------------------------- organisers, editions, calendar

    @Test
    void organisersAndCoordinatorsMayChangeAGatheringOthersMayNot() {
        AccountView organiser = member("Otto Organiser");
        AccountView helper = member("Hanna Helper");
        AccountView other = member("Olaf Ander");
        AccountView coordinator = accounts.createConfirmed("Coby Coördinator", email(), PASSWORD,
                Set.of(Role.COORDINATOR));
        GatheringView g = gatherings.create(organiser.id(), draft("Speeddate", 20, OffsetDateTime.now().plusDays(30))
                .build());
        assertEquals(GatheringStatus.CONCEPT, g.status());
        assertThrows(NotOrganiserException.class, () -> gatherings.publish(other.id(), g.id()));

        gatherings.addOrganiser(organiser.id(), g.id(), helper.id());
        assertTrue(gatherings.mayOrganise(helper.id(), g.id()));
        gatherings.update(helper.id(), g.id(), withCapacity(g, 25));
        assertEquals(GatheringStatus.GEPUBLICEERD, gatherings.publish(coordinator.id(), g.id()).status());
        assertThrows(GatheringStatusException.class, () -> gatherings.publish(organiser.id(), g.id()));
        assertEquals(List.of(organiser.id(), helper.id()), calendar.find(g.id(), null).orElseThrow().organiserIds());
    }

    @Test
    void nextEditionCopiesTheFactsAYearLater() {
        AccountView organiser = member("Eddy Editie");
        GatheringView first = published(organiser, 30, "Speeddaten voor initiatieven");
        GatheringView next = gatherings.nextEdition(organiser.id(), first.id());
        assertEquals(GatheringStatus.CONCEPT, next.status());
        assertEquals(first.title(), next.title());
        assertEquals(first.goals(), next.goals());
        assertEquals(first.themeIds(), next.themeIds());
        assertEquals(first.contributors(), next.contributors());
        assertEquals(first.startsAt().plusYears(1).toInstant(), next.startsAt().toInstant());
        assertEquals(first.id(), next.previousEditionId());
        assertEquals(0, next.confirmedCount());
    }

    @Test
    void agendaFiltersByThemeMunicipalityAndKindAndTheFeedIsValidICalendar() {
        AccountView organiser = member("Fenna Feed");
        long theme = themes.activeThemes().get(0).id();
        GatheringView g = publish(organiser, draft("Feed; met, tekens \\ en een heel lange titel die gevouwen moet"
                + " worden omdat hij langer is dan vijfenzeventig octetten — ëën", 5, OffsetDateTime.now().plusDays(9))
                .themes(theme));

        assertTrue(calendar.agenda(new AgendaQuery(false, null, null, theme, "GM0150", GatheringKind.THEMADAG, 0, 500))
                .stream().anyMatch(s -> s.id() == g.id()));
        assertFalse(calendar.agenda(new AgendaQuery(false, null, null, theme, "GM0153", null, 0, 500))
                .stream().anyMatch(s -> s.id() == g.id()), "other municipality");
        assertFalse(calendar.agenda(new AgendaQuery(false, null, null, null, null, GatheringKind.MEETUP, 0, 500))
                .stream().anyMatch(s -> s.id() == g.id()), "other kind");

        String feed = calendar.calendarFeed(theme);
        for (String line : feed.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + line);
        }
        assertTrue(feed.startsWith("BEGIN:VCALENDAR\r\n") && feed.endsWith("END:VCALENDAR\r\n"));
        String unfolded = feed.replace("\r\n ", "");
        assertTrue(unfolded.contains("UID:gathering-" + g.id() + "@netwerkplaats"));
        assertTrue(unfolded.contains("SUMMARY:Feed\\; met\\, tekens \\\\ en een heel lange titel"), unfolded);
        assertTrue(unfolded.contains("ëën"));
        String entry = calendar.calendarEntry(g.id());
        assertEquals(1, entry.split("BEGIN:VEVENT").length - 1);
    }

    // ---------------------------------------------------------------- helpers

    private RegistrationOutcome signUp(GatheringView g, String name, String email) {
        RegistrationOutcome o = registrations.register(g.id(), RegistrationRequest.guest(name, email, null,
                ParticipantRole.INWONER, null, true, "nl"));
        return registrations.confirmByLink(o.token());
    }

    private String tokenOf(GatheringView g, String email) {
        return mailsTo(email).stream().map(OutboxMessageView::body)
                .map(b -> b.replaceAll("(?s).*aanmelding\\.xhtml\\?t=([A-Za-z0-9_-]+).*", "$1"))
                .filter(t -> t.length() < 64).findFirst().orElseThrow();
    }

    private RegistrationStatus statusOf(AccountView organiser, GatheringView g, String email) {
        return registrations.registrations(organiser.id(), g.id()).stream().filter(r -> email.equals(r.email()))
                .filter(r -> r.status().live()).findFirst().orElseThrow().status();
    }

    private static Reason refusal(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(RegistrationRefusedException.class, call).reason();
    }

    private GatheringView published(AccountView organiser, int capacity, String title) {
        return publish(organiser, draft(title, capacity, OffsetDateTime.now(ZoneOffset.UTC).plusDays(14)));
    }

    private GatheringView publish(AccountView organiser, DraftBuilder draft) {
        GatheringView g = gatherings.create(organiser.id(), draft.build());
        return gatherings.publish(organiser.id(), g.id());
    }

    private static GatheringDraft withCapacity(GatheringView g, int capacity) {
        GatheringDraft d = g.toDraft();
        return new GatheringDraft(d.title(), d.kind(), d.goals(), d.description(), d.startsAt(), d.endsAt(),
                d.venueName(), d.venueAddress(), d.municipalityCode(), d.onlineUrl(), d.organisationIds(),
                d.contributors(), d.themeIds(), capacity, d.registrationDeadline(), d.audience(), d.audienceGroupId(),
                d.approvalRequired());
    }

    private static DraftBuilder draft(String title, int capacity, OffsetDateTime start) {
        return new DraftBuilder(title, capacity, start);
    }

    /** A themadag in Deventer of four hours; from 13:00 Dutch time unless {@code start} is within three days. */
    private static final class DraftBuilder {
        private final String title;
        private final int capacity;
        private OffsetDateTime start;
        private OffsetDateTime end;
        private OffsetDateTime deadline;
        private Audience audience = Audience.EVERYONE;
        private boolean approval;
        private String online;
        private List<Long> themeIds = List.of();
        private Long groupId;

        DraftBuilder(String title, int capacity, OffsetDateTime start) {
            this.title = title;
            this.capacity = capacity;
            boolean near = Math.abs(ChronoUnit.HOURS.between(OffsetDateTime.now(), start)) < 72;
            this.start = near ? start.truncatedTo(ChronoUnit.MINUTES)
                    : start.atZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam")).withHour(13).withMinute(0)
                            .truncatedTo(ChronoUnit.MINUTES).toOffsetDateTime();
            this.end = this.start.plusHours(4);
        }

        DraftBuilder withDeadline(OffsetDateTime d) {
            deadline = d;
            return this;
        }

        DraftBuilder withAudience(Audience a) {
            audience = a;
            return this;
        }

        DraftBuilder forGroup(long groupId) {
            audience = Audience.GROUP;
            this.groupId = groupId;
            return this;
        }

        DraftBuilder withApproval() {
            approval = true;
            return this;
        }

        DraftBuilder online(String url) {
            online = url;
            return this;
        }

        DraftBuilder themes(Long... ids) {
            themeIds = List.of(ids);
            return this;
        }

        GatheringDraft endingAt(OffsetDateTime e) {
            end = e;
            return build();
        }

        GatheringDraft build() {
            return new GatheringDraft(title, GatheringKind.THEMADAG, List.of("Elkaar ontmoeten", "Kennis delen"),
                    "Een middag samen.\nMet koffie.", start, end, "De Nieuwe Kerk", "Kerkplein 1", "GM0150", online,
                    List.of(), List.of(new Contributor(Contributor.Kind.SPEAKER, null, "Prof. Spreker")), themeIds,
                    capacity, deadline, audience, groupId, approval);
        }
    }

    private AccountView member(String name) {
        return accounts.createConfirmed(name, email(), PASSWORD, Set.of());
    }

    private static String email() {
        return "agenda-" + UUID.randomUUID() + "@netwerkplaats.test";
    }

    private static String guestEmail() {
        return "agenda-gast-" + UUID.randomUUID() + "@netwerkplaats.test";
    }

    private List<OutboxMessageView> mailsTo(String email) {
        return outbox.newest(3000).stream().filter(m -> m.recipient().equalsIgnoreCase(email))
                .sorted(java.util.Comparator.comparing(OutboxMessageView::id)).toList();
    }

    /** The newest mail to this address whose subject contains the text. */
    private OutboxMessageView mailTo(String email, String subjectPart) {
        List<OutboxMessageView> found = mailsTo(email).stream().filter(m -> m.subject().contains(subjectPart)).toList();
        assertFalse(found.isEmpty(), "no mail '" + subjectPart + "' to " + email + "; got "
                + mailsTo(email).stream().map(OutboxMessageView::subject).collect(Collectors.toList()));
        return found.get(found.size() - 1);
    }

    private void sql(String statement, long id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.setLong(1, id);
            assertEquals(1, s.executeUpdate());
        }
    }
}
