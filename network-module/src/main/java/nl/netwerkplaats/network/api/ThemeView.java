package nl.netwerkplaats.network.api;

import java.io.Serializable;
import java.util.Locale;

/** A theme as the other modules and the pages see it. */
public record ThemeView(long id, String code, String nameNl, String nameEn, boolean retired) implements Serializable {

    /** The name in the reader's language; a theme without an English name shows its Dutch one. */
    public String name(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameNl;
    }
}
