package nl.netwerkplaats.network.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.AuditLog;
import nl.netwerkplaats.network.api.InvalidKvkNumberException;
import nl.netwerkplaats.network.api.MemberRole;
import nl.netwerkplaats.network.api.MembershipView;
import nl.netwerkplaats.network.api.OrganisationDraft;
import nl.netwerkplaats.network.api.OrganisationSummary;
import nl.netwerkplaats.network.api.OrganisationView;
import nl.netwerkplaats.network.api.Organisations;
import nl.netwerkplaats.network.api.OrganisationsMerged;
import nl.netwerkplaats.network.api.PictureData;
import nl.netwerkplaats.network.api.ProfileField;
import nl.netwerkplaats.network.api.UnknownMunicipalityException;
import nl.netwerkplaats.network.api.UnknownOrganisationException;
import nl.netwerkplaats.network.api.UnknownThemeException;
import nl.netwerkplaats.network.application.DirectoryCounts.OrganisationsChanged;
import nl.netwerkplaats.network.domain.Account;
import nl.netwerkplaats.network.domain.KvkNumber;
import nl.netwerkplaats.network.domain.Membership;
import nl.netwerkplaats.network.domain.NameSimilarity;
import nl.netwerkplaats.network.domain.Organisation;
import nl.netwerkplaats.network.domain.OrganisationLogo;
import nl.netwerkplaats.network.domain.Picture;
import nl.netwerkplaats.network.domain.Theme;

@Stateless
public class OrganisationService implements Organisations {

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<OrganisationsMerged> merged;

    @Inject
    private Event<OrganisationsChanged> changed;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<OrganisationSummary> withNameContaining(String text, int max) {
        String typed = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (typed.length() < 2) {
            return List.of();
        }
        String pattern = "%" + typed.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return em.createQuery("select o from Organisation o where o.mergedIntoId is null"
                        + " and lower(o.name) like :pattern escape '!' order by lower(o.name), o.id", Organisation.class)
                .setParameter("pattern", pattern)
                .setMaxResults(Math.max(1, Math.min(max, 50)))
                .getResultStream()
                .map(OrganisationService::summary)
                .toList();
    }

    @Override
    public List<OrganisationSummary> similar(String name, Set<String> municipalityCodes) {
        if (name == null || name.isBlank() || municipalityCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct o from Organisation o join o.municipalityCodes m "
                        + "where o.mergedIntoId is null and m in :codes", Organisation.class)
                .setParameter("codes", municipalityCodes)
                .getResultStream()
                .filter(o -> NameSimilarity.similar(name, o.getName()))
                .map(OrganisationService::summary)
                .toList();
    }

    @Override
    public OrganisationView register(long actorId, OrganisationDraft draft) {
        member(actorId);
        Organisation organisation = new Organisation(actorId, clock.instant());
        describe(organisation, draft);
        em.persist(organisation);
        em.flush();
        em.persist(new Membership(organisation.getId(), actorId, MemberRole.MANAGER, false, clock.instant()));
        changed.fire(new OrganisationsChanged());
        return view(organisation);
    }

    @Override
    public OrganisationView update(long actorId, long organisationId, OrganisationDraft draft) {
        Organisation organisation = editable(actorId, organisationId);
        describe(organisation, draft);
        changed.fire(new OrganisationsChanged());
        auditIfCoordinatorOnly(actorId, organisationId, "organisation.changed");
        return view(organisation);
    }

    private void describe(Organisation organisation, OrganisationDraft draft) {
        String kvk = null;
        if (draft.kvkNumber() != null && !draft.kvkNumber().isBlank()) {
            kvk = KvkNumber.normalise(draft.kvkNumber());
            if (kvk == null) {
                throw new InvalidKvkNumberException(draft.kvkNumber());
            }
        }
        for (String code : draft.municipalityCodes()) {
            if (ReferenceData.get().municipality(code).isEmpty()) {
                throw new UnknownMunicipalityException(code);
            }
        }
        for (long themeId : draft.themeIds()) {
            Theme theme = em.find(Theme.class, themeId);
            if (theme == null || theme.isRetired() && !organisation.getThemeIds().contains(themeId)) {
                throw new UnknownThemeException(themeId);
            }
        }
        organisation.describe(draft.name(), draft.kind(), draft.description(), draft.offers(), draft.needs(),
                draft.website(), kvk, draft.municipalityCodes(), draft.themeIds());
    }

