package nl.netwerkplaats.network.infrastructure;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The texts of the account e-mails in the recipient's language, and the links they carry. */
@ApplicationScoped
public class MailTemplates {

    private static final String BUNDLE = "nl.netwerkplaats.network.infrastructure.mails";

    @Inject
    @ConfigProperty(name = "netwerkplaats.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    public record Mail(String subject, String body) {
    }

    public Mail compose(String key, String language, Object... arguments) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Mail(new MessageFormat(bundle.getString(key + ".subject"), locale).format(arguments),
                new MessageFormat(bundle.getString(key + ".body"), locale).format(arguments)
                        + "\n\n-- \n" + bundle.getString("signature"));
    }

    /** An absolute link into the application, e.g. {@code link("account/bevestigen.xhtml?token=...")}. */
    public String link(String pathAndQuery) {
        return baseUrl.replaceAll("/+$", "") + "/" + pathAndQuery;
    }
}
