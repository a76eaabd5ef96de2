package nl.netwerkplaats.web.pages.support;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.ContributionKind;
import nl.netwerkplaats.network.api.Contributions;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/** Administrators set how many points each kind of contribution earns. web.xml limits /beheer/* to administrators. */
@Named
@ViewScoped
public class ContributionPointsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Contributions contributions;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Feedback feedback;

    private Map<ContributionKind, Integer> points = new EnumMap<>(ContributionKind.class);

    @PostConstruct
    void load() {
        points = new EnumMap<>(contributions.points());
    }

    public void save() {
        Map<ContributionKind, Integer> current = contributions.points();
        try {
            for (ContributionKind kind : ContributionKind.values()) {
                Integer value = points.get(kind);
                if (value != null && !value.equals(current.get(kind))) {
                    contributions.setPoints(currentUser.id(), kind, value);
                }
            }
            feedback.info("contributions.points.saved");
        } catch (InputRejectedException e) {
            feedback.error("contributions.points.range");
        } catch (ActionNotAllowedException e) {
            feedback.error("support.notAllowed");
        }
    }

    public List<ContributionKind> getKinds() {
        return List.of(ContributionKind.values());
    }

    public Map<ContributionKind, Integer> getPoints() {
        return points;
    }
}
