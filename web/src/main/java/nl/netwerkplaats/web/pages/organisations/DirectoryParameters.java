package nl.netwerkplaats.web.pages.organisations;

import java.util.function.Function;

import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.DirectoryQuery;
import nl.netwerkplaats.network.api.OrganisationKind;

/**
 * The sociale kaart's query string (q, soort, thema, gemeente, provincie, pagina, wie), read once for the page and
 * the CSV export alike. Values that do not fit (an unknown kind, a place that is no municipality, a page that is
 * no number) are dropped rather than obeyed or turned into an error.
 */
record DirectoryParameters(String text, OrganisationKind kind, Long themeId, String municipality, String province,
                           int page, boolean people) {

    static final int MAX_TEXT = 200;
    private static final int MAX_PAGE = 10_000;

    static DirectoryParameters from(Function<String, String> parameter) {
        String text = parameter.apply("q");
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        String municipality = parameter.apply("gemeente");
        String province = parameter.apply("provincie");
        Long page = number(parameter.apply("pagina"));
        return new DirectoryParameters(text, kind(parameter.apply("soort")), number(parameter.apply("thema")),
                municipality != null && ReferenceData.get().municipality(municipality).isPresent() ? municipality : null,
                province != null && ReferenceData.get().province(province).isPresent() ? province : null,
                page == null || page < 1 || page > MAX_PAGE ? 1 : page.intValue(),
                "mensen".equals(parameter.apply("wie")));
    }

    /** {@code pageSize} 0 asks for every hit, for the export. */
    DirectoryQuery query(int pageSize) {
        return people ? new DirectoryQuery(text, null, null, null, null, page, pageSize)
                : new DirectoryQuery(text, kind, themeId, municipality, province, page, pageSize);
    }

    private static OrganisationKind kind(String value) {
        try {
            return value == null ? null : OrganisationKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
