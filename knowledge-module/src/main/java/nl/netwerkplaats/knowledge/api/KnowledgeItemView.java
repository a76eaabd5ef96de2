package nl.netwerkplaats.knowledge.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One item as its page shows it. {@code bodyHtml} has been sanitised when it was stored; {@code authorIds} starts
 * with the one who created the item, followed by the co-authors.
 */
public record KnowledgeItemView(long id, String title, KnowledgeType type, DocumentKind documentKind,
                                String summary, String bodyHtml, KnowledgeStatus status, List<Long> themeIds,
                                List<String> municipalityCodes, List<Long> organisationIds,
                                Long sourceGatheringId, List<Long> authorIds, List<AttachmentView> attachments,
                                OffsetDateTime createdAt, OffsetDateTime publishedAt, String reviewNote,
                                boolean wellDescribed, String wellDescribedReason, long views, long reactions) {

    public KnowledgeItemView {
        themeIds = List.copyOf(themeIds);
        municipalityCodes = List.copyOf(municipalityCodes);
        organisationIds = List.copyOf(organisationIds);
        authorIds = List.copyOf(authorIds);
        attachments = List.copyOf(attachments);
    }

    public KnowledgeDraft toDraft() {
        return new KnowledgeDraft(title, type, documentKind, summary, bodyHtml, themeIds, municipalityCodes,
                organisationIds, sourceGatheringId);
    }
}
