package nl.netwerkplaats.network.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.network.api.Helpdesk;
import nl.netwerkplaats.network.domain.HelpdeskQuestion;

/** Questions someone asked the network coordinator: exported with their data, and anonymised on erasure. */
@ApplicationScoped
public class HelpdeskPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    @Inject
    private Helpdesk helpdesk;

    @Override
    public void export(long accountId, JsonObjectBuilder person) {
        JsonArrayBuilder questions = Json.createArrayBuilder();
        em.createQuery("select q from HelpdeskQuestion q where q.accountId = :account", HelpdeskQuestion.class)
                .setParameter("account", accountId).getResultStream()
                .forEach(q -> {
                    JsonObjectBuilder entry = Json.createObjectBuilder()
                            .add("askedAt", q.getAskedAt().toString())
                            .add("question", q.getQuestion())
                            .add("status", q.getStatus().name());
                    if (q.getAnswer() != null) {
                        entry.add("answer", q.getAnswer());
                    }
                    questions.add(entry);
                });
        person.add("helpdeskQuestions", questions);
    }

    @Override
    public void erase(long accountId) {
        helpdesk.forgetAsker(accountId);
    }
}