    @Override
    public Optional<OrganisationView> find(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        for (int hops = 0; organisation != null && organisation.isMerged() && hops < 20; hops++) {
            organisation = em.find(Organisation.class, organisation.getMergedIntoId());
        }
        return Optional.ofNullable(organisation).map(this::view);
    }

    @Override
    public boolean mayEdit(long actorId, long organisationId) {
        return isCoordinator(actorId) || managerOf(actorId, organisationId);
    }

    @Override
    public void setLogo(long actorId, long organisationId, byte[] bytes) {
        editable(actorId, organisationId);
        String type = Picture.require(bytes);
        OrganisationLogo logo = em.find(OrganisationLogo.class, organisationId);
        if (logo == null) {
            em.persist(new OrganisationLogo(organisationId, type, bytes));
        } else {
            logo.replace(type, bytes);
        }
    }

    @Override
    public Optional<PictureData> logo(long organisationId) {
        return Optional.ofNullable(em.find(OrganisationLogo.class, organisationId))
                .map(l -> new PictureData(l.getContentType(), l.getBytes()));
    }

    @Override
    public void requestMembership(long actorId, long organisationId) {
        member(actorId);
        Organisation organisation = existing(organisationId);
        if (membership(organisationId, actorId).isEmpty()) {
            em.persist(new Membership(organisation.getId(), actorId, MemberRole.MEMBER, true, clock.instant()));
        }
    }

    @Override
    public void acceptMember(long actorId, long membershipId, MemberRole role, String title) {
        Membership membership = existingMembership(membershipId);
        editable(actorId, membership.getOrganisationId());
        membership.accept(role, title != null && title.length() > 120 ? title.substring(0, 120) : title);
        auditIfCoordinatorOnly(actorId, membership.getOrganisationId(), "organisation.member-accepted");
    }

    @Override
    public void removeMember(long actorId, long membershipId) {
        Membership membership = existingMembership(membershipId);
        if (membership.getAccountId() != actorId) {
            editable(actorId, membership.getOrganisationId());
        }
        long organisationId = membership.getOrganisationId();
        if (membership.isActiveManager() && managers(organisationId) == 1 && !isCoordinator(actorId)) {
            throw new ActionNotAllowedException("An organisation keeps at least one manager");
        }
        em.remove(membership);
        Organisation organisation = existing(organisationId);
        if (organisation.getContactId() != null && organisation.getContactId() == membership.getAccountId()) {
            organisation.contact(null);
        }
        auditIfCoordinatorOnly(actorId, organisationId, "organisation.member-removed");
    }

