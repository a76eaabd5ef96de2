package nl.netwerkplaats.web.pages.organisations;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.DomainContactView;
import nl.netwerkplaats.network.api.Loket;
import nl.netwerkplaats.network.api.MemberRole;
import nl.netwerkplaats.network.api.MembershipView;
import nl.netwerkplaats.network.api.OrganisationView;
import nl.netwerkplaats.network.api.Organisations;
import nl.netwerkplaats.network.api.UnknownOrganisationException;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/** An organisation's or initiative's page: what it offers and needs, where, its members, and the loket for it. */
@Named
@ViewScoped
public class OrganisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Organisations organisations;

    @Inject
    private transient Loket loket;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Feedback feedback;

    @Inject
    @Param(name = "id")
    private Long idParam;

    private OrganisationView organisation;
    private List<MembershipView> members;
    private List<DomainContactView> contacts;
    private Long mergeIntoId;
    private MemberRole acceptRole = MemberRole.MEMBER;

    @PostConstruct
    void load() {
        Optional<OrganisationView> found = idParam == null ? Optional.empty() : organisations.find(idParam);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "");
            return;
        }
        organisation = found.get();
        refresh();
    }

    private void refresh() {
        organisation = organisations.find(organisation.id()).orElseThrow();
        Long viewer = currentUser.isSignedIn() ? currentUser.id() : null;
        members = organisations.members(organisation.id(), viewer,
                viewer == null ? Audience.VISITORS : Audience.MEMBERS);
        contacts = loket.forOrganisation(organisation.municipalityCodes(), organisation.themeIds());
    }

    public boolean isMayEdit() {
        return currentUser.isSignedIn() && organisations.mayEdit(currentUser.id(), organisation.id());
    }

    public boolean isMember() {
        return currentUser.isSignedIn() && members.stream().anyMatch(m -> m.accountId() == currentUser.id());
    }

    public void join() {
        act(() -> organisations.requestMembership(currentUser.id(), organisation.id()), "organisation.joinRequested");
    }

    public void accept(MembershipView membership) {
        act(() -> organisations.acceptMember(currentUser.id(), membership.membershipId(), acceptRole, null),
                "organisation.memberAccepted");
    }

    public void remove(MembershipView membership) {
        act(() -> organisations.removeMember(currentUser.id(), membership.membershipId()),
                "organisation.memberRemoved");
    }

    public void makeContact(MembershipView membership) {
        act(() -> organisations.setContact(currentUser.id(), organisation.id(), membership.accountId()),
                "organisation.contactChanged");
    }

    public void verify() {
        act(() -> organisations.verify(currentUser.id(), organisation.id()), "organisation.verifiedDone");
    }

    public void merge() throws IOException {
        if (mergeIntoId == null) {
            feedback.fieldError("coordination:mergeInto", "validation.required");
            return;
        }
        long from = organisation.id();
        try {
            organisations.merge(currentUser.id(), from, mergeIntoId);
        } catch (UnknownOrganisationException e) {
            feedback.fieldError("coordination:mergeInto", "organisation.unknown");
            return;
        } catch (ActionNotAllowedException e) {
            feedback.error("action.notAllowed");
            return;
        }
        feedback.info("organisation.merged");
        feedback.keepForRedirect();
        FacesContext.getCurrentInstance().getExternalContext().redirect(FacesContext.getCurrentInstance()
                .getExternalContext().getRequestContextPath() + "/netwerk/organisatie.xhtml?id=" + mergeIntoId);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            feedback.info(doneKey);
        } catch (ActionNotAllowedException e) {
            feedback.error("action.notAllowed");
        }
        refresh();
    }

    public OrganisationView getOrganisation() {
        return organisation;
    }

    public List<MembershipView> getMembers() {
        return members;
    }

    public List<DomainContactView> getContacts() {
        return contacts;
    }

    public Long getMergeIntoId() {
        return mergeIntoId;
    }

    public void setMergeIntoId(Long mergeIntoId) {
        this.mergeIntoId = mergeIntoId;
    }

    public MemberRole getAcceptRole() {
        return acceptRole;
    }

    public void setAcceptRole(MemberRole acceptRole) {
        this.acceptRole = acceptRole;
    }
}
