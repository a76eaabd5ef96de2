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

    /** SMTPS: TLS from the first byte (usually port 465), instead of STARTTLS. */
    @Inject
    @ConfigProperty(name = "netwerkplaats.mail.ssl", defaultValue = "false")
    boolean ssl;

    /**
     * Only tests set this, to trust their own server's self-made certificate (and then its name is not checked);
     * in use the JVM's trust store decides and the server's name must match its certificate.
     */
    String trustedForTests;

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
        if (ssl) {
            properties.put("mail.smtp.ssl.enable", "true");
            if (trustedForTests == null) {
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            } else {
                properties.put("mail.smtp.ssl.trust", trustedForTests);
                properties.put("mail.smtp.ssl.checkserveridentity", "false");
            }
        } else if (startTls) {
            // Required, not merely tried: a server (or someone in between) that offers no STARTTLS gets no mail,
            // rather than the mail going out readable.
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
        }
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
