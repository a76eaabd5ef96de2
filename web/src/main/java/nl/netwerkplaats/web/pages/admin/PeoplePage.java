package nl.netwerkplaats.web.pages.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.PersonSummary;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/** Coordinators lock and unlock people; administrators also grant and take roles. Each action is audited. */
@Named
@ViewScoped
public class PeoplePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX = 100;

    @Inject
    private transient Accounts accounts;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Feedback feedback;

    private String search;
    private List<PersonSummary> people;
    private long total;
    private Role role = Role.COORDINATOR;

    @PostConstruct
    void load() {
        people = accounts.people(search, 0, MAX);
        total = accounts.countPeople(search);
    }

    public void find() {
        load();
    }

    public void lock(PersonSummary person) {
        act(() -> accounts.lock(currentUser.id(), person.id()), "people.locked", person);
    }

    public void unlock(PersonSummary person) {
        act(() -> accounts.unlock(currentUser.id(), person.id()), "people.unlocked", person);
    }

    public void grant(PersonSummary person) {
        act(() -> accounts.grantRole(currentUser.id(), person.id(), role), "people.granted", person);
    }

    public void revoke(PersonSummary person, Role taken) {
        act(() -> accounts.revokeRole(currentUser.id(), person.id(), taken), "people.revoked", person);
    }

    private void act(Runnable action, String doneKey, PersonSummary person) {
        try {
            action.run();
            feedback.info(doneKey, person.displayName());
        } catch (ActionNotAllowedException e) {
            feedback.error("action.notAllowed");
        }
        load();
    }

    public List<Role> getGrantableRoles() {
        return List.of(Role.COORDINATOR, Role.EDITOR, Role.ADMIN);
    }

    public List<PersonSummary> getPeople() {
        return people;
    }

    public long getTotal() {
        return total;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
