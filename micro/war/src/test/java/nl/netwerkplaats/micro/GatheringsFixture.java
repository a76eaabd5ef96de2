package nl.netwerkplaats.micro;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import nl.netwerkplaats.events.api.Audience;
import nl.netwerkplaats.events.api.Contributor;
import nl.netwerkplaats.events.api.GatheringDraft;
import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.events.api.ParticipantRole;
import nl.netwerkplaats.events.api.RegistrationRequest;
import nl.netwerkplaats.events.api.Registrations;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.NetworkRole;
import nl.netwerkplaats.network.api.OrganisationDraft;
import nl.netwerkplaats.network.api.OrganisationKind;
import nl.netwerkplaats.network.api.Organisations;
import nl.netwerkplaats.network.api.ProfileField;
import nl.netwerkplaats.network.api.ProfileUpdate;
import nl.netwerkplaats.network.api.Profiles;

/**
 * Test-only: an organiser and a member with known passwords, and published gatherings for the browser and REST tests
 * of {@link GatheringsWebIT}: a themadag in Deventer (room for 20, one member registered and consenting to the list),
 * a full meetup in Enschede, and a concept. Titles carry HTML, which pages must show as text.
 */
@Startup
@Singleton
@DependsOn({"NetworkStartup", "EventsStartup"})
public class GatheringsFixture {

    static final String PASSWORD = "een lang testwachtwoord voor de agenda";
    static final String ORGANISER = "agenda-organisator@netwerkplaats.test";
    static final String MEMBER = "agenda-lid@netwerkplaats.test";
    static final String MEMBER_NAME = "Lotte Lijstlid";
    static final String THEMADAG = "Themadag <em>eenzaamheid</em> & ontmoeting";
    static final String FULL_MEETUP = "Volle meetup Enschede";
    static final String CONCEPT = "Geheim concept agenda";
    /** For "my registrations": one seat, held by MINE_FIRST, MINE_SECOND waits; and a gathering that is over. */
    static final String MINE_FIRST = "agenda-mijn-eerste@netwerkplaats.test";
    static final String MINE_SECOND = "agenda-mijn-tweede@netwerkplaats.test";
    static final String MINE_TABLE = "Eén-plaats-tafel Raalte";
    static final String MINE_PAST = "Oogstavond Olst (geweest)";
    /** For the organiser's pickers: an organisation of the sociale kaart and a member who opened their name. */
    static final String PARTNER = "Agendapartner Kookcafé Heeten";
    static final String SPEAKER = "agenda-spreker@netwerkplaats.test";
    static final String SPEAKER_NAME = "Sanne Sprekerlid";
    /** Start of the themadag: ten days from the fixture's start, 13:00 Dutch time. */
    static final OffsetDateTime THEMADAG_START = OffsetDateTime.now().plusDays(10)
            .atZoneSameInstant(ZoneId.of("Europe/Amsterdam")).withHour(13).withMinute(0)
            .truncatedTo(ChronoUnit.MINUTES).toOffsetDateTime();

    @Inject
    private Accounts accounts;

    @Inject
    private Gatherings gatherings;

    @Inject
    private Registrations registrations;

    @Inject
    private Organisations organisations;

    @Inject
    private Profiles profiles;

    @Resource(lookup = "java:app/jdbc/netwerkplaats")
    private DataSource dataSource;

    @PostConstruct
    void plan() {
        if (accounts.findByEmail(ORGANISER).isPresent()) {
            return;
        }
        planMain();
        planMine();
    }

