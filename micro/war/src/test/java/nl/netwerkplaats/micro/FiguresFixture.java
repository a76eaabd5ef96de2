package nl.netwerkplaats.micro;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import nl.netwerkplaats.events.api.GatheringDraft;
import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.events.api.Harvest;
import nl.netwerkplaats.events.api.HarvestItemDraft;
import nl.netwerkplaats.events.api.HarvestType;
import nl.netwerkplaats.events.api.ParticipantRole;
import nl.netwerkplaats.events.api.RegistrationRequest;
import nl.netwerkplaats.events.api.Registrations;
import nl.netwerkplaats.knowledge.api.KnowledgeAgenda;
import nl.netwerkplaats.knowledge.api.KnowledgeDraft;
import nl.netwerkplaats.knowledge.api.KnowledgeItems;
import nl.netwerkplaats.knowledge.api.KnowledgeType;
import nl.netwerkplaats.knowledge.api.LearningQuestionDraft;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.HelpKind;
import nl.netwerkplaats.network.api.NetworkRole;
import nl.netwerkplaats.network.api.OrganisationDraft;
import nl.netwerkplaats.network.api.OrganisationKind;
import nl.netwerkplaats.network.api.Organisations;
import nl.netwerkplaats.network.api.PartyKind;
import nl.netwerkplaats.network.api.ProfileField;
import nl.netwerkplaats.network.api.ProfileUpdate;
import nl.netwerkplaats.network.api.Profiles;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.network.api.Support;
import nl.netwerkplaats.network.api.SupportRequestDraft;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.Urgency;

/**
 * Test-only: a known data set for the overview, all on a theme of its own ({@link #THEME}), so the figures for that
 * theme are exact however many other tests share the database. In Overijssel (PV23): Deventer has two new people,
 * two organisations (one also in Enschede), one gathering held an hour ago with three seats and three harvested items (two present, one no-show, one
 * of them a walk-in), one planned gathering, two requests (one linked 48 hours after asking, and accepted) and one
 * published item; plus one person who joined two years ago. Elsewhere (Amsterdam): one person, one fund, one held
 * gathering and one published story. Concepts and a cancelled gathering that must not count. Two learning
 * questions, one of them overdue.
 */
@Startup
@Singleton
@DependsOn({"NetworkStartup", "EventsStartup", "KnowledgeStartup"})
public class FiguresFixture {

    static final String THEME = "Cijfertoets zonder weerga";
    static final String PASSWORD = "een lang testwachtwoord voor de cijfers";
    static final String COORDINATOR = "cijfers-coordinator@netwerkplaats.test";
    static final String MEMBER = "cijfers-lid@netwerkplaats.test";
    static final String PROVINCE = "PV23";

    @Inject
    private Accounts accounts;

    @Inject
    private Profiles profiles;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private Organisations organisations;

    @Inject
    private Gatherings gatherings;

    @Inject
    private Registrations registrations;

    @Inject
    private Support support;

    @Inject
    private Harvest harvest;

    @Inject
    private KnowledgeItems items;

    @Inject
    private KnowledgeAgenda agenda;

    @Resource(lookup = "java:app/jdbc/netwerkplaats")
    private DataSource dataSource;

    /** The id of {@link #THEME}. */
    static long themeId;

