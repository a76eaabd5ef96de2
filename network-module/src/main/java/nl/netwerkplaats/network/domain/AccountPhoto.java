package nl.netwerkplaats.network.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "account_photo", schema = "network")
public class AccountPhoto {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private byte[] bytes;

    protected AccountPhoto() {
    }

    public AccountPhoto(long accountId, String contentType, byte[] bytes) {
        this.accountId = accountId;
        replace(contentType, bytes);
    }

    public void replace(String contentType, byte[] bytes) {
        this.contentType = contentType;
        this.bytes = bytes.clone();
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
