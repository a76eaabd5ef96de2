package nl.netwerkplaats.network.api;

import java.util.List;
import java.util.Optional;

/**
 * Student assignments (opdrachten): organisations and initiatives post a question for students; students and
 * lecturers of an onderwijsinstelling (an organisation of the kind EDUCATION) respond; the poster picks who works
 * on it; at the end the assignment links to its result, a web address or a knowledge item. Finishing counts as a
 * contribution of everyone who worked on it.
 */
public interface Assignments {

    int MAX_TITLE_LENGTH = 160;
    int MAX_QUESTION_LENGTH = 4000;
    int MAX_SCOPE_LENGTH = 2000;
    int MAX_CONTACT_LENGTH = 300;
    int MAX_MOTIVATION_LENGTH = 2000;

    /**
     * @throws ActionNotAllowedException unless the actor is a member of the organisation
     * @throws InputRejectedException    naming the field (title, question, scope, startsOn, endsOn, level,
     *                                   themeId, contact)
     */
    AssignmentView post(long actorId, AssignmentDraft draft);

    /** Newest first; {@code openOnly} leaves out finished ones. */
    List<AssignmentView> list(boolean openOnly, Long viewerId, int first, int max);

    long count(boolean openOnly);

    Optional<AssignmentView> find(long assignmentId, Long viewerId);

    /** The assignments of the member's organisations, newest first, and those they responded to. */
    MyAssignments mine(long accountId);

    /** Whether this member may respond to assignments: a student, or a member of an onderwijsinstelling. */
    boolean mayRespond(long accountId);

    /**
     * @throws ActionNotAllowedException  unless {@link #mayRespond}, or when it is finished
     * @throws InputRejectedException     ("motivation") when empty or too long
     */
    AssignmentView respond(long actorId, long assignmentId, String motivation);

    /** The poster picks a response; the assignment is in progress from then on. */
    AssignmentView pick(long actorId, long assignmentId, long responseId);

    /**
     * Finishes the assignment with its result: a web address, a knowledge item id, or both.
     *
     * @throws InputRejectedException ("resultUrl") when neither is given or the address is not http(s)
     */
    AssignmentView finish(long actorId, long assignmentId, String resultUrl, Long knowledgeItemId);
}
