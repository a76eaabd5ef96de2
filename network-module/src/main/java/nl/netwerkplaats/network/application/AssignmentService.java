package nl.netwerkplaats.network.application;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.AssignmentDraft;
import nl.netwerkplaats.network.api.AssignmentResponseView;
import nl.netwerkplaats.network.api.AssignmentStatus;
import nl.netwerkplaats.network.api.AssignmentView;
import nl.netwerkplaats.network.api.Assignments;
import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.ContributionKind;
import nl.netwerkplaats.network.api.ContributionMade;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.network.api.InputRejectedException.Problem;
import nl.netwerkplaats.network.api.MyAssignments;
import nl.netwerkplaats.network.api.NetworkRole;
import nl.netwerkplaats.network.api.OrganisationKind;
import nl.netwerkplaats.network.api.Outbox;
import nl.netwerkplaats.network.api.ProfileField;
import nl.netwerkplaats.network.api.UnknownSupportRequestException;
import nl.netwerkplaats.network.domain.Account;
import nl.netwerkplaats.network.domain.Assignment;
import nl.netwerkplaats.network.domain.AssignmentResponse;
import nl.netwerkplaats.network.domain.FieldRules;
import nl.netwerkplaats.network.domain.Membership;
import nl.netwerkplaats.network.domain.Organisation;
import nl.netwerkplaats.network.domain.Theme;
import nl.netwerkplaats.network.infrastructure.SupportMails;

@Stateless
public class AssignmentService implements Assignments {

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    @Inject
    private Event<ContributionMade> contributions;

    @Inject
    private Outbox outbox;

    @Inject
    private SupportMails mails;

    private final Clock clock = Clock.systemUTC();

    @Override
    public AssignmentView post(long actorId, AssignmentDraft draft) {
        Account actor = member(actorId);
        if (draft.organisationId() == null) {
            throw new InputRejectedException("organisationId", Problem.REQUIRED);
        }
        if (!isMemberOf(actorId, draft.organisationId())) {
            throw new ActionNotAllowedException("Only members post for their organisation");
        }
        String title = FieldRules.required("title", draft.title(), MAX_TITLE_LENGTH);
        String question = FieldRules.required("question", draft.question(), MAX_QUESTION_LENGTH);
        String scope = FieldRules.required("scope", draft.scope(), MAX_SCOPE_LENGTH);
        if (draft.startsOn() == null) {
            throw new InputRejectedException("startsOn", Problem.REQUIRED);
        }
        if (draft.endsOn() == null) {
            throw new InputRejectedException("endsOn", Problem.REQUIRED);
        }
        if (draft.endsOn().isBefore(draft.startsOn())) {
            throw new InputRejectedException("endsOn", Problem.ENDS_BEFORE_START);
        }
        if (draft.level() == null) {
            throw new InputRejectedException("level", Problem.REQUIRED);
        }
        Theme theme = draft.themeId() == null ? null : em.find(Theme.class, draft.themeId());
        if (draft.themeId() == null) {
            throw new InputRejectedException("themeId", Problem.REQUIRED);
        }
        if (theme == null || theme.isRetired()) {
            throw new InputRejectedException("themeId", Problem.UNKNOWN_THEME);
        }
        String contact = FieldRules.required("contact", draft.contact(), MAX_CONTACT_LENGTH);
        Assignment assignment = new Assignment(draft.organisationId(), actorId, title, question, scope,
                draft.startsOn(), draft.endsOn(), draft.level(), theme.getId(), contact, clock.instant());
        em.persist(assignment);
        em.flush();
        return view(assignment, actor);
    }

