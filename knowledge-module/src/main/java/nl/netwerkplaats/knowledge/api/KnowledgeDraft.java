package nl.netwerkplaats.knowledge.api;

import java.util.List;

/**
 * What an author writes. The body is HTML from the editor; the service keeps only safe markup. Themes,
 * municipalities (CBS codes), organisations and the source gathering are referred to by id.
 */
public record KnowledgeDraft(String title, KnowledgeType type, DocumentKind documentKind, String summary,
                             String bodyHtml, List<Long> themeIds, List<String> municipalityCodes,
                             List<Long> organisationIds, Long sourceGatheringId) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 1000;
    public static final int MAX_BODY = 200_000;

    public KnowledgeDraft {
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
        municipalityCodes = municipalityCodes == null ? List.of() : List.copyOf(municipalityCodes);
        organisationIds = organisationIds == null ? List.of() : List.copyOf(organisationIds);
    }
}
