package nl.netwerkplaats.network.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import nl.netwerkplaats.network.api.Helpdesk;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.network.api.InputRejectedException.Problem;
import nl.netwerkplaats.network.api.QuestionAlreadyAnsweredException;
import nl.netwerkplaats.network.api.QuestionStatus;

class HelpdeskQuestionTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private HelpdeskQuestion question() {
        return new HelpdeskQuestion(" Anna ", " Anna@Example.org ", " Wie gaat over armoede in Deventer? ", null, "nl",
                now);
    }

    @Test
    void newQuestionIsNewWithTrimmedFieldsAndLowerCaseEmail() {
        HelpdeskQuestion q = question();
        assertEquals(QuestionStatus.NEW, q.getStatus());
        assertEquals("Anna", q.getAskerName());
        assertEquals("anna@example.org", q.getAskerEmail());
        assertEquals("Wie gaat over armoede in Deventer?", q.getQuestion());
        assertEquals(now, q.getAskedAt());
    }

    @Test
    void takingPutsItInProgressForThatCoordinatorAndAColleagueMayTakeOver() {
        HelpdeskQuestion q = question();
        q.take(7, now);
        assertEquals(QuestionStatus.IN_PROGRESS, q.getStatus());
        assertEquals(7L, q.getAssignedTo());
        q.take(8, now.plusSeconds(60));
        assertEquals(8L, q.getAssignedTo());
    }

    @Test
    void answeringRecordsTheAnswerAndWhoGaveIt() {
        HelpdeskQuestion q = question();
        q.answer(7, "  Mevrouw Jansen, beleidsadviseur armoede.  ", now.plusSeconds(3600));
        assertEquals(QuestionStatus.ANSWERED, q.getStatus());
        assertEquals("Mevrouw Jansen, beleidsadviseur armoede.", q.getAnswer());
        assertEquals(7L, q.getAnsweredBy());
        assertEquals(7L, q.getAssignedTo());
        assertEquals(now.plusSeconds(3600), q.getAnsweredAt());
    }

    @Test
    void answeredQuestionCannotBeTakenOrAnsweredAgain() {
        HelpdeskQuestion q = question();
        q.answer(7, "Antwoord", now);
        assertThrows(QuestionAlreadyAnsweredException.class, () -> q.take(8, now));
        assertThrows(QuestionAlreadyAnsweredException.class, () -> q.answer(8, "Ander antwoord", now));
        assertEquals("Antwoord", q.getAnswer());
    }

    @Test
    void emptyAnswerIsRefusedAndLeavesTheQuestionOpen() {
        HelpdeskQuestion q = question();
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> q.answer(7, "   ", now));
        assertEquals("answer", e.field());
        assertEquals(QuestionStatus.NEW, q.getStatus());
    }

    @Test
    void missingFieldsAreRefusedNamingTheField() {
        assertRejected("name", Problem.REQUIRED, () -> new HelpdeskQuestion(" ", "a@b.nl", "Vraag", null, "nl", now));
        assertRejected("email", Problem.REQUIRED, () -> new HelpdeskQuestion("A", null, "Vraag", null, "nl", now));
        assertRejected("question", Problem.REQUIRED, () -> new HelpdeskQuestion("A", "a@b.nl", "", null, "nl", now));
    }

    @Test
    void badEmailAddressesAreRefused() {
        for (String bad : new String[] {"anna", "anna@", "anna@example", "anna @example.org", "a@b.nl, c@d.nl",
                "Anna <anna@example.org>", "anna@example.org\r\nBcc: x@y.nl"}) {
            assertRejected("email", Problem.INVALID_EMAIL,
                    () -> new HelpdeskQuestion("A", bad, "Vraag", null, "nl", now));
        }
    }

    @Test
    void tooLongQuestionIsRefusedWithItsLimit() {
        String tooLong = "x".repeat(Helpdesk.MAX_QUESTION_LENGTH + 1);
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> new HelpdeskQuestion("A", "a@b.nl", tooLong, null, "nl", now));
        assertEquals(Problem.TOO_LONG, e.problem());
        assertEquals(Helpdesk.MAX_QUESTION_LENGTH, e.maxLength());
        // Characters count, not UTF-16 units: 4000 emoji fit, as they do in PostgreSQL's varchar(4000).
        String emoji = "\uD83D\uDE00".repeat(Helpdesk.MAX_QUESTION_LENGTH);
        assertEquals(emoji, new HelpdeskQuestion("A", "a@b.nl", emoji, null, "nl", now).getQuestion());
    }

    @Test
    void languageIsEnglishOrElseDutch() {
        assertEquals("en", new HelpdeskQuestion("A", "a@b.nl", "Q", null, "en", now).getLanguage());
        assertEquals("nl", new HelpdeskQuestion("A", "a@b.nl", "Q", null, "de", now).getLanguage());
        assertEquals("nl", new HelpdeskQuestion("A", "a@b.nl", "Q", null, null, now).getLanguage());
    }

    @Test
    void forgettingTheAskerKeepsTheQuestionWithoutNameOrAddress() {
        HelpdeskQuestion q = new HelpdeskQuestion("Anna", "anna@example.org", "Vraag", 42L, "nl", now);
        q.forgetAsker();
        assertNull(q.getAskerName());
        assertNull(q.getAskerEmail());
        assertNull(q.getAccountId());
        assertEquals("Vraag", q.getQuestion());
    }

    static void assertRejected(String field, Problem problem, Runnable action) {
        InputRejectedException e = assertThrows(InputRejectedException.class, action::run);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(problem, e.problem(), e.getMessage());
    }
}
