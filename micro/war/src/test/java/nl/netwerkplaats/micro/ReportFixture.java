package nl.netwerkplaats.micro;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import nl.netwerkplaats.events.api.Audience;
import nl.netwerkplaats.events.api.GatheringDraft;
import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.events.api.Harvest;
import nl.netwerkplaats.events.api.HarvestItemDraft;
import nl.netwerkplaats.events.api.HarvestType;
import nl.netwerkplaats.events.api.ParticipantRole;
import nl.netwerkplaats.events.api.Programme;
import nl.netwerkplaats.events.api.RegistrationRequest;
import nl.netwerkplaats.events.api.Registrations;
import nl.netwerkplaats.events.api.RoundDraft;
import nl.netwerkplaats.events.api.RoundView;
import nl.netwerkplaats.events.api.TableDraft;
import nl.netwerkplaats.events.api.TableView;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;

/**
 * Test-only, for {@link ReportWebIT}: an organiser, a note-taker and a participant with known passwords, and a
 * themadag that has ended, with two rounds, two tables (the note-taker at table 1) and some harvest.
 */
@Startup
@Singleton
@DependsOn({"NetworkStartup", "EventsStartup"})
public class ReportFixture {

    static final String PASSWORD = "een lang testwachtwoord voor de oogst";
    static final String ORGANISER = "oogst-organisator@netwerkplaats.test";
    static final String NOTE_TAKER = "oogst-notulist@netwerkplaats.test";
    static final String PARTICIPANT = "oogst-deelnemer@netwerkplaats.test";
    static final String TITLE = "Oogstdag in Heeten";

    @Inject
    private Accounts accounts;

    @Inject
    private Gatherings gatherings;

    @Inject
    private Registrations registrations;

    @Inject
    private Programme programme;

    @Inject
    private Harvest harvest;

    @PostConstruct
    void plan() {
        if (accounts.findByEmail(ORGANISER).isPresent()) {
            return;
        }
        AccountView organiser = accounts.createConfirmed("Otto Oogst", ORGANISER, PASSWORD, Set.of());
        AccountView noteTaker = accounts.createConfirmed("Noor Notulist", NOTE_TAKER, PASSWORD, Set.of());
        AccountView participant = accounts.createConfirmed("Diederik Deelnemer", PARTICIPANT, PASSWORD, Set.of());
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).withNano(0);
        GatheringView g = gatherings.create(organiser.id(), new GatheringDraft(TITLE, GatheringKind.THEMADAG,
                List.of("Best practices delen", "Elkaar leren kennen"), null, start, start.plusHours(4), "De Kern",
                null, "GM0150", null, List.of(), List.of(), List.of(), 40, null, Audience.EVERYONE, null, false));
        gatherings.publish(organiser.id(), g.id());
        for (AccountView a : List.of(noteTaker, participant)) {
            registrations.register(g.id(), RegistrationRequest.member(a.id(), "Dorpsraad", ParticipantRole.INWONER,
                    null, true, "nl"));
        }
        OffsetDateTime past = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0);
        var d = g.toDraft();
        gatherings.update(organiser.id(), g.id(), new GatheringDraft(d.title(), d.kind(), d.goals(), d.description(),
                past, past.plusHours(4), d.venueName(), d.venueAddress(), d.municipalityCode(), d.onlineUrl(),
                d.organisationIds(), d.contributors(), d.themeIds(), d.capacity(), null, d.audience(),
                d.audienceGroupId(), d.approvalRequired()));
        gatherings.finish(organiser.id(), g.id());
        RoundView r1 = programme.addRound(organiser.id(), g.id(), new RoundDraft("Best practices",
                "Welke best practices kent u uit uw eigen omgeving?", null, null));
        programme.addRound(organiser.id(), g.id(), new RoundDraft("Dromen", "Hoe ziet het er over 5 jaar uit?", null,
                null));
        TableView t1 = programme.addTable(organiser.id(), g.id(), new TableDraft(1, "Eenzaamheid", null, "Gerrit",
                noteTaker.id(), null));
        programme.addTable(organiser.id(), g.id(), new TableDraft(2, "Wonen", null, null, null, "Piet"));
        harvest.captureAll(organiser.id(), g.id(), null, null, List.of(
                HarvestItemDraft.of(t1.id(), r1.id(), HarvestType.BEST_PRACTICE, "Koffieochtend in het dorpshuis"),
                HarvestItemDraft.of(t1.id(), r1.id(), HarvestType.KERNBOODSCHAP, "Samen sterk in de buurt")));
    }
}
