package nl.netwerkplaats.micro;

import java.time.OffsetDateTime;
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
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;

/**
 * Test-only: for {@link ReportImportWebIT}, an organiser (of one concept gathering) who may import reports, and a
 * member who organises nothing and may not.
 */
@Startup
@Singleton
@DependsOn({"NetworkStartup", "EventsStartup"})
public class ReportImportFixture {

    static final String PASSWORD = "een lang testwachtwoord voor het importeren";
    static final String ORGANISER = "import-organisator@netwerkplaats.test";
    static final String MEMBER = "import-lid@netwerkplaats.test";

    @Inject
    private Accounts accounts;

    @Inject
    private Gatherings gatherings;

    @PostConstruct
    void create() {
        if (accounts.findByEmail(ORGANISER).isPresent()) {
            return;
        }
        AccountView organiser = accounts.createConfirmed("Ida Importeur", ORGANISER, PASSWORD, Set.of());
        accounts.createConfirmed("Len Lid-Zonder-Bijeenkomst", MEMBER, PASSWORD, Set.of());
        OffsetDateTime start = OffsetDateTime.now().plusDays(40);
        gatherings.create(organiser.id(), new GatheringDraft("Importtest eigen bijeenkomst", GatheringKind.MEETUP,
                List.of(), null, start, start.plusHours(2), "Buurthuis Import", null, null, null, List.of(), List.of(),
                List.of(), null, null, Audience.EVERYONE, null, false));
    }
}
