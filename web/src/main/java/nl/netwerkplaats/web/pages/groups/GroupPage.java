package nl.netwerkplaats.web.pages.groups;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.netwerkplaats.network.api.GroupActionNotAllowedException;
import nl.netwerkplaats.network.api.GroupMemberNotFoundException;
import nl.netwerkplaats.network.api.GroupMemberView;
import nl.netwerkplaats.network.api.GroupNotActiveException;
import nl.netwerkplaats.network.api.GroupStanding;
import nl.netwerkplaats.network.api.GroupView;
import nl.netwerkplaats.network.api.Groups;
import nl.netwerkplaats.network.api.SoleOwnerCannotLeaveException;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.UnknownGroupException;
import nl.netwerkplaats.web.i18n.Messages;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * One group: public facts for everyone, member names only for signed-in people, and the buttons to join, leave
 * and run it. Request-scoped: the buttons send the group id along, so the page keeps no state of its own.
 */
@Named
@RequestScoped
public class GroupPage {

    @Inject
    private Groups groups;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    @Param(name = "id")
    private String idParameter;

    private Long id;
    private GroupView group;
    private GroupStanding standing = GroupStanding.NONE;
    private boolean manager;
    private List<GroupMemberView> members = List.of();
    private List<GroupMemberView> pending = List.of();

    @PostConstruct
    void load() {
        id = parsePositive(idParameter).orElse(null);
        group = id == null ? null : groups.find(id).orElse(null);
        if (group == null || !currentUser.isSignedIn()) {
            return;
        }
        long me = currentUser.id();
        standing = groups.standing(me, id);
        manager = groups.mayManage(me, id);
        members = groups.members(me, id);
        pending = manager ? groups.pendingRequests(me, id) : List.of();
    }

    /** Before rendering: an unknown group is a missing page, with the status code to match. */
    public void requireGroup() throws IOException {
        if (group == null && !FacesContext.getCurrentInstance().getResponseComplete()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such group");
        }
    }

    public void join() {
        act(() -> {
            GroupStanding now = groups.join(currentUser.id(), id);
            info(now == GroupStanding.PENDING ? "groups.joined.pending" : "groups.joined");
        });
    }

    public void leave() {
        boolean wasPending = standing == GroupStanding.PENDING;
        act(() -> {
            groups.leave(currentUser.id(), id);
            info(wasPending ? "groups.left.pending" : "groups.left");
        });
    }

    public void approve(GroupMemberView person) {
        act(() -> {
            groups.approve(currentUser.id(), id, person.accountId());
            info("groups.approved", person.displayName());
        });
    }

    public void refuse(GroupMemberView person) {
        act(() -> {
            groups.refuse(currentUser.id(), id, person.accountId());
            info("groups.refused", person.displayName());
        });
    }

    public void remove(GroupMemberView person) {
        act(() -> {
            groups.removeMember(currentUser.id(), id, person.accountId());
            info("groups.removed", person.displayName());
        });
    }

    public void makeOwner(GroupMemberView person) {
        act(() -> {
            groups.makeOwner(currentUser.id(), id, person.accountId());
            info("groups.madeOwner", person.displayName());
        });
    }

    public void close() {
        act(() -> {
            groups.close(currentUser.id(), id);
            info("groups.closed");
        });
    }

    /** Runs an action, turns the refusals of the groups API into messages, and shows the group as it is now. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (GroupNotActiveException e) {
            error("groups.notActive." + e.status());
        } catch (SoleOwnerCannotLeaveException e) {
            error("groups.soleOwner");
        } catch (GroupActionNotAllowedException e) {
            error("groups.notAllowed");
        } catch (GroupMemberNotFoundException | UnknownGroupException e) {
            error("groups.changedMeanwhile");
        }
        load();
    }

    private void info(String key, Object... arguments) {
        message(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private void error(String key, Object... arguments) {
        message(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private void message(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(severity, messages.format(key, arguments), null));
    }

    static Optional<Long> parsePositive(String text) {
        try {
            long value = text == null ? 0 : Long.parseLong(text.strip());
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Long getId() {
        return id;
    }

    public GroupView getGroup() {
        return group;
    }

    public String getThemeName() {
        if (group == null || group.themeId() == null) {
            return null;
        }
        return themes.find(group.themeId())
                .map(t -> t.name(FacesContext.getCurrentInstance().getViewRoot().getLocale())).orElse(null);
    }

    public GroupStanding getStanding() {
        return standing;
    }

    public boolean isMember() {
        return standing.isMember();
    }

    public boolean isPending() {
        return standing == GroupStanding.PENDING;
    }

    /** Joining is offered to a signed-in person who is not in the group yet, while the group is active. */
    public boolean isMayJoin() {
        return group != null && group.active() && currentUser.isSignedIn() && standing == GroupStanding.NONE;
    }

    public boolean isManager() {
        return manager;
    }

    public boolean isSelf(GroupMemberView person) {
        return currentUser.isSignedIn() && person.accountId() == currentUser.id();
    }

    public List<GroupMemberView> getMembers() {
        return members;
    }

    public List<GroupMemberView> getPendingRequests() {
        return pending;
    }
}
