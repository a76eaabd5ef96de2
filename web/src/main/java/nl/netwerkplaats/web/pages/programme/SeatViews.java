package nl.netwerkplaats.web.pages.programme;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.events.api.SeatView;
import nl.netwerkplaats.events.api.TablePlacements;
import nl.netwerkplaats.web.security.CurrentUser;

/** "Jouw tafel": a participant's table per round, on the gathering page (members) and the registration link page. */
@Named
@RequestScoped
public class SeatViews {

    @Inject
    private TablePlacements placements;

    @Inject
    private CurrentUser currentUser;

    public List<SeatView> ofMember(long gatheringId) {
        return currentUser.isSignedIn() ? placements.seatsOf(currentUser.id(), gatheringId) : List.of();
    }

    public List<SeatView> byLink(String token) {
        return placements.seatsByLink(token);
    }
}
