package nl.netwerkplaats.web.pages.programme;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.events.api.Harvest;
import nl.netwerkplaats.events.api.HarvestItemView;
import nl.netwerkplaats.events.api.Programme;
import nl.netwerkplaats.events.api.ProgrammeView;
import nl.netwerkplaats.events.api.RoundView;
import nl.netwerkplaats.events.api.TableView;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * The organisers' view of all tables filling up during the gathering. It polls (PrimeFaces {@code p:poll}, every
 * 5 seconds, only the item panel is re-rendered): simple, works behind any proxy, and a few organisers polling cost
 * one small query each time.
 */
@Named
@ViewScoped
public class HarvestOverviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Harvest harvest;

    @Inject
    private transient Programme programme;

    @Inject
    private transient Gatherings gatherings;

    @Inject
    private transient GatheringCalendar calendar;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    @Param(name = "id")
    private String idParameter;

    private Long id;
    private GatheringView gathering;
    private boolean allowed;
    private ProgrammeView programmeView;
    private List<HarvestItemView> items = List.of();

    @PostConstruct
    void load() {
        id = OrganiserView.id(idParameter).orElse(null);
        gathering = id == null ? null : calendar.find(id, currentUser.id()).orElse(null);
        allowed = gathering != null && gatherings.mayOrganise(currentUser.id(), id);
        if (allowed) {
            refresh();
        }
    }

    public void requireAccess() throws IOException {
        OrganiserView.require(gathering != null, allowed);
    }

    public void refresh() {
        programmeView = programme.programme(id);
        items = harvest.items(currentUser.id(), id);
    }

    /** Rounds to show: the planned ones, or one "whole gathering" pseudo-round (null) when there are none. */
    public List<RoundView> getRounds() {
        return programmeView.rounds();
    }

    public List<HarvestItemView> itemsAt(Long roundId, Long tableId) {
        return items.stream().filter(i -> Objects.equals(i.roundId(), roundId) && Objects.equals(i.tableId(), tableId))
                .toList();
    }

    public List<HarvestItemView> getWithoutRound() {
        return items.stream().filter(i -> i.roundId() == null).toList();
    }

    public GatheringView getGathering() {
        return gathering;
    }

    public ProgrammeView getProgramme() {
        return programmeView;
    }

    public List<TableView> getTables() {
        return programmeView.tables();
    }

    public int getCount() {
        return items.size();
    }
}
