package nl.netwerkplaats.network.infrastructure;

import java.util.Date;
import java.util.Optional;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.netwerkplaats.network.api.MailAttachment;

/** Sends one plain-text message over SMTP with the settings {@code netwerkplaats.mail.*}. */
@ApplicationScoped
public class SmtpMailer {

    @Inject
    @ConfigProperty(name = "netwerkplaats.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "netwerkplaats.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "netwerkplaats.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "netwerkplaats.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "netwerkplaats.mail.from", defaultValue = "netwerkplaats@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "netwerkplaats.mail.starttls", defaultValue = "true")
    boolean startTls;

    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Sends one mail; {@code attachment} may be null. */
    public void send(String recipient, String subject, String body, MailAttachment attachment)
            throws MessagingException {
        if (!configured()) {
            throw new IllegalStateException("No SMTP server is configured (netwerkplaats.mail.host)");
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        Authenticator authenticator = null;
        if (user.filter(u -> !u.isBlank()).isPresent()) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.orElseThrow(), password.orElse(""));
                }
            };
        }
        MimeMessage message = new MimeMessage(Session.getInstance(properties, authenticator));
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
        message.setSubject(subject, "UTF-8");
        if (attachment == null) {
            message.setText(body, "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                    attachment.contentType())));
            file.setFileName(attachment.fileName());
            message.setContent(new MimeMultipart(text, file));
        }
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
