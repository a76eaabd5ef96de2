package nl.netwerkplaats.network.api;

import java.io.Serializable;
import java.util.Locale;

/** A loket entry: who at a municipality owns a theme, and how to reach them. Every field is public. */
public record DomainContactView(long id, String municipalityCode, String municipalityName, long themeId,
                                String themeNameNl, String themeNameEn, String name, String role,
                                String department, String email, String phone) implements Serializable {

    /** The theme's name in the reader's language; without an English name, the Dutch one. */
    public String themeName(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && themeNameEn != null && !themeNameEn.isBlank() ? themeNameEn : themeNameNl;
    }
}
