package nl.netwerkplaats.web.pages.programme;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.events.api.FollowUpView;
import nl.netwerkplaats.events.api.FollowUps;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.NotOrganiserException;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * Follow-up appointments on the report page ("Wie sluit aan?" in one click for members) and on the organisers'
 * report page (plan one; make it a gathering or a group).
 */
@Named
@ViewScoped
public class FollowUpSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient FollowUps followUps;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Feedback feedback;

    private String date;
    private String time;
    private String place;
    private String purpose;

    public List<FollowUpView> of(long gatheringId) {
        return followUps.followUps(currentUser.isSignedIn() ? currentUser.id() : null, gatheringId);
    }

    public void join(long followUpId, boolean joining) {
        if (joining) {
            followUps.join(currentUser.id(), followUpId);
            feedback.info("followUp.joined");
        } else {
            followUps.leave(currentUser.id(), followUpId);
            feedback.info("followUp.left");
        }
    }

    public void plan(GatheringView g) {
        try {
            LocalDate day = LocalDate.parse(date == null ? "" : date.strip());
            LocalTime at = time == null || time.isBlank() ? LocalTime.of(15, 0) : LocalTime.parse(time.strip());
            followUps.plan(currentUser.id(), g.id(), day.atTime(at).atZone(OrganiserView.DUTCH_TIME).toOffsetDateTime(),
                    place, purpose);
            feedback.info("followUp.planned");
            date = null;
            time = null;
            place = null;
            purpose = null;
        } catch (DateTimeParseException e) {
            feedback.error("followUp.badDate");
        } catch (InvalidInputException e) {
            feedback.error("input.problem." + e.problem(), e.limit());
        }
    }

    public String makeGathering(long followUpId) {
        try {
            GatheringView created = followUps.makeGathering(currentUser.id(), followUpId);
            return "/bijeenkomsten/organisatie/bewerken.xhtml?id=" + created.id() + "&faces-redirect=true";
        } catch (NotOrganiserException e) {
            feedback.error("harvest.notAllowed");
            return null;
        }
    }

    public String makeGroup(long followUpId) {
        try {
            long group = followUps.makeGroup(currentUser.id(), followUpId);
            return "/netwerk/groepen/groep.xhtml?id=" + group + "&faces-redirect=true";
        } catch (NotOrganiserException e) {
            feedback.error("harvest.notAllowed");
            return null;
        } catch (RuntimeException e) {
            // the network refused the group (e.g. a name it does not accept): say so instead of a stack trace
            feedback.error("followUp.groupRefused");
            return null;
        }
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
