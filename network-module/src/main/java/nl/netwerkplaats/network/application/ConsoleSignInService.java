package nl.netwerkplaats.network.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.network.api.AuditLog;
import nl.netwerkplaats.network.api.ConsoleSignIn;

@Stateless
public class ConsoleSignInService implements ConsoleSignIn {

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Override
    public OptionalLong redeem(String token, String purpose) {
        em.createNativeQuery("delete from network.console_token where expires_at < now()").executeUpdate();
        if (token == null || token.isBlank() || token.length() > 200 || purpose == null) {
            return OptionalLong.empty();
        }
        String hash = sha256(token.strip());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.account_id, t.purpose, t.created_by"
                        + " from network.console_token t where t.token_hash = ? for update")
                .setParameter(1, hash).getResultList();
        if (rows.isEmpty()) {
            return OptionalLong.empty();
        }
        em.createNativeQuery("delete from network.console_token where token_hash = ?").setParameter(1, hash)
                .executeUpdate();
        long accountId = ((Number) rows.get(0)[0]).longValue();
        if (!purpose.equals(rows.get(0)[1])) {
            return OptionalLong.empty();
        }
        boolean mayAct = !em.createNativeQuery("select 1 from network.account where id = ? and status = 'ACTIVE'"
                        + " and (locked_until is null or locked_until <= now())")
                .setParameter(1, accountId).getResultList().isEmpty();
        if (!mayAct) {
            return OptionalLong.empty();
        }
        audit.record(accountId, "console.signed-in", "person", accountId, purpose + " by " + rows.get(0)[2]);
        return OptionalLong.of(accountId);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
