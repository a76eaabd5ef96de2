package nl.netwerkplaats.network.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.netwerkplaats.network.api.Helpdesk;
import nl.netwerkplaats.network.api.QuestionAlreadyAnsweredException;
import nl.netwerkplaats.network.api.QuestionStatus;

/**
 * A question to the network coordinator: nieuw, then in behandeling by one coordinator, then beantwoord.
 *
 * <p>Not kept in the shared cache: erasing an account sets {@code account_id}, {@code assigned_to} and
 * {@code answered_by} to null in the database ({@code on delete set null}), which a cached copy would not see.
 */
@Entity
@Cacheable(false)
@Table(name = "helpdesk_question", schema = "network")
@NamedQuery(name = "HelpdeskQuestion.byAccount",
        query = "select q from HelpdeskQuestion q where q.accountId = :accountId")
public class HelpdeskQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "asker_name")
    private String askerName;

    @Column(name = "asker_email")
    private String askerEmail;

    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false, updatable = false)
    private String question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionStatus status;

    @Column(name = "assigned_to")
    private Long assignedTo;

    private String answer;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private OffsetDateTime askedAt;

    @Column(name = "taken_at")
    private OffsetDateTime takenAt;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Version
    private int version;

    protected HelpdeskQuestion() {
    }

    /** @throws nl.netwerkplaats.network.api.InputRejectedException naming the first field that breaks a rule */
    public HelpdeskQuestion(String name, String email, String question, Long accountId, String language,
                            Instant now) {
        this.askerName = FieldRules.required("name", name, Helpdesk.MAX_NAME_LENGTH);
        this.askerEmail = FieldRules.requiredEmail("email", email, Helpdesk.MAX_EMAIL_LENGTH);
        this.question = FieldRules.required("question", question, Helpdesk.MAX_QUESTION_LENGTH);
        this.accountId = accountId;
        this.language = FieldRules.language(language);
        this.status = QuestionStatus.NEW;
        this.askedAt = utc(now);
    }

    /** The coordinator takes the question on; taking over from a colleague is allowed. */
    public void take(long coordinatorId, Instant now) {
        requireOpen();
        status = QuestionStatus.IN_PROGRESS;
        assignedTo = coordinatorId;
        takenAt = utc(now);
    }

    /** Answering a question nobody took yet takes it on at the same moment. */
    public void answer(long coordinatorId, String text, Instant now) {
        requireOpen();
        String checked = FieldRules.required("answer", text, Helpdesk.MAX_ANSWER_LENGTH);
        if (status == QuestionStatus.NEW) {
            takenAt = utc(now);
        }
        assignedTo = coordinatorId;
        answer = checked;
        answeredBy = coordinatorId;
        answeredAt = utc(now);
        status = QuestionStatus.ANSWERED;
    }

    /** What erasing the asker's account leaves: the question without who asked it. */
    public void forgetAsker() {
        askerName = null;
        askerEmail = null;
        accountId = null;
    }

    private void requireOpen() {
        if (status == QuestionStatus.ANSWERED) {
            throw new QuestionAlreadyAnsweredException(id == null ? 0 : id);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getAskerName() {
        return askerName;
    }

    public String getAskerEmail() {
        return askerEmail;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getLanguage() {
        return language;
    }

    public String getQuestion() {
        return question;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public Long getAssignedTo() {
        return assignedTo;
    }

    public String getAnswer() {
        return answer;
    }

    public Long getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAskedAt() {
        return askedAt.toInstant();
    }

    public Instant getTakenAt() {
        return takenAt == null ? null : takenAt.toInstant();
    }

    public Instant getAnsweredAt() {
        return answeredAt == null ? null : answeredAt.toInstant();
    }
}
