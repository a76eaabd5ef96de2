package nl.netwerkplaats.knowledge.infrastructure;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The knowledge bank's e-mails (weekly digest, review reminders) in the recipient's language. */
@ApplicationScoped
public class DigestMails {

    private static final String BUNDLE = "nl.netwerkplaats.knowledge.infrastructure.mails";

    @Inject
    @ConfigProperty(name = "netwerkplaats.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    public record Mail(String subject, String body) {
    }

    public record Entry(long itemId, String title, String summary) {
    }

    public Mail weekly(String language, String name, List<Entry> entries) {
        ResourceBundle bundle = bundle(language);
        Locale locale = locale(language);
        StringBuilder list = new StringBuilder();
        for (Entry e : entries) {
            list.append("- ").append(e.title()).append('\n');
            if (e.summary() != null) {
                list.append("  ").append(e.summary()).append('\n');
            }
            list.append("  ").append(link("kennisbank/item.xhtml?id=" + e.itemId())).append("\n\n");
        }
        return new Mail(new MessageFormat(bundle.getString("digest.subject"), locale).format(new Object[]{entries.size()}),
                new MessageFormat(bundle.getString("digest.body"), locale).format(new Object[]{name, list.toString().strip(),
                        link("mijn/kennis-volgen.xhtml")}) + "\n\n-- \n" + bundle.getString("signature"));
    }

    public Mail reviewDue(String language, String name, String question, long questionId) {
        ResourceBundle bundle = bundle(language);
        Locale locale = locale(language);
        return new Mail(new MessageFormat(bundle.getString("review.subject"), locale).format(new Object[]{question}),
                new MessageFormat(bundle.getString("review.body"), locale).format(new Object[]{name, question,
                        link("kennisbank/leervraag.xhtml?id=" + questionId)}) + "\n\n-- \n" + bundle.getString("signature"));
    }

    private String link(String pathAndQuery) {
        return baseUrl.replaceAll("/+$", "") + "/" + pathAndQuery;
    }

    private static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, locale(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
