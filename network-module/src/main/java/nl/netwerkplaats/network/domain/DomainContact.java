package nl.netwerkplaats.network.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.netwerkplaats.network.api.DomainContactDetails;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.network.api.Loket;

/**
 * A loket entry ("loket"): the person at a municipality who owns a theme there, e.g. the policy officer for
 * poverty in Deventer, with how to reach them. Kept by coordinators.
 */
@Entity
@Table(name = "domain_contact", schema = "network")
public class DomainContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_code", nullable = false)
    private String municipalityCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "theme_id", nullable = false)
    private Theme theme;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String role;

    private String department;

    private String email;

    private String phone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private int version;

    protected DomainContact() {
    }

    /**
     * @param theme the theme the details name, looked up by the caller; its retirement is checked by the caller,
     *              since an existing entry keeps a theme that was retired after it was made
     * @throws InputRejectedException naming the first field that breaks a rule
     */
    public DomainContact(DomainContactDetails details, Theme theme, Instant now) {
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        change(details, theme, now);
    }

    /** Checks every field before changing any, so a rejected change leaves the entry as it was. */
    public void change(DomainContactDetails details, Theme theme, Instant now) {
        Checked checked = check(details);
        if (theme == null) {
            throw new InputRejectedException("themeId", InputRejectedException.Problem.UNKNOWN_THEME);
        }
        this.municipalityCode = checked.municipalityCode;
        this.theme = theme;
        this.name = checked.name;
        this.role = checked.role;
        this.department = checked.department;
        this.email = checked.email;
        this.phone = checked.phone;
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    private record Checked(String municipalityCode, String name, String role, String department, String email,
                           String phone) {
    }

    /**
     * The rules of a loket entry, without the theme (which needs the database).
     *
     * @throws InputRejectedException naming the first field that breaks a rule
     */
    public static void validate(DomainContactDetails details) {
        check(details);
    }

    private static Checked check(DomainContactDetails d) {
        String code = FieldRules.municipalityCode("municipalityCode", d.municipalityCode());
        if (d.themeId() == null) {
            throw new InputRejectedException("themeId", InputRejectedException.Problem.REQUIRED);
        }
        String name = FieldRules.required("name", d.name(), Loket.MAX_NAME_LENGTH);
        String role = FieldRules.required("role", d.role(), Loket.MAX_ROLE_LENGTH);
        String department = FieldRules.optional("department", d.department(), Loket.MAX_DEPARTMENT_LENGTH);
        String email = FieldRules.optionalEmail("email", d.email(), Loket.MAX_EMAIL_LENGTH);
        String phone = FieldRules.optionalPhone("phone", d.phone(), Loket.MAX_PHONE_LENGTH);
        if (email == null && phone == null) {
            throw new InputRejectedException("email", InputRejectedException.Problem.CONTACT_REQUIRED);
        }
        return new Checked(code, name, role, department, email, phone);
    }

    public Long getId() {
        return id;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public Theme getTheme() {
        return theme;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getDepartment() {
        return department;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