    @PostConstruct
    void create() {
        var existing = themes.allThemes().stream().filter(t -> t.nameNl().equals(THEME)).findFirst();
        if (existing.isPresent()) {
            themeId = existing.get().id();
            return;
        }
        long theme = themes.add(THEME, "Figures test beyond compare").id();
        themeId = theme;
        AccountView coordinator = accounts.createConfirmed("Cijfer Coördinator", COORDINATOR, PASSWORD,
                EnumSet.of(Role.COORDINATOR, Role.EDITOR));
        AccountView anna = person("Anna Cijfer", MEMBER, "GM0150", theme);
        AccountView bert = person("Bert Cijfer", "cijfers-bert@netwerkplaats.test", "GM0150", theme);
        person("Carla Cijfer", "cijfers-carla@netwerkplaats.test", "GM0363", theme);
        AccountView dirk = person("Dirk Cijfer", "cijfers-dirk@netwerkplaats.test", "GM0150", theme);
        sql("update network.account set created_at = now() - interval '2 years' where id = ?", dirk.id());

        long initiative = organisations.register(anna.id(), new OrganisationDraft("Cijferinitiatief Deventer",
                OrganisationKind.RESIDENT_INITIATIVE, null, "Telt mee", null, null, null, Set.of("GM0150"),
                Set.of(theme))).id();
        organisations.register(anna.id(), new OrganisationDraft("Cijferwelzijn Salland",
                OrganisationKind.CIVIL_SOCIETY, null, "Telt ook mee", null, null, null, Set.of("GM0150", "GM0153"),
                Set.of(theme)));
        organisations.register(anna.id(), new OrganisationDraft("Cijferfonds Amsterdam", OrganisationKind.FUND,
                null, "Telt buiten Overijssel", null, null, null, Set.of("GM0363"), Set.of(theme)));

        OffsetDateTime soon = OffsetDateTime.now().plusDays(20);
        GatheringView held = gathering(coordinator, "Cijfertafel Deventer", GatheringKind.THEMADAG, "GM0150", soon,
                theme);
        long annaSeat = registrations.register(held.id(), RegistrationRequest.member(anna.id(), null,
                ParticipantRole.INWONER, null, false, "nl")).registrationId();
        registrations.register(held.id(), RegistrationRequest.member(bert.id(), null, ParticipantRole.PROFESSIONAL,
                null, false, "nl"));
        registrations.markPresent(coordinator.id(), annaSeat, true);
        registrations.walkIn(coordinator.id(), held.id(), "Wally Inloop", null, ParticipantRole.VRIJWILLIGER);
        harvest.capture(coordinator.id(), held.id(), HarvestItemDraft.of(null, null, HarvestType.RODE_DRAAD,
                "Samen tellen"));
        harvest.capture(coordinator.id(), held.id(), HarvestItemDraft.of(null, null, HarvestType.RODE_DRAAD,
                "Tellen wat telt"));
        harvest.capture(coordinator.id(), held.id(), HarvestItemDraft.of(null, null, HarvestType.KERNBOODSCHAP,
                "Cijfers vertellen een verhaal"));
        sql("update events.gathering set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour'"
                + " where id = ?", held.id());
        GatheringView elsewhere = gathering(coordinator, "Cijfermeetup Amsterdam", GatheringKind.MEETUP, "GM0363",
                soon, theme);
        sql("update events.gathering set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour'"
                + " where id = ?", elsewhere.id());
        gathering(coordinator, "Geplande cijfertafel", GatheringKind.ONTMOETING, "GM0150", soon, theme);
        GatheringView cancelled = gathering(coordinator, "Afgelaste cijfertafel", GatheringKind.ONTMOETING,
                "GM0150", soon, theme);
        gatherings.cancel(coordinator.id(), cancelled.id(), "Test");
        gatherings.create(coordinator.id(), draft("Concept cijfertafel", GatheringKind.ONTMOETING, "GM0150", soon,
                theme));

        support.ask(anna.id(), new SupportRequestDraft("Cijfervraag zonder koppeling", "Wie telt mee?", null,
                Set.of(theme), "GM0150", Urgency.NORMAL, Set.of(HelpKind.HANDS), null));
        long linked = support.ask(bert.id(), new SupportRequestDraft("Cijfervraag met koppeling",
                "Wie helpt tellen?", null, Set.of(theme), "GM0150", Urgency.NORMAL, Set.of(HelpKind.KNOWLEDGE),
                null)).id();
        support.link(coordinator.id(), linked, List.of(new Support.PartyRef(PartyKind.ORGANISATION, initiative)),
                coordinator.id());
        long match = support.matchesFor(anna.id()).stream().filter(m -> m.requestId() == linked).findFirst()
                .orElseThrow().id();
        support.answer(anna.id(), match, true);
        // The link came 48 hours after the question (moved ahead rather than the question back, so both stay in
        // this month whatever the day).
        sql("update network.support_match set linked_at = (select r.created_at from network.support_request r"
                + " where r.id = support_match.request_id) + interval '48 hours' where request_id = ?", linked);

        long published = items.create(anna.id(), new KnowledgeDraft("Cijferpraktijk Deventer",
                KnowledgeType.BEST_PRACTICE, null, "Hoe we tellen.", "<p>Tellen</p>", List.of(theme),
                List.of("GM0150"), List.of(), null)).id();
        items.submit(anna.id(), published);
        items.publish(coordinator.id(), published);
        long story = items.create(anna.id(), new KnowledgeDraft("Cijferverhaal Amsterdam", KnowledgeType.VERHAAL,
                null, "Een verhaal.", "<p>Verhaal</p>", List.of(theme), List.of("GM0363"), List.of(), null)).id();
        items.submit(anna.id(), story);
        items.publish(coordinator.id(), story);
        items.create(anna.id(), new KnowledgeDraft("Cijferconcept Enschede", KnowledgeType.CASUS, null,
                "Nog niet af.", "<p>Concept</p>", List.of(theme), List.of("GM0153"), List.of(), null));

        agenda.create(coordinator.id(), new LearningQuestionDraft("Tellen we wat telt?", "Omdat het telt.",
                List.of(theme), null, LocalDate.now().plusMonths(6)));
        long overdue = agenda.create(coordinator.id(), new LearningQuestionDraft("Wat leren de cijfers ons?",
                "Om bij te sturen.", List.of(theme), null, LocalDate.now().plusMonths(6))).id();
        sql("update knowledge.learning_question set review_date = current_date - 10 where id = ?", overdue);
    }

    private AccountView person(String name, String email, String municipality, long theme) {
        AccountView account = accounts.createConfirmed(name, email, PASSWORD, Set.of());
        profiles.update(account.id(), new ProfileUpdate(name, NetworkRole.RESIDENT, municipality, null, null, null,
                Set.of(theme), "nl", Map.of(ProfileField.NAME, Audience.MEMBERS)));
        return account;
    }

    private GatheringView gathering(AccountView organiser, String title, GatheringKind kind, String municipality,
                                    OffsetDateTime start, long theme) {
        GatheringView g = gatherings.create(organiser.id(), draft(title, kind, municipality, start, theme));
        gatherings.publish(organiser.id(), g.id());
        return g;
    }

    private static GatheringDraft draft(String title, GatheringKind kind, String municipality, OffsetDateTime start,
                                        long theme) {
        return new GatheringDraft(title, kind, List.of(), null, start, start.plusHours(3), "Buurthuis", null,
                municipality, null, List.of(), List.of(), List.of(theme), 30, null,
                nl.netwerkplaats.events.api.Audience.EVERYONE, null, false);
    }

    private void sql(String statement, long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.setLong(1, id);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("Not exactly one row: " + statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
