package nl.netwerkplaats.events.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.network.api.AccountErased;

/**
 * When a person deletes their account, their registrations forget who they were (the rows stay, so the counts
 * stay) and they stop organising; at tables, in the harvest and in reactions they become "voormalig lid". Runs
 * after the network module committed the erasure.
 */
@Stateless
public class ErasedAccounts {

    @PersistenceContext(unitName = "events")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountErased erased) {
        em.createNativeQuery("""
                        update events.registration set name = null, email = null, organisation = null, needs = null,
                               listed = false, account_id = null, anonymised_at = now()
                        where account_id = ?1""")
                .setParameter(1, erased.accountId()).executeUpdate();
        em.createNativeQuery("delete from events.gathering_organiser where account_id = ?1")
                .setParameter(1, erased.accountId()).executeUpdate();
        // the list keeps its positions: the speaker stays, without a name
        em.createNativeQuery("update events.gathering_contributor set account_id = null, name = 'voormalig lid'"
                        + " where account_id = ?1")
                .setParameter(1, erased.accountId()).executeUpdate();
        // issue 6: hosts and note-takers, harvest authors and reactions keep their place but lose the person;
        // follow-up sign-ups go (a count of someone who no longer exists helps nobody)
        for (String sql : new String[] {
                "update events.gathering_table set host_account_id = null, host_name = 'voormalig lid'"
                        + " where host_account_id = ?1",
                "update events.gathering_table set note_taker_account_id = null, note_taker_name = 'voormalig lid'"
                        + " where note_taker_account_id = ?1",
                "update events.harvest_item set author_account_id = null, author_name = 'voormalig lid'"
                        + " where author_account_id = ?1",
                "update events.reaction set account_id = null, author_name = 'voormalig lid' where account_id = ?1",
                "delete from events.follow_up_signup where account_id = ?1"}) {
            em.createNativeQuery(sql).setParameter(1, erased.accountId()).executeUpdate();
        }
    }
}
