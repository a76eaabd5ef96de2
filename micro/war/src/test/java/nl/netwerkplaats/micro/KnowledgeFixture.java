package nl.netwerkplaats.micro;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
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
import nl.netwerkplaats.knowledge.api.KnowledgeDraft;
import nl.netwerkplaats.knowledge.api.KnowledgeItemView;
import nl.netwerkplaats.knowledge.api.KnowledgeItems;
import nl.netwerkplaats.knowledge.api.KnowledgeType;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.OrganisationDraft;
import nl.netwerkplaats.network.api.OrganisationKind;
import nl.netwerkplaats.network.api.Organisations;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.network.api.ThemeCatalog;

/**
 * Test-only: an author and an editor with known passwords, one published item whose body carried a script, and
 * one concept, for the browser tests of {@link KnowledgeIT}.
 */
@Startup
@Singleton
@DependsOn({"NetworkStartup", "EventsStartup", "KnowledgeStartup"})
public class KnowledgeFixture {

    static final String PASSWORD = "een lang testwachtwoord voor de kennisbank";
    static final String AUTHOR_EMAIL = "kennis-auteur@netwerkplaats.test";
    static final String EDITOR_EMAIL = "kennis-redacteur@netwerkplaats.test";
    /** A word no other test uses, so a search for it finds just the fixture's items. */
    static final String MARKER = "kwartelkoning";
    static final String PUBLISHED_TITLE = "Samenwerking met de buurt rond de " + MARKER;
    static final String CONCEPT_TITLE = "Nog geheim concept over de " + MARKER;
    static final String SCRIPT_BODY = "<p>Buren <strong>samen</strong> aan tafel.</p><script>window.hacked=1</script>"
            + "<p onclick=\"window.hacked=2\">Tekst &lt;script&gt;alert('x')&lt;/script&gt; bij de " + MARKER + ".</p>";

    /** An organisation and two published gatherings for the pickers and the checks on links. */
    static final String ORGANISATION_NAME = "Kwartelkoning Buurtwerkplaats";
    static final String GATHERING_TITLE = "Kennisbank-testbijeenkomst Kwartelkoning";
    static final String OTHER_GATHERING_TITLE = "Tweede kennisbank-testbijeenkomst Kwartelkoning";

    static long publishedId;
    static long conceptId;
    static long organisationId;
    static long gatheringId;
    static long otherGatheringId;

    @Inject
    private Accounts accounts;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private KnowledgeItems items;

    @Inject
    private Organisations organisations;

    @Inject
    private Gatherings gatherings;

    @PostConstruct
    void createPeopleAndItems() {
        if (accounts.findByEmail(AUTHOR_EMAIL).isPresent()) {
            return;
        }
        AccountView organiser = accounts.createConfirmed("Olga Organisator", "kennis-organisator@netwerkplaats.test",
                PASSWORD, Set.of());
        organisationId = organisations.register(organiser.id(), new OrganisationDraft(ORGANISATION_NAME,
                OrganisationKind.RESIDENT_INITIATIVE, null, null, null, null, null, Set.of("GM0363"), Set.of())).id();
        OffsetDateTime start = OffsetDateTime.now().plusDays(20).truncatedTo(ChronoUnit.HOURS);
        gatheringId = publishedGathering(organiser.id(), GATHERING_TITLE, start);
        otherGatheringId = publishedGathering(organiser.id(), OTHER_GATHERING_TITLE, start.plusDays(7));
        AccountView author = accounts.createConfirmed("Karin Kennisdeler", AUTHOR_EMAIL, PASSWORD, Set.of());
        AccountView editor = accounts.createConfirmed("Ruud Redacteur", EDITOR_EMAIL, PASSWORD, Set.of(Role.EDITOR));
        long theme = themes.activeThemes().stream().filter(t -> t.nameNl().equals("Eenzaamheid")).findFirst()
                .orElseThrow().id();
        KnowledgeItemView published = items.create(author.id(), new KnowledgeDraft(PUBLISHED_TITLE,
                KnowledgeType.BEST_PRACTICE, null, "Hoe buren elkaar vinden als ze willen samenwerken.",
                SCRIPT_BODY, List.of(theme), List.of("GM0363"), List.of(), null));
        items.submit(author.id(), published.id());
        items.publish(editor.id(), published.id());
        publishedId = published.id();
        conceptId = items.create(author.id(), new KnowledgeDraft(CONCEPT_TITLE, KnowledgeType.CASUS, null,
                "Alleen voor de auteur en de redactie.", "<p>Geheim</p>", List.of(), List.of(), List.of(), null)).id();
    }

    private long publishedGathering(long organiserId, String title, OffsetDateTime start) {
        GatheringView gathering = gatherings.create(organiserId, new GatheringDraft(title, GatheringKind.MEETUP,
                List.of(), null, start, start.plusHours(2), "Buurthuis De Kwartel", "Dorpsstraat 2", "GM0363", null,
                List.of(), List.of(), List.of(), null, null, Audience.EVERYONE, null, false));
        gatherings.publish(organiserId, gathering.id());
        return gathering.id();
    }
}
