package nl.netwerkplaats.knowledge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * This module's copy of a theme's name and state, kept up to date from the network module's events. Search facets
 * count items per theme in one SQL query over this schema, which a call per theme into another module cannot do.
 */
@Entity
@Table(name = "theme_label", schema = "knowledge")
public class ThemeLabel {

    @Id
    @Column(name = "theme_id")
    private Long themeId;

    @Column(name = "name_nl", nullable = false)
    private String nameNl;

    @Column(name = "name_en")
    private String nameEn;

    @Column(nullable = false)
    private boolean retired;

    protected ThemeLabel() {
    }

    public ThemeLabel(long themeId) {
        this.themeId = themeId;
    }

    public void update(String nameNl, String nameEn, boolean retired) {
        this.nameNl = nameNl;
        this.nameEn = nameEn;
        this.retired = retired;
    }

    public Long getThemeId() {
        return themeId;
    }

    public String getNameNl() {
        return nameNl;
    }
}
