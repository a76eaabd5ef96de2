package nl.netwerkplaats.network.domain;

import java.text.Normalizer;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "theme", schema = "network")
@NamedQuery(name = "Theme.all", query = "select t from Theme t order by lower(t.nameNl)")
@NamedQuery(name = "Theme.active", query = "select t from Theme t where t.retired = false order by lower(t.nameNl)")
@NamedQuery(name = "Theme.countByName",
        query = "select count(t) from Theme t where lower(t.nameNl) = lower(:name) and t.id <> :exceptId")
public class Theme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Stable, URL-safe key derived from the first Dutch name; it does not follow renames, so links keep working. */
    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "name_nl", nullable = false)
    private String nameNl;

    @Column(name = "name_en")
    private String nameEn;

    @Column(nullable = false)
    private boolean retired;

    @Version
    private int version;

    protected Theme() {
    }

    public Theme(String nameNl, String nameEn, String code) {
        rename(nameNl, nameEn);
        this.code = code;
    }

    public void rename(String nameNl, String nameEn) {
        this.nameNl = nameNl.strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
    }

    public void retire() {
        retired = true;
    }

    public void reinstate() {
        retired = false;
    }

    /** "Wet- en regelgeving" becomes "wet-en-regelgeving". */
    public static String codeFor(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "thema" : slug;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public boolean isRetired() {
        return retired;
    }
}
