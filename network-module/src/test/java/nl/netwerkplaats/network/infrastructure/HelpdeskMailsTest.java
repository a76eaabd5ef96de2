package nl.netwerkplaats.network.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HelpdeskMailsTest {

    @Test
    void answerMailIsInTheAskersLanguageAndQuotesQuestionAndAnswer() {
        HelpdeskMails.Mail nl = HelpdeskMails.answer("nl", "Anna", "Wie gaat over armoede?", "Jan Jansen.", "Kees");
        assertEquals("Antwoord op je vraag aan de netwerkcoördinator", nl.subject());
        assertTrue(nl.body().startsWith("Hallo Anna,"), nl.body());
        assertTrue(nl.body().contains("Wie gaat over armoede?") && nl.body().contains("Jan Jansen."), nl.body());
        assertTrue(nl.body().contains("Het antwoord van Kees"), nl.body());
        assertTrue(nl.body().contains("'Vraag het de netwerkcoördinator'"), nl.body());

        HelpdeskMails.Mail en = HelpdeskMails.answer("en", "Anna", "Who?", "Jan.", null);
        assertEquals("Answer to your question to the network coordinator", en.subject());
        assertTrue(en.body().contains("The answer from the network coordinator"), en.body());
    }

    @Test
    void receiptConfirmsTheQuestionAndBracesInItAreKeptAsTyped() {
        HelpdeskMails.Mail mail = HelpdeskMails.received("nl", "Anna", "Wat betekent {0} in een sjabloon?");
        assertEquals("We hebben je vraag aan de netwerkcoördinator ontvangen", mail.subject());
        assertTrue(mail.body().contains("Wat betekent {0} in een sjabloon?"), mail.body());
        assertFalse(mail.body().contains("{1}"), mail.body());
    }
}
