package nl.netwerkplaats.web.pages.programme;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.PlacementView;
import nl.netwerkplaats.events.api.RoundView;
import nl.netwerkplaats.events.api.TablePlacements;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * The table placement for organisers: let the planner place everyone, then move people by dragging their name to
 * another table, or (without a mouse, WCAG 2.1.1) with the table chooser next to each name. Both end in the same
 * {@link #move} call; a moved seat is kept when the planner runs again.
 */
@Named
@ViewScoped
public class PlacementPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient TablePlacements placements;

    @Inject
    private transient Gatherings gatherings;

    @Inject
    private transient GatheringCalendar calendar;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Feedback feedback;

    @Inject
    @Param(name = "id")
    private String idParameter;

    private Long id;
    private GatheringView gathering;
    private boolean allowed;
    private PlacementView placement;
    private boolean rotate = true;
    /** Filled by the drag-and-drop script or by a chooser: who, which round ("" for none), which table. */
    private String moveRegistration;
    private String moveRound;
    private String moveTable;

    @PostConstruct
    void load() {
        id = OrganiserView.id(idParameter).orElse(null);
        gathering = id == null ? null : calendar.find(id, currentUser.id()).orElse(null);
        allowed = gathering != null && gatherings.mayOrganise(currentUser.id(), id);
        if (allowed) {
            placement = placements.placement(currentUser.id(), id);
        }
    }

    public void requireAccess() throws IOException {
        OrganiserView.require(gathering != null, allowed);
    }

    public void place() {
        try {
            placement = placements.place(currentUser.id(), id, rotate);
            feedback.info("placement.done");
        } catch (InvalidInputException e) {
            feedback.error("placement.noTables");
        }
    }

    /** One person to one table in one round, from a drop or from the chooser. */
    public void move() {
        Long registration = OrganiserView.id(moveRegistration).orElse(null);
        Long table = OrganiserView.id(moveTable).orElse(null);
        Long round = OrganiserView.id(moveRound).orElse(null);
        if (registration == null || table == null) {
            return;
        }
        try {
            placement = placements.move(currentUser.id(), id, registration, round, table);
            feedback.info("placement.moved");
        } catch (InvalidInputException e) {
            feedback.error("input.problem." + e.problem(), e.limit());
        }
    }

    /** The chooser's button: the same move, with its own values. */
    public void moveTo(long registrationId, Long roundId, String tableId) {
        moveRegistration = String.valueOf(registrationId);
        moveRound = roundId == null ? "" : String.valueOf(roundId);
        moveTable = tableId;
        move();
    }

    /** The rounds, or one null entry standing for the whole gathering when it has none. */
    public List<RoundView> getRounds() {
        if (placement.rounds().isEmpty()) {
            return java.util.Collections.singletonList(null);
        }
        return placement.rounds();
    }

    public GatheringView getGathering() {
        return gathering;
    }

    public PlacementView getPlacement() {
        return placement;
    }

    public boolean isRotate() {
        return rotate;
    }

    public void setRotate(boolean rotate) {
        this.rotate = rotate;
    }

    public String getMoveRegistration() {
        return moveRegistration;
    }

    public void setMoveRegistration(String moveRegistration) {
        this.moveRegistration = moveRegistration;
    }

    public String getMoveRound() {
        return moveRound;
    }

    public void setMoveRound(String moveRound) {
        this.moveRound = moveRound;
    }

    public String getMoveTable() {
        return moveTable;
    }

    public void setMoveTable(String moveTable) {
        this.moveTable = moveTable;
    }
}
