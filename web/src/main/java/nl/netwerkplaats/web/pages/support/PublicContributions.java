package nl.netwerkplaats.web.pages.support;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.network.api.ContributionView;
import nl.netwerkplaats.network.api.Contributions;

/** A person's contributions: on their public page only when they chose to show them (off by default); their own points on their own profile. */
@Named
@RequestScoped
public class PublicContributions {

    @Inject
    private Contributions contributions;

    /** The contributions, or an empty list when the person keeps them to themselves. */
    public List<ContributionView> of(long personId) {
        return contributions.shownPublicly(personId).orElse(List.of());
    }

    /** A person's own points, for their own profile page. */
    public long pointsOf(long accountId) {
        return contributions.pointsOf(accountId);
    }

    public long total(List<ContributionView> shown) {
        return shown.stream().mapToLong(ContributionView::points).sum();
    }
}
