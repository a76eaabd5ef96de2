package nl.netwerkplaats.knowledge.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.knowledge.domain.ThemeLabel;
import nl.netwerkplaats.network.api.ThemeAdded;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeChanged;
import nl.netwerkplaats.network.api.ThemeView;

/**
 * Keeps {@link ThemeLabel} in step with the network module's themes. The events carry only the theme id; the
 * projector reads the theme through the network module's API once the change is committed, so a rolled-back
 * change never reaches this schema.
 */
@Stateless
public class ThemeLabelProjector {

    @PersistenceContext(unitName = "knowledge")
    private EntityManager em;

    @Inject
    private ThemeCatalog themes;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void onAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ThemeAdded event) {
        project(event.themeId());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ThemeChanged event) {
        project(event.themeId());
    }

    /** Copies every theme; run at start-up so labels exist for themes made before this module listened. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void projectAll() {
        themes.allThemes().forEach(this::copy);
    }

    private void project(long themeId) {
        themes.find(themeId).ifPresent(this::copy);
    }

    private void copy(ThemeView theme) {
        ThemeLabel label = em.find(ThemeLabel.class, theme.id());
        if (label == null) {
            label = new ThemeLabel(theme.id());
            em.persist(label);
        }
        label.update(theme.nameNl(), theme.nameEn(), theme.retired());
    }
}
