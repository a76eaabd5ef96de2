package nl.netwerkplaats.network.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;

/**
 * Organisations and initiatives, their members and their contact person. Every change takes the acting account
 * and is refused with {@link ActionNotAllowedException} unless that person manages the organisation or is a
 * coordinator.
 */
public interface Organisations {

    int MAX_TEXT = 4000;

    /**
     * Organisations and initiatives (not merged away) whose name contains this text, ignoring case, by name; for
     * pickers that suggest while someone types. Fewer than two characters find nothing.
     */
    List<OrganisationSummary> withNameContaining(String text, int max);

    /** Organisations whose name resembles this one and that work in one of these municipalities. */
    List<OrganisationSummary> similar(String name, Set<String> municipalityCodes);

    /**
     * Registers an organisation with the actor as its manager and contact person.
     *
     * @throws InvalidKvkNumberException, UnknownMunicipalityException, UnknownThemeException
     */
    OrganisationView register(long actorId, @Valid OrganisationDraft draft);

    OrganisationView update(long actorId, long organisationId, @Valid OrganisationDraft draft);

    /** The organisation, or the one it was merged into. */
    Optional<OrganisationView> find(long organisationId);

    boolean mayEdit(long actorId, long organisationId);

    /** @throws PictureRejectedException */
    void setLogo(long actorId, long organisationId, byte[] bytes);

    Optional<PictureData> logo(long organisationId);

    /** Asks to join; a manager accepts. */
    void requestMembership(long actorId, long organisationId);

    void acceptMember(long actorId, long membershipId, MemberRole role, String title);

    /** Managers remove members; members remove themselves. */
    void removeMember(long actorId, long membershipId);

    /**
     * The members a viewer may see: managers of the organisation and coordinators see all, including pending
     * requests; others see the people who made their memberships visible to them.
     */
    List<MembershipView> members(long organisationId, Long viewerId, Audience viewer);

    void setContact(long actorId, long organisationId, long accountId);

    /** Coordinators only. */
    void verify(long actorId, long organisationId);

    /**
     * Coordinators only: moves members, municipalities, themes and anything missing from {@code fromId} into
     * {@code intoId}; the absorbed organisation keeps its row and points to the survivor. Fires
     * {@link OrganisationsMerged} for the other modules.
     */
    void merge(long actorId, long fromId, long intoId);
}
