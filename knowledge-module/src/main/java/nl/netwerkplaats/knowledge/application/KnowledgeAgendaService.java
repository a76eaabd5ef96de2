package nl.netwerkplaats.knowledge.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringStatus;
import nl.netwerkplaats.events.api.Harvest;
import nl.netwerkplaats.knowledge.api.EvidenceKind;
import nl.netwerkplaats.knowledge.api.KnowledgeActionNotAllowedException;
import nl.netwerkplaats.knowledge.api.KnowledgeAgenda;
import nl.netwerkplaats.knowledge.api.KnowledgeInputRejectedException;
import nl.netwerkplaats.knowledge.api.KnowledgeInputRejectedException.Problem;
import nl.netwerkplaats.knowledge.api.KnowledgeItems;
import nl.netwerkplaats.knowledge.api.LearningQuestionDraft;
import nl.netwerkplaats.knowledge.api.LearningQuestionSummary;
import nl.netwerkplaats.knowledge.api.LearningQuestionView;
import nl.netwerkplaats.knowledge.api.LearningStatus;
import nl.netwerkplaats.knowledge.api.UnknownKnowledgeItemException;
import nl.netwerkplaats.knowledge.domain.KnowledgeItem;
import nl.netwerkplaats.knowledge.domain.LearningQuestion;
import nl.netwerkplaats.knowledge.infrastructure.DigestMails;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.Outbox;
import nl.netwerkplaats.network.api.Profiles;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.network.api.ThemeCatalog;

@Stateless
public class KnowledgeAgendaService implements KnowledgeAgenda {

    @PersistenceContext(unitName = "knowledge")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Profiles profiles;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private KnowledgeItems items;

    @Inject
    private GatheringCalendar gatherings;

    @Inject
    private Harvest harvest;

    @Inject
    private Outbox outbox;

    @Inject
    private DigestMails mails;

    @Override
    public LearningQuestionView create(long actorId, LearningQuestionDraft draft) {
        if (!mayCreate(actorId)) {
            throw new KnowledgeActionNotAllowedException("Account " + actorId + " may not add learning questions");
        }
        String question = checked("question", draft.question(), MAX_QUESTION);
        String why = checked("why", draft.why(), MAX_WHY);
        Set<Long> themeIds = new LinkedHashSet<>();
        for (Long themeId : draft.themeIds()) {
            if (themeId == null || themes.find(themeId).filter(t -> !t.retired()).isEmpty()) {
                throw new KnowledgeInputRejectedException("themeIds", Problem.UNKNOWN_THEME);
            }
            themeIds.add(themeId);
        }
        long owner = draft.ownerId() == null ? actorId : draft.ownerId();
        if (accounts.findById(owner).isEmpty()) {
            throw new KnowledgeInputRejectedException("ownerId", Problem.REQUIRED);
        }
        OffsetDateTime now = now();
        if (draft.reviewDate() != null && !draft.reviewDate().isAfter(now.toLocalDate())) {
            throw new KnowledgeInputRejectedException("reviewDate", Problem.INVALID_DATE);
        }
        LearningQuestion q = new LearningQuestion(question, why, owner, themeIds, draft.reviewDate(), now);
        em.persist(q);
        em.flush();
        return view(q);
    }

    @Override
    public LearningQuestionView addNote(long actorId, long questionId, String text) {
        LearningQuestion q = manageable(actorId, questionId);
        note(q.getId(), actorId, checked("note", text, MAX_NOTE), null);
        return view(q);
    }

    @Override
    public LearningQuestionView changeStatus(long actorId, long questionId, LearningStatus status) {
        LearningQuestion q = manageable(actorId, questionId);
        if (status != null && q.changeStatus(status)) {
            note(q.getId(), actorId, null, status);
        }
        return view(q);
    }

