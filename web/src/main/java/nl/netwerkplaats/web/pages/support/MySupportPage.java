package nl.netwerkplaats.web.pages.support;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.ContributionView;
import nl.netwerkplaats.network.api.Contributions;
import nl.netwerkplaats.network.api.Support;
import nl.netwerkplaats.network.api.SupportMatchView;
import nl.netwerkplaats.network.api.SupportOfferView;
import nl.netwerkplaats.network.api.SupportRequestSummary;
import nl.netwerkplaats.network.api.SupportTransitionException;
import nl.netwerkplaats.network.api.UnknownSupportRequestException;
import nl.netwerkplaats.web.i18n.Messages;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * A member's own side of the marketplace: what they asked, the requests they were linked to (to accept or
 * decline), what they offer, and their contributions with the choice to show them on their public profile.
 */
@Named
@RequestScoped
public class MySupportPage {

    @Inject
    private Support support;

    @Inject
    private Contributions contributions;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Feedback feedback;

    @Inject
    private Messages messages;

    private boolean shownPublicly;

    @PostConstruct
    void load() {
        shownPublicly = contributions.isShownPublicly(currentUser.id());
    }

    public List<SupportRequestSummary> getAsked() {
        return support.askedBy(currentUser.id());
    }

    public List<SupportMatchView> getLinks() {
        return support.matchesFor(currentUser.id());
    }

    public List<SupportOfferView> getOffers() {
        return support.offersBy(currentUser.id());
    }

    public List<ContributionView> getContributions() {
        return contributions.of(currentUser.id());
    }

    public long getPoints() {
        return contributions.pointsOf(currentUser.id());
    }

    public void answer(SupportMatchView match, boolean accept) {
        try {
            support.answer(currentUser.id(), match.id(), accept);
            feedback.info(accept ? "support.accepted" : "support.declined", match.requestTitle());
        } catch (SupportTransitionException e) {
            feedback.error("support.closed");
        } catch (ActionNotAllowedException | UnknownSupportRequestException e) {
            feedback.error("support.notAllowed");
        }
    }

    public void withdraw(SupportOfferView offer) {
        try {
            support.withdrawOffer(currentUser.id(), offer.id());
            feedback.info("support.offer.withdrawn", offer.title());
        } catch (ActionNotAllowedException | UnknownSupportRequestException e) {
            feedback.error("support.notAllowed");
        }
    }

    public void saveVisibility() {
        contributions.showPublicly(currentUser.id(), shownPublicly);
        feedback.info(shownPublicly ? "contributions.shown" : "contributions.hidden");
    }

    /** What a ledger entry was, in words. */
    public String describe(ContributionView contribution) {
        return messages.get("enum.ContributionKind." + contribution.kind());
    }

    public boolean isShownPublicly() {
        return shownPublicly;
    }

    public void setShownPublicly(boolean shownPublicly) {
        this.shownPublicly = shownPublicly;
    }
}
