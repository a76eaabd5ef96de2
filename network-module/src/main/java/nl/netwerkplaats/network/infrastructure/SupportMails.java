package nl.netwerkplaats.network.infrastructure;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The texts of the support marketplace's e-mails in the recipient's language, from {@code support_mail_nl/_en}. */
@ApplicationScoped
public class SupportMails {

    private static final String BUNDLE = "nl.netwerkplaats.network.infrastructure.support_mail";

    @Inject
    MailTemplates templates;

    public record Mail(String subject, String body) {
    }

    /** To a party linked to a request: what is asked, who follows it up, and where to accept or decline. */
    public Mail linked(String language, String name, String title, String need, String contactName, String link) {
        return compose("linked", language, name, title, need, contactName, link);
    }

    /** To the contact person: a linked party accepted or declined. */
    public Mail answered(String language, String name, String title, String partyName, boolean accepted,
                         String link) {
        return compose(accepted ? "accepted" : "declined", language, name, title,
                partyName == null ? "" : partyName, link);
    }

    /** To whoever posted a student assignment: someone responded. */
    public Mail assignmentResponse(String language, String name, String title, String studentName, String motivation,
                                   String link) {
        return compose("assignment-response", language, name, title, studentName, motivation, link);
    }

    /** To a student or lecturer: they were picked to work on an assignment. */
    public Mail assignmentPicked(String language, String name, String title, String organisationName, String contact,
                                 String link) {
        return compose("assignment-picked", language, name, title, organisationName == null ? "" : organisationName,
                contact, link);
    }

    /** To coordinators and the contact person: a request was closed as "niet gelukt", with the lesson learned. */
    public Mail failed(String language, String name, String title, String lesson, String closedBy, String link) {
        return compose("failed", language, name, title, lesson, closedBy, link);
    }

    public String link(String pathAndQuery) {
        return templates.link(pathAndQuery);
    }

    private static Mail compose(String key, String language, Object... arguments) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Mail(new MessageFormat(bundle.getString(key + ".subject"), locale).format(arguments),
                new MessageFormat(bundle.getString(key + ".body"), locale).format(arguments)
                        + "\n\n-- \n" + bundle.getString("signature"));
    }
}