    @Override
    public LearningQuestionView addEvidence(long actorId, long questionId, EvidenceKind kind, long targetId) {
        LearningQuestion q = manageable(actorId, questionId);
        if (kind == null || targetId <= 0) {
            throw new KnowledgeInputRejectedException("evidenceId", Problem.REQUIRED);
        }
        if (kind == EvidenceKind.KNOWLEDGE_ITEM && items.find(actorId, targetId).isEmpty()) {
            throw new UnknownKnowledgeItemException(targetId);
        }
        if (kind == EvidenceKind.GATHERING && gatherings.find(targetId, actorId).isEmpty()) {
            throw new KnowledgeInputRejectedException("evidenceId", Problem.UNKNOWN_GATHERING);
        }
        if (kind == EvidenceKind.HARVEST_ITEM && harvestItemTitle(targetId, actorId) == null) {
            throw new KnowledgeInputRejectedException("evidenceId", Problem.UNKNOWN_HARVEST_ITEM);
        }
        em.createNativeQuery("""
                insert into knowledge.learning_question_evidence (question_id, kind, target_id, added_by, added_at)
                values (?, ?, ?, ?, ?) on conflict do nothing""")
                .setParameter(1, questionId).setParameter(2, kind.name()).setParameter(3, targetId)
                .setParameter(4, actorId).setParameter(5, now()).executeUpdate();
        return view(q);
    }

    @Override
    public LearningQuestionView markReviewed(long actorId, long questionId, LocalDate nextReview) {
        LearningQuestion q = manageable(actorId, questionId);
        OffsetDateTime now = now();
        if (nextReview != null && !nextReview.isAfter(now.toLocalDate())) {
            throw new KnowledgeInputRejectedException("reviewDate", Problem.INVALID_DATE);
        }
        q.reviewed(now, nextReview);
        return view(q);
    }

    @Override
    public Optional<LearningQuestionView> find(long questionId) {
        return Optional.ofNullable(em.find(LearningQuestion.class, questionId)).map(this::view);
    }

