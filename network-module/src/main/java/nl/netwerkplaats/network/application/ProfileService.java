package nl.netwerkplaats.network.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.MembershipView;
import nl.netwerkplaats.network.api.PersonView;
import nl.netwerkplaats.network.api.PictureData;
import nl.netwerkplaats.network.api.ProfileField;
import nl.netwerkplaats.network.api.ProfileUpdate;
import nl.netwerkplaats.network.api.ProfileView;
import nl.netwerkplaats.network.api.Profiles;
import nl.netwerkplaats.network.api.UnknownMunicipalityException;
import nl.netwerkplaats.network.api.UnknownThemeException;
import nl.netwerkplaats.network.domain.Account;
import nl.netwerkplaats.network.domain.AccountPhoto;
import nl.netwerkplaats.network.domain.Membership;
import nl.netwerkplaats.network.domain.Organisation;
import nl.netwerkplaats.network.domain.Picture;
import nl.netwerkplaats.network.domain.Theme;

@Stateless
public class ProfileService implements Profiles {

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    @Inject
    private Event<MatchCache.MatchInputsChanged> matchInputsChanged;

    @Override
    public ProfileView own(long accountId) {
        Account a = account(accountId);
        return new ProfileView(a.getId(), a.getDisplayName(), a.getEmail(), a.getNetworkRole(),
                a.getMunicipalityCode(), a.getBio(), a.getOffers(), a.getSeeks(), a.getThemeIds(), a.getLanguage(),
                a.getVisibility(), em.find(AccountPhoto.class, accountId) != null);
    }

    @Override
    public void update(long accountId, ProfileUpdate update) {
        if (update.municipalityCode() != null
                && ReferenceData.get().municipality(update.municipalityCode()).isEmpty()) {
            throw new UnknownMunicipalityException(update.municipalityCode());
        }
        Account account = account(accountId);
        for (long themeId : update.themeIds()) {
            Theme theme = em.find(Theme.class, themeId);
            boolean keptRetired = theme != null && account.getThemeIds().contains(themeId);
            if (theme == null || theme.isRetired() && !keptRetired) {
                throw new UnknownThemeException(themeId);
            }
        }
        account.updateProfile(update.displayName(), update.networkRole(), update.municipalityCode(), update.bio(),
                update.offers(), update.seeks(), update.themeIds(), update.language());
        account.setVisibility(update.visibility());
        em.flush();
        reindex(account);
        matchInputsChanged.fire(new MatchCache.MatchInputsChanged());
    }

    /**
     * Rebuilds what visitors and members can find of this person, from exactly the fields they may see
     * ({@code network.person_search_text}, shared with the server console's rebuild-search).
     */
    void reindex(Account account) {
        em.createNativeQuery(REINDEX_PERSON + " where id = ?1").setParameter(1, account.getId()).executeUpdate();
    }

    /** The statement behind {@link #reindex}; without a where clause it rebuilds every person. */
    public static final String REINDEX_PERSON = "update network.account"
            + " set public_search = to_tsvector('dutch', network.person_search_text(id, 'VISITORS')),"
            + " member_search = to_tsvector('dutch', network.person_search_text(id, 'MEMBERS'))";

    @Override
    public void setPhoto(long accountId, byte[] bytes) {
        account(accountId);
        String type = Picture.require(bytes);
        AccountPhoto photo = em.find(AccountPhoto.class, accountId);
        if (photo == null) {
            em.persist(new AccountPhoto(accountId, type, bytes));
        } else {
            photo.replace(type, bytes);
        }
    }

    @Override
    public void removePhoto(long accountId) {
        AccountPhoto photo = em.find(AccountPhoto.class, accountId);
        if (photo != null) {
            em.remove(photo);
        }
    }

    @Override
    public Optional<PersonView> person(long personId, Audience viewer) {
        Account a = em.find(Account.class, personId);
        if (a == null || !a.isConfirmed() || !a.shows(ProfileField.NAME, viewer)) {
            return Optional.empty();
        }
        List<MembershipView> memberships = !a.shows(ProfileField.MEMBERSHIPS, viewer) ? List.of()
                : em.createNamedQuery("Membership.ofAccount", Membership.class).setParameter("account", personId)
                .getResultStream().filter(m -> !m.isPending())
                .map(m -> {
                    Organisation o = em.find(Organisation.class, m.getOrganisationId());
                    return new MembershipView(m.getId(), o.getId(), o.getName(), personId, a.getDisplayName(), m.getRole(),
                            m.getTitle(), false);
                }).toList();
        return Optional.of(new PersonView(a.getId(), a.getDisplayName(), a.getNetworkRole(),
                a.shows(ProfileField.EMAIL, viewer) ? a.getEmail() : null,
                a.shows(ProfileField.MUNICIPALITY, viewer) ? a.getMunicipalityCode() : null,
                a.shows(ProfileField.BIO, viewer) ? a.getBio() : null,
                a.shows(ProfileField.OFFERS, viewer) ? a.getOffers() : null,
                a.shows(ProfileField.SEEKS, viewer) ? a.getSeeks() : null,
                a.shows(ProfileField.THEMES, viewer) ? a.getThemeIds() : Set.of(),
                a.shows(ProfileField.PHOTO, viewer) && em.find(AccountPhoto.class, personId) != null,
                memberships));
    }

    @Override
    public Optional<PictureData> photo(long personId, Audience viewer) {
        Account a = em.find(Account.class, personId);
        if (a == null || !a.isConfirmed() || !a.shows(ProfileField.PHOTO, viewer)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(AccountPhoto.class, personId))
                .map(p -> new PictureData(p.getContentType(), p.getBytes()));
    }

    @Override
    public Optional<PictureData> ownPhoto(long accountId) {
        return Optional.ofNullable(em.find(AccountPhoto.class, accountId))
                .map(p -> new PictureData(p.getContentType(), p.getBytes()));
    }

    private Account account(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new IllegalArgumentException("No account " + accountId);
        }
        return account;
    }
}
