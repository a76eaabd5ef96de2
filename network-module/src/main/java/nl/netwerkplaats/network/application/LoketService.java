package nl.netwerkplaats.network.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import nl.netwerkplaats.kernel.reference.Municipality;
import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.AuditLog;
import nl.netwerkplaats.network.api.DomainContactDetails;
import nl.netwerkplaats.network.api.DomainContactView;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.network.api.Loket;
import nl.netwerkplaats.network.api.UnknownDomainContactException;
import nl.netwerkplaats.network.domain.DomainContact;
import nl.netwerkplaats.network.domain.FieldRules;
import nl.netwerkplaats.network.domain.Theme;

@Stateless
public class LoketService implements Loket {

    private static final String SUBJECT = "loket";

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** The loket holds at most a few entries per municipality and theme, so sorting in memory is cheap. */
    @Override
    public List<DomainContactView> search(String municipalityCode, Long themeId, int first, int max) {
        List<DomainContactView> found = new ArrayList<>(
                query("select c", DomainContact.class, municipalityCode, themeId, " join fetch c.theme")
                        .getResultStream().map(LoketService::view).toList());
        found.sort(ORDER);
        int from = Math.min(Math.max(0, first), found.size());
        return List.copyOf(found.subList(from, Math.min(found.size(), from + Math.max(0, max))));
    }

    @Override
    public long count(String municipalityCode, Long themeId) {
        return query("select count(c)", Long.class, municipalityCode, themeId, "").getSingleResult();
    }

    @Override
    public Optional<DomainContactView> find(long contactId) {
        return Optional.ofNullable(em.find(DomainContact.class, contactId)).map(LoketService::view);
    }

    @Override
    public List<DomainContactView> forOrganisation(Set<String> municipalityCodes, Set<Long> themeIds) {
        if (municipalityCodes == null || themeIds == null || municipalityCodes.isEmpty() || themeIds.isEmpty()) {
            return List.of();
        }
        // Unknown codes simply match nothing: an organisation page should not fail over an old code.
        Set<String> codes = municipalityCodes.stream().filter(Objects::nonNull)
                .map(c -> "GM" + c.strip().toUpperCase(Locale.ROOT).replaceFirst("^GM", ""))
                .collect(Collectors.toSet());
        return em.createQuery("select c from DomainContact c join fetch c.theme t"
                        + " where c.municipalityCode in :codes and t.id in :themes", DomainContact.class)
                .setParameter("codes", codes).setParameter("themes", themeIds)
                .getResultStream().map(LoketService::view).sorted(ORDER).toList();
    }

    @Override
    public DomainContactView add(long actorId, DomainContactDetails details) {
        CoordinatorCheck.requireCoordinator(em, actorId);
        DomainContact.validate(details);
        DomainContact contact = new DomainContact(details, activeTheme(details.themeId(), null), clock.instant());
        em.persist(contact);
        em.flush();
        audit.record(actorId, "loket.added", SUBJECT, contact.getId(), null);
        return view(contact);
    }

    @Override
    public DomainContactView update(long actorId, long contactId, DomainContactDetails details) {
        CoordinatorCheck.requireCoordinator(em, actorId);
        DomainContact contact = load(contactId);
        DomainContact.validate(details);
        contact.change(details, activeTheme(details.themeId(), contact.getTheme()), clock.instant());
        audit.record(actorId, "loket.changed", SUBJECT, contact.getId(), null);
        return view(contact);
    }

    @Override
    public void remove(long actorId, long contactId) {
        CoordinatorCheck.requireCoordinator(em, actorId);
        em.remove(load(contactId));
        audit.record(actorId, "loket.removed", SUBJECT, contactId, null);
    }

    /** A theme that can be chosen now; an entry may keep the retired theme it already has. */
    private Theme activeTheme(long themeId, Theme current) {
        Theme theme = em.find(Theme.class, themeId);
        boolean keepsItsTheme = current != null && current.getId() == themeId;
        if (theme == null || (theme.isRetired() && !keepsItsTheme)) {
            throw new InputRejectedException("themeId", InputRejectedException.Problem.UNKNOWN_THEME);
        }
        return theme;
    }

    private DomainContact load(long contactId) {
        DomainContact contact = em.find(DomainContact.class, contactId);
        if (contact == null) {
            throw new UnknownDomainContactException(contactId);
        }
        return contact;
    }

    /** @throws InputRejectedException when the municipality or the theme does not exist */
    private <T> TypedQuery<T> query(String select, Class<T> type, String municipalityCode, Long themeId,
                                    String fetch) {
        String code = municipalityCode == null || municipalityCode.isBlank() ? null
                : FieldRules.municipalityCode("municipalityCode", municipalityCode);
        if (themeId != null && em.find(Theme.class, themeId) == null) {
            throw new InputRejectedException("themeId", InputRejectedException.Problem.UNKNOWN_THEME);
        }
        StringBuilder jpql = new StringBuilder(select).append(" from DomainContact c").append(fetch)
                .append(" where 1 = 1");
        if (code != null) {
            jpql.append(" and c.municipalityCode = :code");
        }
        if (themeId != null) {
            jpql.append(" and c.theme.id = :theme");
        }
        TypedQuery<T> query = em.createQuery(jpql.toString(), type);
        if (code != null) {
            query.setParameter("code", code);
        }
        if (themeId != null) {
            query.setParameter("theme", themeId);
        }
        return query;
    }

    /** Position of each municipality in the reference data's Dutch alphabetical order, by CBS code. */
    private static final Map<String, Integer> MUNICIPALITY_ORDER = municipalityOrder();

    private static Map<String, Integer> municipalityOrder() {
        Map<String, Integer> order = new HashMap<>();
        List<Municipality> all = ReferenceData.get().municipalities();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i).cbsCode(), i);
        }
        return Map.copyOf(order);
    }

    private static final Comparator<DomainContactView> ORDER = Comparator
            .comparing((DomainContactView c) -> MUNICIPALITY_ORDER.getOrDefault(c.municipalityCode(),
                    Integer.MAX_VALUE))
            .thenComparing(DomainContactView::themeNameNl, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(DomainContactView::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(DomainContactView::id);

    static DomainContactView view(DomainContact c) {
        Theme t = c.getTheme();
        String municipality = ReferenceData.get().municipality(c.getMunicipalityCode())
                .map(Municipality::name).orElse(c.getMunicipalityCode());
        return new DomainContactView(c.getId(), c.getMunicipalityCode(), municipality, t.getId(), t.getNameNl(),
                t.getNameEn(), c.getName(), c.getRole(), c.getDepartment(), c.getEmail(), c.getPhone());
    }
}
