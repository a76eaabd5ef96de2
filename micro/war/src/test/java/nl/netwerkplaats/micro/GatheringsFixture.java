package nl.netwerkplaats.micro;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

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

    @PostConstruct
    void plan() {
        if (accounts.findByEmail(ORGANISER).isPresent()) {
            return;
        }
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
}