    private void planMain() {
        AccountView organiser = accounts.createConfirmed("Olivia Organisator", ORGANISER, PASSWORD, Set.of());
        AccountView member = accounts.createConfirmed(MEMBER_NAME, MEMBER, PASSWORD, Set.of());

        GatheringView themadag = gatherings.create(organiser.id(), new GatheringDraft(THEMADAG, GatheringKind.THEMADAG,
                List.of("Elkaar leren kennen", "Ervaringen delen"), "Een middag in 6 thematafels.\nMet soep.",
                THEMADAG_START, THEMADAG_START.plusHours(4), "Buurthuis De Kern", "Kerkstraat 1", "GM0150", null,
                List.of(), List.of(new Contributor(Contributor.Kind.SPEAKER, null, "Dr. Gastspreker")), List.of(), 20,
                null, Audience.EVERYONE, null, false));
        gatherings.publish(organiser.id(), themadag.id());
        registrations.register(themadag.id(), RegistrationRequest.member(member.id(), "Wijkteam Zuid",
                ParticipantRole.PROFESSIONAL, null, true, "nl"));

        OffsetDateTime later = THEMADAG_START.plusDays(3);
        GatheringView full = gatherings.create(organiser.id(), new GatheringDraft(FULL_MEETUP, GatheringKind.MEETUP,
                List.of(), null, later, later.plusHours(2), null, null, "GM0153", "https://meet.example.org/volle",
                List.of(), List.of(), List.of(), 1, null, Audience.EVERYONE, null, false));
        gatherings.publish(organiser.id(), full.id());
        registrations.register(full.id(), RegistrationRequest.member(organiser.id(), null, null, null, false, "nl"));

        gatherings.create(organiser.id(), new GatheringDraft(CONCEPT, GatheringKind.INTERVISIE, List.of(), null,
                later, later.plusHours(2), "Ergens", null, null, null, List.of(), List.of(), List.of(), null, null,
                Audience.EVERYONE, null, false));
    }

    private void planMine() {
        AccountView organiser = accounts.findByEmail(ORGANISER).orElseThrow();
        AccountView first = accounts.createConfirmed("Mirjam Mijnlid", MINE_FIRST, PASSWORD, Set.of());
        AccountView second = accounts.createConfirmed("Wessel Wachtlid", MINE_SECOND, PASSWORD, Set.of());
        OffsetDateTime start = THEMADAG_START.plusDays(5);
        GatheringView table = gatherings.create(organiser.id(), new GatheringDraft(MINE_TABLE, GatheringKind.ONTMOETING,
                List.of(), null, start, start.plusHours(2), "Dorpshuis", "Marktstraat 3", "GM0177", null, List.of(),
                List.of(), List.of(), 1, null, Audience.EVERYONE, null, false));
        gatherings.publish(organiser.id(), table.id());
        registrations.register(table.id(), RegistrationRequest.member(first.id(), null, null, null, false, "nl"));
        registrations.register(table.id(), RegistrationRequest.member(second.id(), null, null, null, false, "nl"));

        GatheringView past = gatherings.create(organiser.id(), new GatheringDraft(MINE_PAST, GatheringKind.ONTMOETING,
                List.of(), null, start, start.plusHours(2), "Olst", null, "GM1773", null, List.of(), List.of(),
                List.of(), null, null, Audience.EVERYONE, null, false));
        gatherings.publish(organiser.id(), past.id());
        registrations.register(past.id(), RegistrationRequest.member(first.id(), null, null, null, false, "nl"));
        try (Connection c = dataSource.getConnection(); PreparedStatement move = c.prepareStatement(
                "update events.gathering set starts_at = now() - interval '30 days',"
                        + " ends_at = now() - interval '30 days' + interval '2 hours' where id = ?")) {
            move.setLong(1, past.id());
            move.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }

        organisations.register(organiser.id(), new OrganisationDraft(PARTNER, OrganisationKind.CIVIL_SOCIETY,
                "Koken en eten met buren.", null, null, null, null, Set.of("GM0150"), Set.of()));
        AccountView speaker = accounts.createConfirmed(SPEAKER_NAME, SPEAKER, PASSWORD, Set.of());
        profiles.update(speaker.id(), new ProfileUpdate(SPEAKER_NAME, NetworkRole.SOCIAL_PROFESSIONAL, "GM0150", null, null,
                null, Set.of(), "nl", Map.of(ProfileField.NAME, nl.netwerkplaats.network.api.Audience.MEMBERS)));
    }
}
