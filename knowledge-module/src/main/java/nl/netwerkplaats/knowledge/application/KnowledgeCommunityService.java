package nl.netwerkplaats.knowledge.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.knowledge.api.KnowledgeActionNotAllowedException;
import nl.netwerkplaats.knowledge.api.KnowledgeCommunity;
import nl.netwerkplaats.knowledge.api.KnowledgeInputRejectedException;
import nl.netwerkplaats.knowledge.api.KnowledgeInputRejectedException.Problem;
import nl.netwerkplaats.knowledge.api.KnowledgeItems;
import nl.netwerkplaats.knowledge.api.KnowledgeStatus;
import nl.netwerkplaats.knowledge.api.ReactionView;
import nl.netwerkplaats.knowledge.api.ReportView;
import nl.netwerkplaats.knowledge.api.UnknownKnowledgeItemException;
import nl.netwerkplaats.knowledge.domain.KnowledgeItem;
import nl.netwerkplaats.knowledge.domain.KnowledgeReaction;
import nl.netwerkplaats.knowledge.infrastructure.DigestMails;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.AuditLog;
import nl.netwerkplaats.network.api.Outbox;
import nl.netwerkplaats.network.api.Profiles;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;

@Stateless
public class KnowledgeCommunityService implements KnowledgeCommunity {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    @PersistenceContext(unitName = "knowledge")
    private EntityManager em;

    @Inject
    private KnowledgeItems items;

    @Inject
    private Accounts accounts;

    @Inject
    private Profiles profiles;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private Outbox outbox;

    @Inject
    private DigestMails mails;

    @Inject
    private AuditLog audit;

    @Override
    public boolean recordView(long itemId, String viewerKey, LocalDate day) {
        KnowledgeItem item = em.find(KnowledgeItem.class, itemId);
        if (item == null || item.getStatus() != KnowledgeStatus.GEPUBLICEERD || viewerKey == null
                || viewerKey.isBlank() || viewerKey.length() > 64) {
            return false;
        }
        int inserted = em.createNativeQuery("""
                insert into knowledge.knowledge_view (item_id, viewer_key, day) values (?, ?, ?)
                on conflict do nothing""")
                .setParameter(1, itemId).setParameter(2, viewerKey).setParameter(3, day).executeUpdate();
        if (inserted == 1) {
            em.createNativeQuery("update knowledge.knowledge_item set view_count = view_count + 1 where id = ?")
                    .setParameter(1, itemId).executeUpdate();
        }
        return inserted == 1;
    }

    @Override
    public ReactionView react(long actorId, long itemId, String text) {
        AccountView actor = accounts.findById(actorId)
                .orElseThrow(() -> new KnowledgeActionNotAllowedException("No account " + actorId));
        KnowledgeItem item = em.find(KnowledgeItem.class, itemId);
        if (item == null || item.getStatus() != KnowledgeStatus.GEPUBLICEERD) {
            throw new UnknownKnowledgeItemException(itemId);
        }
        String body = checked("text", text, MAX_REACTION);
        KnowledgeReaction reaction = new KnowledgeReaction(itemId, actorId, body, now());
        em.persist(reaction);
        em.flush();
        return new ReactionView(reaction.getId(), itemId, actorId, actor.displayName(), body, reaction.getCreatedAt());
    }

    @Override
    public List<ReactionView> reactions(long itemId) {
        Map<Long, Optional<String>> names = new LinkedHashMap<>();
        return em.createQuery("select r from KnowledgeReaction r where r.itemId = :item and r.hidden = false"
                        + " order by r.createdAt, r.id", KnowledgeReaction.class)
                .setParameter("item", itemId).setMaxResults(500).getResultStream()
                .map(r -> new ReactionView(r.getId(), itemId, r.getAuthorId(), r.getAuthorId() == null ? null
                        : names.computeIfAbsent(r.getAuthorId(), id -> accounts.findById(id).map(AccountView::displayName))
                        .orElse(null), r.getBody(), r.getCreatedAt()))
                .toList();
    }

    @Override
    public void report(long actorId, long itemId, Long reactionId, String reason) {
        if (accounts.findById(actorId).isEmpty()) {
            throw new KnowledgeActionNotAllowedException("No account " + actorId);
        }
        if (items.find(actorId, itemId).isEmpty()) {
            throw new UnknownKnowledgeItemException(itemId);
        }
        if (reactionId != null) {
            KnowledgeReaction reaction = em.find(KnowledgeReaction.class, reactionId);
            if (reaction == null || reaction.getItemId() != itemId) {
                throw new UnknownKnowledgeItemException(itemId);
            }
        }
        String why = checked("reason", reason, MAX_REPORT);
        em.createNativeQuery("""
                insert into knowledge.knowledge_report (item_id, reaction_id, reporter_id, reason, created_at)
                values (?, cast(? as bigint), ?, ?, ?) on conflict do nothing""")
                .setParameter(1, itemId).setParameter(2, reactionId == null ? null : reactionId.toString())
                .setParameter(3, actorId).setParameter(4, why).setParameter(5, now()).executeUpdate();
    }