    @Override
    public List<LearningQuestionSummary> overview(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select q.id, q.question, q.owner_id, q.status, q.review_date, q.last_reviewed_at,
                       (select count(*) from knowledge.learning_question_note n where n.question_id = q.id
                          and n.body is not null and n.created_at > coalesce(q.last_reviewed_at, q.created_at)),
                       (select count(*) from knowledge.learning_question_evidence e where e.question_id = q.id
                          and e.added_at > coalesce(q.last_reviewed_at, q.created_at)),
                       (select count(*) from knowledge.learning_question_note n where n.question_id = q.id
                          and n.status_to is not null and n.created_at > coalesce(q.last_reviewed_at, q.created_at)),
                       (select array_to_string(array_agg(t.theme_id order by t.theme_id), ',')
                          from knowledge.learning_question_theme t where t.question_id = q.id)
                from knowledge.learning_question q
                order by case when q.status in ('OPEN', 'IN_UITVOERING') and q.review_date <= ? then 0 else 1 end,
                         q.review_date, q.id
                limit 500""").setParameter(1, today).getResultList();
        return rows.stream().map(r -> {
            LearningStatus status = LearningStatus.valueOf((String) r[3]);
            LocalDate review = date(r[4]);
            String themeList = (String) r[9];
            List<Long> themeIds = themeList == null || themeList.isEmpty() ? List.of()
                    : java.util.Arrays.stream(themeList.split(",")).map(Long::valueOf).toList();
            return new LearningQuestionSummary(((Number) r[0]).longValue(), (String) r[1],
                    name(((Number) r[2]).longValue()), themeIds, status, review,
                    status.active() && !review.isAfter(today), KnowledgeSearchService.timestamp(r[5]),
                    ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), ((Number) r[8]).intValue());
        }).toList();
    }

    @Override
    public boolean mayManage(Long accountId, long questionId) {
        if (accountId == null) {
            return false;
        }
        LearningQuestion q = em.find(LearningQuestion.class, questionId);
        return q != null && (q.getOwnerId() == accountId || mayCreate(accountId));
    }

    @Override
    public boolean mayCreate(Long accountId) {
        return accountId != null && accounts.findById(accountId).map(a -> a.roles().contains(Role.EDITOR)
                || a.roles().contains(Role.COORDINATOR) || a.roles().contains(Role.ADMIN)).orElse(false);
    }

    @Override
    public int remindDueReviews(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("""
                select id from knowledge.learning_question
                where status in ('OPEN', 'IN_UITVOERING') and review_date <= ?
                  and reminded_for is distinct from review_date
                order by id limit 500""").setParameter(1, today).getResultList();
        int reminded = 0;
        for (Number id : due) {
            // Claims this question's reminder for its review date; another instance that got here first wins.
            int claimed = em.createNativeQuery("""
                    update knowledge.learning_question set reminded_for = review_date
                    where id = ? and reminded_for is distinct from review_date""")
                    .setParameter(1, id.longValue()).executeUpdate();
            if (claimed == 0) {
                continue;
            }
            LearningQuestion q = em.find(LearningQuestion.class, id.longValue());
            Optional<AccountView> owner = accounts.findById(q.getOwnerId());
            if (owner.isEmpty()) {
                continue;
            }
            DigestMails.Mail mail = mails.reviewDue(language(q.getOwnerId()), owner.get().displayName(),
                    q.getQuestion(), q.getId());
            outbox.queue(owner.get().email(), mail.subject(), mail.body());
            reminded++;
        }
        return reminded;
    }

    private LearningQuestion manageable(long actorId, long questionId) {
        LearningQuestion q = em.find(LearningQuestion.class, questionId);
        if (q == null || !(q.getOwnerId() == actorId || mayCreate(actorId))) {
            throw new KnowledgeActionNotAllowedException("Account " + actorId + " may not change question " + questionId);
        }
        return q;
    }

    private void note(long questionId, long authorId, String body, LearningStatus statusTo) {
        em.createNativeQuery("""
                insert into knowledge.learning_question_note (question_id, author_id, body, status_to, created_at)
                values (?, ?, ?, ?, ?)""")
                .setParameter(1, questionId).setParameter(2, authorId).setParameter(3, body)
                .setParameter(4, statusTo == null ? null : statusTo.name()).setParameter(5, now()).executeUpdate();
    }

    private LearningQuestionView view(LearningQuestion q) {
        @SuppressWarnings("unchecked")
        List<Object[]> notes = em.createNativeQuery("""
                select id, author_id, body, status_to, created_at from knowledge.learning_question_note
                where question_id = ? order by created_at, id""").setParameter(1, q.getId()).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> evidence = em.createNativeQuery("""
                select id, kind, target_id, added_at from knowledge.learning_question_evidence
                where question_id = ? order by added_at, id""").setParameter(1, q.getId()).getResultList();
        return new LearningQuestionView(q.getId(), q.getQuestion(), q.getWhy(), q.getOwnerId(), name(q.getOwnerId()),
                q.getThemeIds(), q.getStatus(), q.getReviewDate(), q.getCreatedAt(), q.getLastReviewedAt(),
                notes.stream().map(n -> new LearningQuestionView.Note(((Number) n[0]).longValue(),
                        n[1] == null ? null : name(((Number) n[1]).longValue()), (String) n[2],
                        n[3] == null ? null : LearningStatus.valueOf((String) n[3]),
                        KnowledgeSearchService.timestamp(n[4]))).toList(),
                evidence.stream().map(e -> {
                    EvidenceKind kind = EvidenceKind.valueOf((String) e[1]);
                    long target = ((Number) e[2]).longValue();
                    String title = switch (kind) {
                        case KNOWLEDGE_ITEM -> Optional.ofNullable(em.find(KnowledgeItem.class, target))
                                .filter(KnowledgeItem::isPublic).map(KnowledgeItem::getTitle).orElse(null);
                        case HARVEST_ITEM -> harvestItemTitle(target, null);
                        case GATHERING -> null;
                    };
                    return new LearningQuestionView.Evidence(((Number) e[0]).longValue(), kind, target, title,
                            KnowledgeSearchService.timestamp(e[3]));
                }).toList());
    }

    /**
     * The start of a harvest item's text when the item is shown in a published report ("Wat hebben we geoogst?");
     * otherwise null: before publication a harvest belongs to the gathering's organisers.
     */
    private String harvestItemTitle(long itemId, Long actorId) {
        return harvest.shownItem(itemId)
                .filter(item -> gatherings.find(item.gatheringId(), actorId)
                        .filter(gathering -> gathering.status() == GatheringStatus.VERSLAG_GEPUBLICEERD).isPresent())
                .map(item -> item.text().length() <= 120 ? item.text() : item.text().substring(0, 119) + "…")
                .orElse(null);
    }

    private String name(long accountId) {
        return accounts.findById(accountId).map(AccountView::displayName).orElse(null);
    }

    private String language(long accountId) {
        try {
            return profiles.own(accountId).language();
        } catch (RuntimeException e) {
            return "nl";
        }
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return ((java.sql.Date) value).toLocalDate();
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
}
