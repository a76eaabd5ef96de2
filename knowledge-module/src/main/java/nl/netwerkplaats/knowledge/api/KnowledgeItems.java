package nl.netwerkplaats.knowledge.api;

import java.util.List;
import java.util.Optional;

/**
 * Writing and reviewing knowledge items. Members write items as concepts and submit them; editors (and
 * administrators) publish, send back, archive and give the quality mark. Every call names the acting account;
 * the rules are checked here, not only in the pages.
 */
public interface KnowledgeItems {

    int MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;
    int MAX_REASON = 500;

    /**
     * Creates a concept with the actor as its author.
     *
     * @throws KnowledgeInputRejectedException when a field breaks a rule; nothing is saved
     */
    KnowledgeItemView create(long actorId, KnowledgeDraft draft);

    /** Authors change their concept; editors change any item that is not archived. */
    KnowledgeItemView update(long actorId, long itemId, KnowledgeDraft draft);

    /** An author hands a concept to the editors. */
    KnowledgeItemView submit(long actorId, long itemId);

    /** An editor publishes an item that is in review (or a concept of their own). */
    KnowledgeItemView publish(long editorId, long itemId);

    /** An editor returns an item in review to its authors as a concept, with a note why. */
    KnowledgeItemView sendBack(long editorId, long itemId, String note);

    KnowledgeItemView archive(long editorId, long itemId);

    /** The light quality mark "goed beschreven", with the editor's reason. */
    KnowledgeItemView markWellDescribed(long editorId, long itemId, String reason);

    KnowledgeItemView clearWellDescribed(long editorId, long itemId);

    /** Adds a co-author (an account id); authors and editors may. */
    KnowledgeItemView addAuthor(long actorId, long itemId, long authorId);

    /**
     * Takes a co-author off the item; authors (a co-author also themselves) and editors may. The one who created the
     * item stays its author ({@link KnowledgeActionNotAllowedException}).
     */
    KnowledgeItemView removeAuthor(long actorId, long itemId, long authorId);

    /**
     * Checks the size and the type by content (PDF, DOCX, ODT, PNG, JPEG), checks the name's extension agrees, and
     * extracts the text for search.
     *
     * @throws AttachmentRejectedException when any check fails; nothing is stored
     */
    AttachmentView addAttachment(long actorId, long itemId, String fileName, byte[] content);

    void removeAttachment(long actorId, long attachmentId);

    /** The attachment when the viewer may see its item; {@code viewerId} is null for visitors. */
    Optional<AttachmentContent> attachment(Long viewerId, long attachmentId);

    /**
     * The item when the viewer may see it: published and archived items for everyone, concepts and items in review
     * only for their authors and editors. {@code viewerId} is null for visitors.
     */
    Optional<KnowledgeItemView> find(Long viewerId, long itemId);

    /** Whether the viewer may change this item now. */
    boolean mayEdit(Long viewerId, long itemId);

    boolean isEditor(Long accountId);

    /** Items waiting for an editor, oldest first. */
    List<KnowledgeItemView> reviewQueue(long editorId);

    /** The items this person is an author of, newest first, any status. */
    List<KnowledgeItemView> itemsOf(long authorId);
}
