package nl.netwerkplaats.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) in the test JVM for the whole run, started before Payara Micro so the application
 * sends its mail there. The port is published as {@code netwerkplaats.test.mail.port}; tests read what arrived.
 */
public class TestMailServer implements LauncherSessionListener {

    public static final String PORT = "netwerkplaats.test.mail.port";

    private static GreenMail server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (server != null) {
            return;
        }
        int port = freePort();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        System.setProperty(PORT, Integer.toString(port));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The text of the newest mail to this address that matches, waiting up to 30 seconds for it to arrive. */
    public static Mail awaitMail(String recipient, Predicate<Mail> matching) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Optional<Mail> found = mailsTo(recipient).stream().filter(matching).reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No matching mail for " + recipient + " within 30 seconds; received: "
                + mailsTo(recipient).stream().map(Mail::subject).toList());
    }

    public static List<Mail> mailsTo(String recipient) {
        if (server == null) {
            throw new IllegalStateException("The test mail server is not running");
        }
        return Arrays.stream(server.getReceivedMessages()).map(TestMailServer::read)
                .filter(m -> m.recipients().contains(recipient.toLowerCase(java.util.Locale.ROOT))).toList();
    }

    private static Mail read(MimeMessage message) {
        try {
            List<String> to = Arrays.stream(message.getAllRecipients())
                    .map(a -> a.toString().toLowerCase(java.util.Locale.ROOT)).toList();
            Object content = message.getContent();
            if (content instanceof MimeMultipart parts) {
                String body = "";
                Map<String, String> attachments = new LinkedHashMap<>();
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    String text = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    if (part.getFileName() != null) {
                        attachments.put(part.getFileName(), text);
                    } else if (body.isEmpty()) {
                        body = text;
                    }
                }
                return new Mail(to, message.getSubject(), body, attachments);
            }
            return new Mail(to, message.getSubject(),
                    content instanceof String text ? text : GreenMailUtil.getBody(message), Map.of());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A received mail; {@code attachments} maps each attached file's name to its content as UTF-8 text. */
    public record Mail(List<String> recipients, String subject, String body, Map<String, String> attachments) {

        /** The first link in the body that contains this text. */
        public String link(String containing) {
            return Arrays.stream(body.split("\\s+")).filter(w -> w.startsWith("http") && w.contains(containing))
                    .findFirst().orElseThrow(() -> new AssertionError("No link with " + containing + " in " + body));
        }
    }
}
