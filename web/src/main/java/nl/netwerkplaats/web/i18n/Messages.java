package nl.netwerkplaats.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;

/** The same bundle as {@code #{msg}} in the pages, for texts that backing beans put into messages. */
@ApplicationScoped
public class Messages {

    public static final String BUNDLE = "nl.netwerkplaats.web.i18n.messages";

    public String get(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale()).format(arguments);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Languages.DEFAULT;
    }
}
