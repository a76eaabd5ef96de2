package nl.netwerkplaats.network.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.netwerkplaats.network.api.MailAttachment;

/** The mailer against a real SMTP server (GreenMail): plain text, and text with an attached calendar file. */
class SmtpMailerTest {

    private GreenMail smtp;
    private SmtpMailer mailer;

    @BeforeEach
    void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        mailer = new SmtpMailer();
        mailer.host = Optional.of("127.0.0.1");
        mailer.port = smtp.getSmtp().getPort();
        mailer.user = Optional.empty();
        mailer.password = Optional.empty();
        mailer.from = "netwerkplaats@netwerkplaats.test";
        mailer.startTls = false;
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void plainMailIsOneUtf8TextPart() throws Exception {
        mailer.send("anna@netwerkplaats.test", "Welkom bij de coöperatie", "Tot ziens in Zwolle — €5", null);

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertEquals("Welkom bij de coöperatie", received.getSubject());
        assertTrue(received.getContent() instanceof String text && text.contains("€5"));
    }

    @Test
    void attachmentTravelsAsItsOwnPartWithItsNameAndType() throws Exception {
        String calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Themadag Heeten\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n";
        mailer.send("bert@netwerkplaats.test", "Je aanmelding", "In de bijlage staat de afspraak.",
                new MailAttachment("themadag heeten.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
                        calendar.getBytes(StandardCharsets.UTF_8)));

        MimeMultipart parts = (MimeMultipart) smtp.getReceivedMessages()[0].getContent();
        assertEquals(2, parts.getCount());
        assertEquals("In de bijlage staat de afspraak.", parts.getBodyPart(0).getContent());
        BodyPart file = parts.getBodyPart(1);
        assertEquals("themadag heeten.ics", file.getFileName());
        assertTrue(file.getContentType().startsWith("text/calendar"), file.getContentType());
        assertEquals(calendar, new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void withStartTlsRequiredAServerWithoutTlsGetsNothingInPlainText() {
        mailer.startTls = true;

        assertThrows(jakarta.mail.MessagingException.class,
                () -> mailer.send("carla@netwerkplaats.test", "Geheim", "Niet leesbaar onderweg", null));
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void smtpsSpeaksTlsFromTheFirstByte() throws Exception {
        GreenMail smtps = new GreenMail(com.icegreen.greenmail.util.ServerSetupTest.SMTPS.dynamicPort());
        smtps.start();
        try {
            mailer.port = smtps.getSmtps().getPort();
            mailer.ssl = true;
            mailer.startTls = true; // ignored next to ssl
            mailer.trustedForTests = "127.0.0.1";
            mailer.send("daan@netwerkplaats.test", "Over TLS", "Versleuteld verstuurd", null);

            assertEquals("Over TLS", smtps.getReceivedMessages()[0].getSubject());
            assertEquals(0, smtp.getReceivedMessages().length, "nothing through the plain server");
        } finally {
            smtps.stop();
        }
    }

    @Test
    void unsafeAttachmentNamesAndOversizedFilesAreRefusedBeforeQueueing() {
        assertThrows(IllegalArgumentException.class,
                () -> new MailAttachment("../../etc/passwd", "text/plain", new byte[1]));
        assertThrows(IllegalArgumentException.class,
                () -> new MailAttachment("a.ics", "text/plain\r\nBcc: x@y", new byte[1]));
        assertThrows(IllegalArgumentException.class,
                () -> new MailAttachment("groot.pdf", "application/pdf", new byte[MailAttachment.MAX_BYTES + 1]));
    }
}