    @Override
    public List<ReportView> openReports(long editorId) {
        requireEditor(editorId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.id, p.item_id, k.title, p.reaction_id, r.body, p.reason, p.created_at
                from knowledge.knowledge_report p
                join knowledge.knowledge_item k on k.id = p.item_id
                left join knowledge.knowledge_reaction r on r.id = p.reaction_id
                where p.resolved_at is null order by p.created_at, p.id limit 200""").getResultList();
        return rows.stream().map(r -> new ReportView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4], (String) r[5],
                KnowledgeSearchService.timestamp(r[6]))).toList();
    }

    @Override
    public void hideReaction(long editorId, long reactionId, String reason) {
        requireEditor(editorId);
        KnowledgeReaction reaction = em.find(KnowledgeReaction.class, reactionId);
        if (reaction == null) {
            return;
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        reaction.hide(editorId, why);
        audit.record(editorId, "knowledge.reaction-hidden", "knowledge_reaction", reactionId,
                why == null || why.length() <= 500 ? why : why.substring(0, 500));
        em.createNativeQuery("""
                update knowledge.knowledge_report set resolved_at = ?, resolved_by = ?, outcome = 'HIDDEN'
                where reaction_id = ? and resolved_at is null""")
                .setParameter(1, now()).setParameter(2, editorId).setParameter(3, reactionId).executeUpdate();
    }

    @Override
    public void removeOwnReaction(long actorId, long reactionId) {
        KnowledgeReaction reaction = em.find(KnowledgeReaction.class, reactionId);
        if (reaction == null) {
            return;
        }
        if (reaction.getAuthorId() == null || reaction.getAuthorId() != actorId) {
            throw new KnowledgeActionNotAllowedException("Account " + actorId + " did not write reaction " + reactionId);
        }
        em.remove(reaction);
    }

    @Override
    public void dismissReport(long editorId, long reportId) {
        requireEditor(editorId);
        int closed = em.createNativeQuery("""
                update knowledge.knowledge_report set resolved_at = ?, resolved_by = ?, outcome = 'DISMISSED'
                where id = ? and resolved_at is null""")
                .setParameter(1, now()).setParameter(2, editorId).setParameter(3, reportId).executeUpdate();
        if (closed == 1) {
            audit.record(editorId, "knowledge.report-dismissed", "knowledge_report", reportId, null);
        }
    }

    @Override
    public void follow(long accountId, long themeId) {
        if (accounts.findById(accountId).isEmpty()) {
            throw new KnowledgeActionNotAllowedException("No account " + accountId);
        }
        if (themes.find(themeId).filter(t -> !t.retired()).isEmpty()) {
            throw new KnowledgeInputRejectedException("themeId", Problem.UNKNOWN_THEME);
        }
        em.createNativeQuery("insert into knowledge.theme_follow (account_id, theme_id) values (?, ?)"
                        + " on conflict do nothing")
                .setParameter(1, accountId).setParameter(2, themeId).executeUpdate();
    }

    @Override
    public void unfollow(long accountId, long themeId) {
        em.createNativeQuery("delete from knowledge.theme_follow where account_id = ? and theme_id = ?")
                .setParameter(1, accountId).setParameter(2, themeId).executeUpdate();
    }

    @Override
    public Set<Long> followedThemes(long accountId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                        "select theme_id from knowledge.theme_follow where account_id = ? order by theme_id")
                .setParameter(1, accountId).getResultList();
        Set<Long> result = new LinkedHashSet<>();
        ids.forEach(n -> result.add(n.longValue()));
        return result;
    }

    @Override
    public int sendWeeklyDigest(LocalDate weekStart) {
        int claimed = em.createNativeQuery(
                        "insert into knowledge.digest_run (week_start) values (?) on conflict do nothing")
                .setParameter(1, weekStart).executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        OffsetDateTime from = weekStart.minusDays(7).atStartOfDay(DUTCH_TIME).toOffsetDateTime();
        OffsetDateTime to = weekStart.atStartOfDay(DUTCH_TIME).toOffsetDateTime();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select f.account_id, k.id, k.title, k.summary
                from knowledge.theme_follow f
                join knowledge.knowledge_item k on k.theme_ids @> array[f.theme_id]
                where k.status = 'GEPUBLICEERD' and k.published_at >= ? and k.published_at < ?
                group by f.account_id, k.id, k.title, k.summary, k.published_at
                order by f.account_id, k.published_at desc, k.id""")
                .setParameter(1, from).setParameter(2, to).getResultList();
        Map<Long, List<DigestMails.Entry>> perFollower = new LinkedHashMap<>();
        for (Object[] r : rows) {
            perFollower.computeIfAbsent(((Number) r[0]).longValue(), id -> new ArrayList<>())
                    .add(new DigestMails.Entry(((Number) r[1]).longValue(), (String) r[2], (String) r[3]));
        }
        int mailed = 0;
        for (Map.Entry<Long, List<DigestMails.Entry>> follower : perFollower.entrySet()) {
            Optional<AccountView> account = accounts.findById(follower.getKey());
            if (account.isEmpty()) {
                continue;
            }
            String language = language(follower.getKey());
            DigestMails.Mail mail = mails.weekly(language, account.get().displayName(), follower.getValue());
            outbox.queue(account.get().email(), mail.subject(), mail.body());
            mailed++;
        }
        em.createNativeQuery("update knowledge.digest_run set mails = ? where week_start = ?")
                .setParameter(1, mailed).setParameter(2, weekStart).executeUpdate();
        return mailed;
    }

    private String language(long accountId) {
        try {
            return profiles.own(accountId).language();
        } catch (RuntimeException e) {
            return "nl";
        }
    }

    private void requireEditor(long actorId) {
        if (!items.isEditor(actorId)) {
            throw new KnowledgeActionNotAllowedException("Account " + actorId + " is not an editor");
        }
    }

    private static String checked(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new KnowledgeInputRejectedException(field, Problem.REQUIRED);
        }
        if (text.length() > max) {
            throw new KnowledgeInputRejectedException(field, Problem.TOO_LONG, max);
        }
        return text;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The theme names a digest mentions are the network's; kept here so the digest can name them if wanted. */
    static String themeName(ThemeView theme, String language) {
        return "en".equals(language) && theme.nameEn() != null ? theme.nameEn() : theme.nameNl();
    }
}
