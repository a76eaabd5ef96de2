package nl.netwerkplaats.network.api;

/**
 * A search of the sociale kaart; null fields do not filter. {@code page} counts from 1; {@code pageSize} 0 means
 * all results (for exports).
 */
public record DirectoryQuery(String text, OrganisationKind kind, Long themeId, String municipalityCode,
                             String provinceCode, int page, int pageSize) {

    public DirectoryQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        page = Math.max(1, page);
        pageSize = Math.max(0, pageSize);
    }

    /** True for the whole kaart: no text and no filter. */
    public boolean isUnfiltered() {
        return text == null && kind == null && themeId == null && municipalityCode == null && provinceCode == null;
    }
}
