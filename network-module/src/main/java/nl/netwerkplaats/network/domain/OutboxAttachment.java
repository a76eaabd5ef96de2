package nl.netwerkplaats.network.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The file that goes with one outbox message, kept as long as the message. */
@Entity
@Table(name = "outbox_attachment", schema = "network")
public class OutboxAttachment {

    @Id
    @Column(name = "message_id")
    private Long messageId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected OutboxAttachment() {
    }

    public OutboxAttachment(long messageId, String fileName, String contentType, byte[] content) {
        this.messageId = messageId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
