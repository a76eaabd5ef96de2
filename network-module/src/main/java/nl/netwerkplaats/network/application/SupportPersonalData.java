package nl.netwerkplaats.network.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.network.api.ContributionView;
import nl.netwerkplaats.network.api.Contributions;
import nl.netwerkplaats.network.api.Support;
import nl.netwerkplaats.network.api.SupportOfferView;
import nl.netwerkplaats.network.api.SupportRequestSummary;

/**
 * A person's requests, offers and contributions: exported with their data. On erasure the database removes their
 * requests, offers, responses and ledger entries with the account (foreign keys cascade); the links that name
 * them as a person have no foreign key, so they are removed here.
 */
@ApplicationScoped
public class SupportPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    @Inject
    private Support support;

    @Inject
    private Contributions contributions;

    @Inject
    private Event<MatchCache.MatchInputsChanged> matchInputsChanged;

    @Override
    public void export(long accountId, jakarta.json.JsonObjectBuilder person) {
        JsonArrayBuilder requests = Json.createArrayBuilder();
        for (SupportRequestSummary r : support.askedBy(accountId)) {
            requests.add(Json.createObjectBuilder().add("title", r.title()).add("need", r.need())
                    .add("status", r.status().name()).add("createdAt", r.createdAt().toString()));
        }
        JsonArrayBuilder offers = Json.createArrayBuilder();
        for (SupportOfferView o : support.offersBy(accountId)) {
            offers.add(Json.createObjectBuilder().add("title", o.title()).add("description", o.description()));
        }
        JsonArrayBuilder ledger = Json.createArrayBuilder();
        List<ContributionView> entries = contributions.of(accountId);
        for (ContributionView c : entries) {
            ledger.add(Json.createObjectBuilder().add("kind", c.kind().name()).add("source", c.sourceRef())
                    .add("points", c.points()).add("recordedAt", c.recordedAt().toString()));
        }
        person.add("supportRequests", requests).add("supportOffers", offers).add("contributions", ledger)
                .add("contributionsShownPublicly", contributions.isShownPublicly(accountId));
    }

    @Override
    public void erase(long accountId) {
        em.createNativeQuery("delete from network.support_match where party_kind = 'PERSON' and party_id = ?1")
                .setParameter(1, accountId).executeUpdate();
        matchInputsChanged.fire(new MatchCache.MatchInputsChanged());
    }
}