    @Override
    public List<AssignmentView> list(boolean openOnly, Long viewerId, int first, int max) {
        Account viewer = viewerId == null ? null : em.find(Account.class, viewerId);
        return em.createQuery("select a from Assignment a" + (openOnly ? " where a.status <> :finished" : "")
                        + " order by a.createdAt desc, a.id desc", Assignment.class)
                .setParameter("finished", AssignmentStatus.FINISHED).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(0, max)).getResultStream().map(a -> view(a, viewer)).toList();
    }

    @Override
    public long count(boolean openOnly) {
        return em.createQuery("select count(a) from Assignment a"
                        + (openOnly ? " where a.status <> :finished" : ""), Long.class)
                .setParameter("finished", AssignmentStatus.FINISHED).getSingleResult();
    }

    @Override
    public Optional<AssignmentView> find(long assignmentId, Long viewerId) {
        Account viewer = viewerId == null ? null : em.find(Account.class, viewerId);
        return Optional.ofNullable(em.find(Assignment.class, assignmentId)).map(a -> view(a, viewer));
    }

    @Override
    public boolean mayRespond(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account != null && account.isConfirmed() && (account.getNetworkRole() == NetworkRole.STUDENT
                || em.createNamedQuery("Membership.ofAccount", Membership.class).setParameter("account", accountId)
                .getResultStream().filter(m -> !m.isPending())
                .map(m -> em.find(Organisation.class, m.getOrganisationId()))
                .anyMatch(o -> o != null && !o.isMerged() && o.getKind() == OrganisationKind.EDUCATION));
    }

    @Override
    public AssignmentView respond(long actorId, long assignmentId, String motivation) {
        Account actor = member(actorId);
        Assignment assignment = load(assignmentId);
        if (!mayRespond(actorId) || assignment.getStatus() == AssignmentStatus.FINISHED) {
            throw new ActionNotAllowedException("Students and lecturers respond to open assignments");
        }
        String text = FieldRules.required("motivation", motivation, MAX_MOTIVATION_LENGTH);
        boolean already = responses(assignmentId).stream().anyMatch(r -> r.getAccountId() == actorId);
        if (!already) {
            em.persist(new AssignmentResponse(assignmentId, actorId, text, clock.instant()));
            em.flush();
            Account poster = assignment.getPostedBy() == null ? null : em.find(Account.class, assignment.getPostedBy());
            if (poster != null && poster.isConfirmed() && poster.getId() != actorId) {
                SupportMails.Mail mail = mails.assignmentResponse(poster.getLanguage(), poster.getDisplayName(),
                        assignment.getTitle(), actor.getDisplayName(), text, link(assignment));
                outbox.queue(poster.getEmail(), mail.subject(), mail.body());
            }
        }
        return view(assignment, actor);
    }

    @Override
    public AssignmentView pick(long actorId, long assignmentId, long responseId) {
        Account actor = member(actorId);
        Assignment assignment = load(assignmentId);
        requireManager(actor, assignment);
        AssignmentResponse response = em.find(AssignmentResponse.class, responseId);
        if (response == null || response.getAssignmentId() != assignmentId
                || assignment.getStatus() == AssignmentStatus.FINISHED) {
            throw new ActionNotAllowedException("No open response " + responseId + " to assignment " + assignmentId);
        }
        boolean wasPicked = response.isPicked();
        response.pick();
        assignment.started();
        Account student = em.find(Account.class, response.getAccountId());
        if (!wasPicked && student != null && student.isConfirmed()) {
            Organisation organisation = em.find(Organisation.class, assignment.getOrganisationId());
            SupportMails.Mail mail = mails.assignmentPicked(student.getLanguage(), student.getDisplayName(),
                    assignment.getTitle(), organisation == null ? null : organisation.getName(), assignment.getContact(),
                    link(assignment));
            outbox.queue(student.getEmail(), mail.subject(), mail.body());
        }
        return view(assignment, actor);
    }

    @Override
    public AssignmentView finish(long actorId, long assignmentId, String resultUrl, Long knowledgeItemId) {
        Account actor = member(actorId);
        Assignment assignment = load(assignmentId);
        requireManager(actor, assignment);
        if (assignment.getStatus() != AssignmentStatus.IN_PROGRESS) {
            throw new ActionNotAllowedException("Only an assignment someone works on can be finished");
        }
        String url = FieldRules.optional("resultUrl", resultUrl, 500);
        if (url == null && knowledgeItemId == null) {
            throw new InputRejectedException("resultUrl", Problem.REQUIRED);
        }
        if (url != null && !isWebAddress(url)) {
            throw new InputRejectedException("resultUrl", Problem.INVALID_URL);
        }
        assignment.finish(url, knowledgeItemId);
        for (AssignmentResponse worker : responses(assignmentId)) {
            if (worker.isPicked()) {
                contributions.fire(new ContributionMade(worker.getAccountId(),
                        ContributionKind.STUDENT_ASSIGNMENT_FINISHED, "assignment:" + assignmentId));
            }
        }
        return view(assignment, actor);
    }

    @Override
    public MyAssignments mine(long accountId) {
        Account viewer = member(accountId);
        List<Long> organisationIds = em.createNamedQuery("Membership.ofAccount", Membership.class)
                .setParameter("account", accountId).getResultStream().filter(m -> !m.isPending())
                .map(Membership::getOrganisationId).toList();
        List<AssignmentView> posted = organisationIds.isEmpty() ? List.of()
                : em.createQuery("select a from Assignment a where a.organisationId in :organisations"
                        + " order by a.createdAt desc, a.id desc", Assignment.class)
                .setParameter("organisations", organisationIds).setMaxResults(200).getResultStream()
                .map(a -> view(a, viewer)).toList();
        List<MyAssignments.Response> responded = new ArrayList<>();
        for (AssignmentResponse r : em.createQuery("select r from AssignmentResponse r where r.accountId = :account"
                + " order by r.respondedAt desc, r.id desc", AssignmentResponse.class)
                .setParameter("account", accountId).setMaxResults(200).getResultList()) {
            Assignment a = em.find(Assignment.class, r.getAssignmentId());
            if (a != null) {
                responded.add(new MyAssignments.Response(view(a, viewer), r.isPicked(), r.getRespondedAt()));
            }
        }
        return new MyAssignments(posted, responded);
    }

    private String link(Assignment assignment) {
        return mails.link("netwerk/opdrachten/opdracht.xhtml?id=" + assignment.getId());
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private void requireManager(Account actor, Assignment assignment) {
        if (!mayManage(actor, assignment)) {
            throw new ActionNotAllowedException("Only the organisation's members or a coordinator");
        }
    }

    private boolean mayManage(Account viewer, Assignment assignment) {
        return viewer != null && (viewer.actsAsCoordinator() || isMemberOf(viewer.getId(), assignment.getOrganisationId()));
    }

    private boolean isMemberOf(long accountId, long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        return organisation != null && !organisation.isMerged()
                && em.createNamedQuery("Membership.find", Membership.class)
                .setParameter("organisation", organisationId).setParameter("account", accountId)
                .getResultStream().anyMatch(m -> !m.isPending());
    }

    private List<AssignmentResponse> responses(long assignmentId) {
        return em.createNamedQuery("AssignmentResponse.of", AssignmentResponse.class)
                .setParameter("assignment", assignmentId).getResultList();
    }

    private AssignmentView view(Assignment a, Account viewer) {
        Audience audience = viewer == null ? Audience.VISITORS : Audience.MEMBERS;
        boolean manages = mayManage(viewer, a);
        List<AssignmentResponse> responses = responses(a.getId());
        List<String> workers = new ArrayList<>();
        List<AssignmentResponseView> shown = new ArrayList<>();
        for (AssignmentResponse r : responses) {
            Account person = em.find(Account.class, r.getAccountId());
            if (r.isPicked()) {
                workers.add(person != null && (person.shows(ProfileField.NAME, audience) || manages)
                        ? person.getDisplayName() : null);
            }
            if (manages) {
                shown.add(new AssignmentResponseView(r.getId(), r.getAccountId(),
                        person == null ? null : person.getDisplayName(), r.getMotivation(), r.isPicked(),
                        r.getRespondedAt()));
            }
        }
        Organisation organisation = em.find(Organisation.class, a.getOrganisationId());
        boolean responded = viewer != null && responses.stream()
                .anyMatch(r -> Objects.equals(r.getAccountId(), viewer.getId()));
        return new AssignmentView(a.getId(), a.getOrganisationId(), organisation == null ? null : organisation.getName(),
                a.getTitle(), a.getQuestion(), a.getScope(), a.getStartsOn(), a.getEndsOn(), a.getLevel(),
                a.getThemeId(), a.getContact(), a.getStatus(), a.getResultUrl(), a.getKnowledgeItemId(),
                a.getCreatedAt(), workers, manages,
                viewer != null && a.getStatus() != AssignmentStatus.FINISHED && mayRespond(viewer.getId()),
                responded, shown);
    }

    private Assignment load(long assignmentId) {
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null) {
            throw new UnknownSupportRequestException(assignmentId);
        }
        return assignment;
    }

    private Account member(long actorId) {
        Account actor = em.find(Account.class, actorId);
        if (actor == null || !actor.isConfirmed()) {
            throw new ActionNotAllowedException("No confirmed member " + actorId);
        }
        return actor;
    }
}
