package nl.netwerkplaats.network.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The loket: per municipality and theme, who owns that domain at the municipality (name, role, department,
 * contact). Coordinators keep it; anyone can search it; organisation and initiative pages show the entries for
 * their municipalities and themes. Municipality codes are CBS codes like {@code GM0150}; {@code 0150} works too.
 */
public interface Loket {

    int MAX_NAME_LENGTH = 120;
    int MAX_ROLE_LENGTH = 120;
    int MAX_DEPARTMENT_LENGTH = 120;
    int MAX_EMAIL_LENGTH = 254;
    int MAX_PHONE_LENGTH = 30;

    /**
     * Entries sorted by municipality name, theme and name; a null or blank municipality or a null theme means any.
     *
     * @throws InputRejectedException when the municipality or theme does not exist
     */
    List<DomainContactView> search(String municipalityCode, Long themeId, int first, int max);

    long count(String municipalityCode, Long themeId);

    Optional<DomainContactView> find(long contactId);

    /** Entries whose municipality is one of these and whose theme is one of these; for organisation pages. */
    List<DomainContactView> forOrganisation(Set<String> municipalityCodes, Set<Long> themeIds);

    /**
     * @throws CoordinatorsOnlyException when the actor is neither coordinator nor administrator
     * @throws InputRejectedException    when a field is missing, too long, malformed, or names an unknown or
     *                                   retired theme or an unknown municipality
     */
    DomainContactView add(long actorId, DomainContactDetails details);

    /** @throws UnknownDomainContactException, CoordinatorsOnlyException, InputRejectedException */
    DomainContactView update(long actorId, long contactId, DomainContactDetails details);

    /** @throws UnknownDomainContactException, CoordinatorsOnlyException */
    void remove(long actorId, long contactId);
}
