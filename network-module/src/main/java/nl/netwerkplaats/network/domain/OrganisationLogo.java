package nl.netwerkplaats.network.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "organisation_logo", schema = "network")
public class OrganisationLogo {

    @Id
    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private byte[] bytes;

    protected OrganisationLogo() {
    }

    public OrganisationLogo(long organisationId, String contentType, byte[] bytes) {
        this.organisationId = organisationId;
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