    @Override
    public List<MembershipView> members(long organisationId, Long viewerId, Audience viewer) {
        boolean seesAll = viewerId != null && mayEdit(viewerId, organisationId);
        Organisation organisation = existing(organisationId);
        return em.createNamedQuery("Membership.ofOrganisation", Membership.class)
                .setParameter("organisation", organisationId).getResultStream()
                .map(m -> {
                    Account person = em.find(Account.class, m.getAccountId());
                    boolean visible = seesAll || !m.isPending()
                            && person.shows(ProfileField.MEMBERSHIPS, viewer)
                            || viewerId != null && viewerId == m.getAccountId();
                    return visible ? new MembershipView(m.getId(), organisationId, organisation.getName(), m.getAccountId(),
                            person.getDisplayName(), m.getRole(), m.getTitle(), m.isPending()) : null;
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    @Override
    public void setContact(long actorId, long organisationId, long accountId) {
        Organisation organisation = editable(actorId, organisationId);
        if (membership(organisationId, accountId).filter(m -> !m.isPending()).isEmpty()) {
            throw new ActionNotAllowedException("The contact person must be a member of the organisation");
        }
        organisation.contact(accountId);
        auditIfCoordinatorOnly(actorId, organisationId, "organisation.contact-changed");
    }

    @Override
    public void verify(long actorId, long organisationId) {
        requireCoordinator(actorId);
        existing(organisationId).verify();
        audit.record(actorId, "organisation.verified", "organisation", organisationId, null);
    }

    @Override
    public void merge(long actorId, long fromId, long intoId) {
        requireCoordinator(actorId);
        if (fromId == intoId) {
            throw new ActionNotAllowedException("An organisation cannot be merged into itself");
        }
        Organisation from = existing(fromId);
        Organisation into = existing(intoId);
        for (Membership m : em.createNamedQuery("Membership.ofOrganisation", Membership.class)
                .setParameter("organisation", fromId).getResultList()) {
            Optional<Membership> already = membership(intoId, m.getAccountId());
            if (already.isPresent()) {
                if (m.isActiveManager() && !already.get().isActiveManager()) {
                    already.get().accept(MemberRole.MANAGER, already.get().getTitle());
                }
                em.remove(m);
            } else {
                m.moveTo(intoId);
            }
        }
        into.absorb(from);
        OrganisationLogo fromLogo = em.find(OrganisationLogo.class, fromId);
        if (fromLogo != null && em.find(OrganisationLogo.class, intoId) == null) {
            em.persist(new OrganisationLogo(intoId, fromLogo.getContentType(), fromLogo.getBytes()));
        }
        em.createQuery("update Organisation o set o.mergedIntoId = :into where o.mergedIntoId = :from")
                .setParameter("into", intoId).setParameter("from", fromId).executeUpdate();
        audit.record(actorId, "organisation.merged", "organisation", intoId,
                "#" + fromId + " " + from.getName() + " → #" + intoId + " " + into.getName());
        merged.fire(new OrganisationsMerged(fromId, intoId));
    }

    private OrganisationView view(Organisation o) {
        String contactName = null;
        if (o.getContactId() != null) {
            Account contact = em.find(Account.class, o.getContactId());
            if (contact != null && contact.shows(ProfileField.NAME, Audience.VISITORS)) {
                contactName = contact.getDisplayName();
            }
        }
        return new OrganisationView(o.getId(), o.getName(), o.getKind(), o.getDescription(), o.getOffers(),
                o.getNeeds(), o.getWebsite(), o.getKvkNumber(), o.isVerified(), o.getMunicipalityCodes(),
                o.getThemeIds(), o.getContactId(), contactName,
                em.find(OrganisationLogo.class, o.getId()) != null);
    }

    private static OrganisationSummary summary(Organisation o) {
        return new OrganisationSummary(o.getId(), o.getName(), o.getKind(), o.isVerified(),
                o.getMunicipalityCodes());
    }

    private Organisation existing(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || organisation.isMerged()) {
            throw new UnknownOrganisationException(organisationId);
        }
        return organisation;
    }

    private Organisation editable(long actorId, long organisationId) {
        Organisation organisation = existing(organisationId);
        if (!mayEdit(actorId, organisationId)) {
            throw new ActionNotAllowedException("Only its managers and coordinators change an organisation");
        }
        return organisation;
    }

    private Membership existingMembership(long membershipId) {
        Membership membership = em.find(Membership.class, membershipId);
        if (membership == null) {
            throw new ActionNotAllowedException("No such membership");
        }
        return membership;
    }

    private Optional<Membership> membership(long organisationId, long accountId) {
        return em.createNamedQuery("Membership.find", Membership.class)
                .setParameter("organisation", organisationId).setParameter("account", accountId)
                .getResultStream().findFirst();
    }

    private boolean managerOf(long accountId, long organisationId) {
        return membership(organisationId, accountId).filter(Membership::isActiveManager).isPresent();
    }

    private long managers(long organisationId) {
        return em.createNamedQuery("Membership.ofOrganisation", Membership.class)
                .setParameter("organisation", organisationId).getResultStream()
                .filter(Membership::isActiveManager).count();
    }

    private Account member(long actorId) {
        Account account = em.find(Account.class, actorId);
        if (account == null || !account.isConfirmed()) {
            throw new ActionNotAllowedException("Only members can do this");
        }
        return account;
    }

    private boolean isCoordinator(long actorId) {
        Account account = em.find(Account.class, actorId);
        return account != null && account.actsAsCoordinator();
    }

    private void requireCoordinator(long actorId) {
        if (!isCoordinator(actorId)) {
            throw new ActionNotAllowedException("Coordinators only");
        }
    }

    /** Managers keep their own organisation; what a coordinator does to someone else's goes in the audit log. */
    private void auditIfCoordinatorOnly(long actorId, long organisationId, String action) {
        if (!managerOf(actorId, organisationId)) {
            audit.record(actorId, action, "organisation", organisationId, null);
        }
    }
}
