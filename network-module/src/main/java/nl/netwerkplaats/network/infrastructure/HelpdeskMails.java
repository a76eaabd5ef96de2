package nl.netwerkplaats.network.infrastructure;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of the helpdesk e-mails in the asker's language, from {@code helpdesk_mail_nl/_en.properties}. */
public final class HelpdeskMails {

    private static final String BUNDLE = "nl.netwerkplaats.network.infrastructure.helpdesk_mail";

    public record Mail(String subject, String body) {
    }

    private HelpdeskMails() {
    }

    /** "We received your question". */
    public static Mail received(String language, String name, String question) {
        return compose("received", language, name, question, "", "");
    }

    /** @param coordinatorName who answered, or null to sign as "the network coordinator" */
    public static Mail answer(String language, String name, String question, String answer, String coordinatorName) {
        String by = coordinatorName == null || coordinatorName.isBlank()
                ? bundle(language).getString("coordinator") : coordinatorName;
        return compose("answer", language, name, question, answer, by);
    }

    private static Mail compose(String key, String language, Object... arguments) {
        ResourceBundle bundle = bundle(language);
        Locale locale = bundle.getLocale();
        return new Mail(new MessageFormat(bundle.getString(key + ".subject"), locale).format(arguments),
                new MessageFormat(bundle.getString(key + ".body"), locale).format(arguments)
                        + "\n\n-- \n" + bundle.getString("signature"));
    }

    private static ResourceBundle bundle(String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
