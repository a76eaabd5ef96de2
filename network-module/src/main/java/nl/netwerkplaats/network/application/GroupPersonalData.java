package nl.netwerkplaats.network.application;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.network.domain.GroupMembership;
import nl.netwerkplaats.network.domain.NetworkGroup;

/**
 * A person's places in groups are personal data: they go into "Mijn gegevens" and leave with the account. The
 * groups themselves stay, as contributions; the one who started a group is forgotten.
 */
@ApplicationScoped
public class GroupPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    @Override
    public void export(long accountId, JsonObjectBuilder person) {
        JsonArrayBuilder groups = Json.createArrayBuilder();
        em.createQuery("select m from GroupMembership m where m.accountId = :account order by m.requestedAt",
                        GroupMembership.class)
                .setParameter("account", accountId)
                .getResultStream()
                .forEach(m -> {
                    NetworkGroup group = m.getGroup();
                    JsonObjectBuilder entry = Json.createObjectBuilder()
                            .add("groupId", group.getId())
                            .add("name", group.getName())
                            .add("standing", m.getStanding().name())
                            .add("requestedAt", m.getRequestedAt().toString())
                            .add("startedByMe", Long.valueOf(accountId).equals(group.getCreatedBy()));
                    Instant joined = m.getJoinedAt();
                    if (joined != null) {
                        entry.add("joinedAt", joined.toString());
                    }
                    groups.add(entry);
                });
        person.add("groups", groups);
    }

    @Override
    public void erase(long accountId) {
        em.createQuery("delete from GroupMembership m where m.accountId = :account")
                .setParameter("account", accountId).executeUpdate();
        em.createQuery("update NetworkGroup g set g.createdBy = null where g.createdBy = :account")
                .setParameter("account", accountId).executeUpdate();
    }
}
