package nl.netwerkplaats.network.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.eclipse.microprofile.config.ConfigProvider;

import nl.netwerkplaats.kernel.reference.Municipality;
import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.AuditLog;
import nl.netwerkplaats.network.api.ContributionKind;
import nl.netwerkplaats.network.api.ContributionMade;
import nl.netwerkplaats.network.api.HelpKind;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.network.api.InputRejectedException.Problem;
import nl.netwerkplaats.network.api.MatchCandidate;
import nl.netwerkplaats.network.api.MatchReason;
import nl.netwerkplaats.network.api.MatchStatus;
import nl.netwerkplaats.network.api.Outbox;
import nl.netwerkplaats.network.api.PartyKind;
import nl.netwerkplaats.network.api.ProfileField;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.network.api.Support;
import nl.netwerkplaats.network.api.SupportEventView;
import nl.netwerkplaats.network.api.SupportMatchView;
import nl.netwerkplaats.network.api.SupportOfferDraft;
import nl.netwerkplaats.network.api.SupportOfferView;
import nl.netwerkplaats.network.api.SupportRequestDraft;
import nl.netwerkplaats.network.api.SupportRequestFailed;
import nl.netwerkplaats.network.api.SupportRequestSummary;
import nl.netwerkplaats.network.api.SupportRequestView;
import nl.netwerkplaats.network.api.SupportStatus;
import nl.netwerkplaats.network.api.SupportTransitionException;
import nl.netwerkplaats.network.api.UnknownSupportRequestException;
import nl.netwerkplaats.network.domain.Account;
import nl.netwerkplaats.network.domain.FieldRules;
import nl.netwerkplaats.network.domain.MatchingWeights;
import nl.netwerkplaats.network.domain.Membership;
import nl.netwerkplaats.network.domain.Organisation;
import nl.netwerkplaats.network.domain.SupportEvent;
import nl.netwerkplaats.network.domain.SupportMatch;
import nl.netwerkplaats.network.domain.SupportOffer;
import nl.netwerkplaats.network.domain.SupportRequest;
import nl.netwerkplaats.network.domain.Theme;
import nl.netwerkplaats.network.infrastructure.SupportMails;

@Stateless
public class SupportService implements Support {

    /** Whether a requester may link their own request to the parties they choose (coordinators always may). */
    static final String REQUESTER_LINKS = "netwerkplaats.support.requester-links";

    private static final String OPEN = "('NEW', 'IN_PROGRESS', 'LINKED')";

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    @Inject
    private SupportMails mails;

    @Inject
    private Event<ContributionMade> contributions;

    @Inject
    private Event<SupportRequestFailed> failures;

    @Inject
    private Event<MatchCache.MatchInputsChanged> matchInputsChanged;

    @Inject
    private MatchCache matchCache;

    private final Clock clock = Clock.systemUTC();

    // ---- Requests ----

    @Override
    public SupportRequestView ask(long actorId, SupportRequestDraft draft) {
        Account actor = member(actorId);
        String title = FieldRules.required("title", draft.title(), MAX_TITLE_LENGTH);
        String need = FieldRules.required("need", draft.need(), MAX_TEXT_LENGTH);
        String reason = FieldRules.optional("reason", draft.reason(), MAX_TEXT_LENGTH);
        Set<Long> themes = activeThemes(draft.themeIds());
        String municipality = FieldRules.municipalityCode("municipalityCode", draft.municipalityCode());
        if (draft.urgency() == null) {
            throw new InputRejectedException("urgency", Problem.REQUIRED);
        }
        if (draft.helpKinds().isEmpty()) {
            throw new InputRejectedException("helpKinds", Problem.REQUIRED);
        }
        Long organisationId = draft.organisationId();
        if (organisationId != null) {
            requireMemberOf(actor.getId(), organisationId);
        }
        SupportRequest request = new SupportRequest(actor.getId(), organisationId, title, need, reason, themes,
                municipality, draft.urgency(), draft.helpKinds(), clock.instant());
        em.persist(request);
        em.flush();
        history(request, actorId, "POSTED", null);
        return view(request, actor);
    }

    @Override
    public List<SupportRequestSummary> requests(String text, Long themeId, SupportStatus status, boolean openOnly,
                                                Long viewerId, int first, int max) {
        Audience audience = viewerId == null ? Audience.VISITORS : Audience.MEMBERS;
        Query query = requestFilter("select r.id", text, themeId, status, openOnly,
                hasText(text) ? " order by ts_rank(r.search, websearch_to_tsquery('dutch', ?1)) desc, r.id desc"
                        : " order by r.created_at desc, r.id desc");
        List<SupportRequestSummary> found = new ArrayList<>();
        for (Object id : query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(0, max)).getResultList()) {
            found.add(summary(em.find(SupportRequest.class, ((Number) id).longValue()), audience));
        }
        return found;
    }

    @Override
    public long countRequests(String text, Long themeId, SupportStatus status, boolean openOnly) {
        return ((Number) requestFilter("select count(*)", text, themeId, status, openOnly, "").getSingleResult())
                .longValue();
    }

    private Query requestFilter(String select, String text, Long themeId, SupportStatus status, boolean openOnly,
                                String order) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (hasText(text)) {
            where.append(" and r.search @@ websearch_to_tsquery('dutch', ?1)");
        }
        if (themeId != null) {
            where.append(" and exists (select 1 from network.support_request_theme t where t.request_id = r.id"
                    + " and t.theme_id = ?2)");
        }
        if (status != null) {
            where.append(" and r.status = ?3");
        } else if (openOnly) {
            where.append(" and r.status in ").append(OPEN);
        }
        Query query = em.createNativeQuery(select + " from network.support_request r" + where + order);
        if (hasText(text)) {
            query.setParameter(1, text.strip());
        }
        if (themeId != null) {
            query.setParameter(2, themeId);
        }
        if (status != null) {
            query.setParameter(3, status.name());
        }
        return query;
    }

    @Override
    public List<SupportRequestSummary> askedBy(long accountId) {
        return em.createNamedQuery("SupportRequest.byRequester", SupportRequest.class)
                .setParameter("account", accountId).getResultStream()
                .map(r -> summary(r, Audience.MEMBERS)).toList();
    }

    @Override
    public Optional<SupportRequestView> request(long requestId, Long viewerId) {
        SupportRequest request = em.find(SupportRequest.class, requestId);
        if (request == null) {
            return Optional.empty();
        }
        Account viewer = viewerId == null ? null : em.find(Account.class, viewerId);
        return Optional.of(view(request, viewer));
    }

    @Override
    public SupportRequestView changeStatus(long actorId, long requestId, SupportStatus to, String lesson) {
        matchInputsChanged.fire(new MatchCache.MatchInputsChanged());
        Account actor = member(actorId);
        SupportRequest request = loadRequest(requestId);
        if (!mayManage(actor, request)) {
            throw new ActionNotAllowedException("Only the requester, its contact person or a coordinator");
        }
        List<SupportMatch> matches = matchesOf(request);
        SupportStatus from = request.getStatus();
        request.moveTo(to, lesson, matches.stream().anyMatch(m -> m.getStatus() == MatchStatus.ACCEPTED),
                clock.instant());
        history(request, actorId, to == SupportStatus.FAILED ? "FAILED" : "STATUS",
                to == SupportStatus.FAILED ? request.getLesson() : to.name());
        if (to == SupportStatus.COMPLETED) {
            // Everyone who said yes to helping shares the success.
            for (SupportMatch match : matches) {
                if (match.getStatus() == MatchStatus.ACCEPTED && match.getAnsweredBy() != null) {
                    contributions.fire(new ContributionMade(match.getAnsweredBy(), ContributionKind.MATCH_SUCCEEDED,
                            "support-request:" + request.getId() + ":match:" + match.getId()));
                }
            }
        }
        if (to == SupportStatus.FAILED) {
            tellLesson(request, actor);
            failures.fire(new SupportRequestFailed(request.getId(), actorId));
        }
        if (actor.actsAsCoordinator() && actorId != request.getRequesterId()) {
            audit.record(actorId, "support.status", "support_request", requestId, from + " -> " + to);
        }
        return view(request, actor);
    }

    /**
     * "Pass the story on": the lesson of a failed request goes to the coordinators and the contact person (not to
     * whoever wrote it), in their language.
     */
    private void tellLesson(SupportRequest request, Account actor) {
        Map<Long, Account> recipients = new LinkedHashMap<>();
        for (Account coordinator : coordinators()) {
            recipients.put(coordinator.getId(), coordinator);
        }
        Account contact = request.getContactPersonId() == null ? null
                : em.find(Account.class, request.getContactPersonId());
        if (contact != null && contact.isConfirmed()) {
            recipients.put(contact.getId(), contact);
        }
        recipients.remove(actor.getId());
        String link = mails.link("netwerk/steun/vraag.xhtml?id=" + request.getId());
        for (Account recipient : recipients.values()) {
            SupportMails.Mail mail = mails.failed(recipient.getLanguage(), recipient.getDisplayName(),
                    request.getTitle(), request.getLesson(), actor.getDisplayName(), link);
            outbox.queue(recipient.getEmail(), mail.subject(), mail.body());
        }
    }

    /** Confirmed, unlocked accounts with the coordinator role, by name. */
    private List<Account> coordinators() {
        return em.createQuery("select a from Account a where :role member of a.roles order by a.displayName, a.id",
                        Account.class)
                .setParameter("role", Role.COORDINATOR).getResultStream()
                .filter(a -> a.isConfirmed() && a.lockedFor(clock.instant()).isZero()).toList();
    }

    @Override
    public Map<Long, String> contactPersons(long actorId, long requestId) {
        Account actor = member(actorId);
        SupportRequest request = loadRequest(requestId);
        if (!mayLink(actor, request)) {
            throw new ActionNotAllowedException("Only who may link a request chooses its contact person");
        }
        Map<Long, String> choices = new LinkedHashMap<>();
        choices.put(actor.getId(), actor.getDisplayName());
        Account requester = em.find(Account.class, request.getRequesterId());
        if (requester != null) {
            choices.putIfAbsent(requester.getId(), requester.getDisplayName());
        }
        for (Account coordinator : coordinators()) {
            choices.putIfAbsent(coordinator.getId(), coordinator.getDisplayName());
        }
        return choices;
    }

    // ---- Offers ----

    @Override
    public SupportOfferView offer(long actorId, SupportOfferDraft draft) {
        matchInputsChanged.fire(new MatchCache.MatchInputsChanged());
        Account actor = member(actorId);
        String title = FieldRules.required("title", draft.title(), MAX_TITLE_LENGTH);
        String description = FieldRules.required("description", draft.description(), MAX_TEXT_LENGTH);
        Set<Long> themes = activeThemes(draft.themeIds());
        String municipality = draft.municipalityCode() == null || draft.municipalityCode().isBlank() ? null
                : FieldRules.municipalityCode("municipalityCode", draft.municipalityCode());
        if (draft.helpKinds().isEmpty()) {
            throw new InputRejectedException("helpKinds", Problem.REQUIRED);
        }
        if (draft.organisationId() != null) {
            requireMemberOf(actorId, draft.organisationId());
        }
        SupportOffer offer = new SupportOffer(actorId, draft.organisationId(), title, description, themes,
                municipality, draft.helpKinds(), clock.instant());
        em.persist(offer);
        em.flush();
        return view(offer, actor);
    }

    @Override
    public List<SupportOfferView> offers(String text, Long themeId, Long viewerId, int first, int max) {
        Account viewer = viewerId == null ? null : em.find(Account.class, viewerId);
        Query query = offerFilter("select f.id", text, themeId,
                hasText(text) ? " order by ts_rank(f.search, websearch_to_tsquery('dutch', ?1)) desc, f.id desc"
                        : " order by f.created_at desc, f.id desc");
        List<SupportOfferView> found = new ArrayList<>();
        for (Object id : query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(0, max)).getResultList()) {
            found.add(view(em.find(SupportOffer.class, ((Number) id).longValue()), viewer));
        }
        return found;
    }

    @Override
    public long countOffers(String text, Long themeId) {
        return ((Number) offerFilter("select count(*)", text, themeId, "").getSingleResult()).longValue();
    }

    private Query offerFilter(String select, String text, Long themeId, String order) {
        StringBuilder where = new StringBuilder(" where f.active");
        if (hasText(text)) {
            where.append(" and f.search @@ websearch_to_tsquery('dutch', ?1)");
        }
        if (themeId != null) {
            where.append(" and exists (select 1 from network.support_offer_theme t where t.offer_id = f.id"
                    + " and t.theme_id = ?2)");
        }
        Query query = em.createNativeQuery(select + " from network.support_offer f" + where + order);
        if (hasText(text)) {
            query.setParameter(1, text.strip());
        }
        if (themeId != null) {
            query.setParameter(2, themeId);
        }
        return query;
    }

    @Override
    public List<SupportOfferView> offersBy(long accountId) {
        Account viewer = em.find(Account.class, accountId);
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select id from network.support_offer where author_id = ?1 and active "
                + "order by created_at desc, id desc").setParameter(1, accountId).getResultList();
        return ids.stream().map(id -> view(em.find(SupportOffer.class, ((Number) id).longValue()), viewer)).toList();
    }

    @Override
    public void withdrawOffer(long actorId, long offerId) {
        matchInputsChanged.fire(new MatchCache.MatchInputsChanged());
        Account actor = member(actorId);
        SupportOffer offer = em.find(SupportOffer.class, offerId);
        if (offer == null) {
            throw new UnknownSupportRequestException(offerId);
        }
        if (offer.getAuthorId() != actorId && !actor.actsAsCoordinator()) {
            throw new ActionNotAllowedException("Only the author or a coordinator withdraws an offer");
        }
        offer.withdraw();
        if (offer.getAuthorId() != actorId) {
            audit.record(actorId, "support.offer.withdrawn", "support_offer", offerId, offer.getTitle());
        }
    }

    // ---- Matching ----

    @Override
    public List<MatchCandidate> matches(long actorId, long requestId, int max) {
        Account actor = member(actorId);
        SupportRequest request = loadRequest(requestId);
        if (!mayManage(actor, request) && !mayLink(actor, request)) {
            throw new ActionNotAllowedException("Only the requester, its contact person or a coordinator");
        }
        String province = ReferenceData.get().municipality(request.getMunicipalityCode())
                .map(Municipality::provinceCode).orElse(null);
        String provinceMunicipalities = province == null ? "" : ReferenceData.get().municipalitiesIn(province)
                .stream().map(Municipality::cbsCode).collect(Collectors.joining(","));
        String text = request.getTitle() + "\n" + request.getNeed()
                + (request.getReason() == null ? "" : "\n" + request.getReason());
        String themes = request.getThemeIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        String helpKinds = request.getHelpKinds().stream().map(Enum::name).collect(Collectors.joining(","));

        int limit = Math.max(1, Math.min(max, 200));
        @SuppressWarnings("unchecked")
        Supplier<List<Object[]>> query = () -> em.createNativeQuery(MATCHING_SQL)
                .setParameter(1, text).setParameter(2, themes).setParameter(3, request.getMunicipalityCode())
                .setParameter(4, provinceMunicipalities).setParameter(5, request.getRequesterId())
                .setParameter(6, request.getOrganisationId() == null ? -1L : request.getOrganisationId())
                .setParameter(7, helpKinds).setParameter(8, limit)
                .setParameter(9, MatchingWeights.COMMON_WORD_SHARE)
                .getResultList();
        List<Object[]> rows = matchCache.rows(request.getId(), limit, query);

        Map<String, MatchStatus> linked = new HashMap<>();
        for (SupportMatch match : matchesOf(request)) {
            linked.put(match.getPartyKind() + ":" + match.getPartyId(), match.getStatus());
        }
        List<MatchCandidate> candidates = new ArrayList<>();
        for (Object[] r : rows) {
            PartyKind kind = PartyKind.valueOf((String) r[0]);
            long id = ((Number) r[1]).longValue();
            List<Long> sharedThemes = split((String) r[3]).stream().map(Long::valueOf).sorted().toList();
            MatchingWeights.Place place = MatchingWeights.Place.of(((Number) r[4]).intValue());
            double textSimilarity = ((Number) r[5]).doubleValue();
            List<String> sharedHelp = split((String) r[6]);
            int successes = ((Number) r[7]).intValue();
            double score = ((Number) r[8]).doubleValue();

            List<MatchReason> reasons = new ArrayList<>();
            if (kind == PartyKind.OFFER) {
                reasons.add(new MatchReason(MatchReason.Code.OFFERED, (String) r[2]));
            }
            sharedThemes.forEach(t -> reasons.add(new MatchReason(MatchReason.Code.SAME_THEME, t.toString())));
            if (place == MatchingWeights.Place.SAME_MUNICIPALITY) {
                reasons.add(new MatchReason(MatchReason.Code.SAME_MUNICIPALITY, request.getMunicipalityCode()));
            } else if (place == MatchingWeights.Place.SAME_PROVINCE) {
                reasons.add(new MatchReason(MatchReason.Code.SAME_PROVINCE, province));
            }
            sharedHelp.forEach(h -> reasons.add(new MatchReason(MatchReason.Code.OFFERS_HELP, h)));
            if (textSimilarity >= MatchingWeights.TEXT_REASON_THRESHOLD) {
                reasons.add(new MatchReason(MatchReason.Code.TEXT_SIMILAR, null));
            }
            if (successes > 0) {
                reasons.add(new MatchReason(MatchReason.Code.EARLIER_SUCCESS, Integer.toString(successes)));
            }
            candidates.add(new MatchCandidate(kind, id, partyName(kind, id, actor), score, reasons,
                    linked.get(kind + ":" + id)));
        }
        return candidates;
    }

    /**
     * One statement ranks every kind of candidate. Candidates are first found through the indexes (Dutch text
     * over the GIN indexes, shared themes, the same municipality), then scored with {@link MatchingWeights}, and
     * only the best rows leave the database. The request's words become an OR query of its Dutch lexemes, so an
     * offer that shares some words ranks by how many and how weighty. Words that PostgreSQL's statistics show in
     * more than {@link MatchingWeights#COMMON_WORD_SHARE} of a table's rows ("wijk", "buurt") still count in the
     * score but do not make a row a candidate on their own: otherwise nearly every organisation would have to be
     * ranked, which made one ranking take 200 ms on 10,000 organisations and 20,000 offers. People count only with the consent they
     * gave to members: their name must be open to members (a partial index finds those people first), and their themes, municipality and texts count only
     * when those are open too ({@code member_search} holds only the member-visible fields).
     */
    private static final String MATCHING_SQL = """
            with lex as materialized (select distinct lexeme from unnest(to_tsvector('dutch', ?1))),
            common as materialized (
              select s.tablename, e.lexeme from pg_stats s,
                unnest(cast(cast(s.most_common_elems as text) as text[]), s.most_common_elem_freqs) as e(lexeme, share)
              where s.schemaname = 'network' and e.lexeme is not null and e.share > ?9
                and ((s.tablename in ('organisation', 'support_offer') and s.attname = 'search')
                     or (s.tablename = 'account' and s.attname = 'member_search'))),
            q as materialized (
              select coalesce((select to_tsquery('simple', string_agg(quote_literal(lexeme), ' | ')) from lex),
                              cast('' as tsquery)) as tsq,
                     coalesce((select to_tsquery('simple', string_agg(quote_literal(l.lexeme), ' | ')) from lex l
                               where l.lexeme not in (select c.lexeme from common c
                                                      where c.tablename = 'organisation')),
                              cast('' as tsquery)) as org_tsq,
                     coalesce((select to_tsquery('simple', string_agg(quote_literal(l.lexeme), ' | ')) from lex l
                               where l.lexeme not in (select c.lexeme from common c where c.tablename = 'account')),
                              cast('' as tsquery)) as person_tsq,
                     coalesce((select to_tsquery('simple', string_agg(quote_literal(l.lexeme), ' | ')) from lex l
                               where l.lexeme not in (select c.lexeme from common c
                                                      where c.tablename = 'support_offer')),
                              cast('' as tsquery)) as offer_tsq,
                     cast(string_to_array(?2, ',') as bigint[]) as themes,
                     string_to_array(?4, ',') as province,
                     string_to_array(?7, ',') as help),
            succ as materialized (
              select m.party_kind, m.party_id, count(*) as n from network.support_match m
              join network.support_request r on r.id = m.request_id
              where m.status = 'ACCEPTED' and r.status = 'COMPLETED' group by m.party_kind, m.party_id),
            org_cand as (
              select o.id from network.organisation o, q where o.search @@ q.org_tsq
              union select t.organisation_id from network.organisation_theme t, q where t.theme_id = any(q.themes)
              union select m.organisation_id from network.organisation_municipality m where m.municipality_code = ?3),
            offer_cand as (
              select f.id from network.support_offer f, q where f.active and f.search @@ q.offer_tsq
              union select t.offer_id from network.support_offer_theme t, q where t.theme_id = any(q.themes)
              union select f.id from network.support_offer f where f.active and f.municipality_code = ?3),
            signals as (
              select 'ORGANISATION' as kind, o.id, o.name,
                (select string_agg(cast(t.theme_id as varchar), ',') from network.organisation_theme t
                  where t.organisation_id = o.id and t.theme_id = any(q.themes)) as themes,
                (select coalesce(max(case when m.municipality_code = ?3 then 2
                                          when m.municipality_code = any(q.province) then 1 else 0 end), 0)
                   from network.organisation_municipality m where m.organisation_id = o.id) as place,
                case when o.search @@ q.tsq then ts_rank(o.search, q.tsq, 32) else 0 end as text,
                cast(null as varchar) as help,
                coalesce(s.n, 0) as successes
              from org_cand c join network.organisation o on o.id = c.id cross join q
              left join succ s on s.party_kind = 'ORGANISATION' and s.party_id = o.id
              where o.merged_into_id is null and o.id <> ?6
              union all
              select 'PERSON', a.id, a.display_name,
                case when vt.account_id is not null then
                  (select string_agg(cast(t.theme_id as varchar), ',') from network.account_theme t
                    where t.account_id = a.id and t.theme_id = any(q.themes)) end,
                case when vm.account_id is null then 0 when a.municipality_code = ?3 then 2
                     when a.municipality_code = any(q.province) then 1 else 0 end,
                case when a.member_search @@ q.tsq then ts_rank(a.member_search, q.tsq, 32) else 0 end,
                null, coalesce(s.n, 0)
              from network.profile_visibility vn join network.account a on a.id = vn.account_id cross join q
              left join network.profile_visibility vt on vt.account_id = a.id and vt.field = 'THEMES'
                and vt.audience in ('VISITORS', 'MEMBERS')
              left join network.profile_visibility vm on vm.account_id = a.id and vm.field = 'MUNICIPALITY'
                and vm.audience in ('VISITORS', 'MEMBERS')
              left join succ s on s.party_kind = 'PERSON' and s.party_id = a.id
              where vn.field = 'NAME' and vn.audience in ('VISITORS', 'MEMBERS') and a.status = 'ACTIVE'
                and a.id <> ?5
                and (a.member_search @@ q.person_tsq
                     or (vm.account_id is not null and a.municipality_code = ?3)
                     or (vt.account_id is not null and exists (select 1 from network.account_theme t
                         where t.account_id = a.id and t.theme_id = any(q.themes))))
              union all
              select 'OFFER', f.id, f.title,
                (select string_agg(cast(t.theme_id as varchar), ',') from network.support_offer_theme t
                  where t.offer_id = f.id and t.theme_id = any(q.themes)),
                case when f.municipality_code = ?3 then 2 when f.municipality_code = any(q.province) then 1 else 0 end,
                case when f.search @@ q.tsq then ts_rank(f.search, q.tsq, 32) else 0 end,
                (select string_agg(h.help_kind, ',' order by h.help_kind) from network.support_offer_help h
                  where h.offer_id = f.id and h.help_kind = any(q.help)),
                coalesce(s.n, 0)
              from offer_cand c join network.support_offer f on f.id = c.id cross join q
              left join succ s on s.party_kind = 'OFFER' and s.party_id = f.id
              where f.active and f.author_id <> ?5),
            scored as (
              select kind, id, name, themes, place, text, help, successes, """
            + MatchingWeights.sqlScore("coalesce(array_length(string_to_array(themes, ','), 1), 0)", "place",
                    "text", "coalesce(array_length(string_to_array(help, ','), 1), 0)", "successes")
            + """
             as score from signals)
            select kind, id, name, themes, place, text, help, successes, score from scored
            where score > 0 order by score desc, kind, id limit ?8
            """;

    @Override
    public boolean mayLink(long actorId, long requestId) {
        Account actor = em.find(Account.class, actorId);
        SupportRequest request = em.find(SupportRequest.class, requestId);
        return actor != null && request != null && mayLink(actor, request);
    }

    private boolean mayLink(Account actor, SupportRequest request) {
        return actor.actsAsCoordinator() || (actor.getId() == request.getRequesterId() && requesterMayLink());
    }

    private static boolean requesterMayLink() {
        return ConfigProvider.getConfig().getOptionalValue(REQUESTER_LINKS, Boolean.class).orElse(false);
    }

    // ---- Linking ----

    @Override
    public SupportRequestView link(long actorId, long requestId, List<PartyRef> parties, long contactPersonId) {
        matchInputsChanged.fire(new MatchCache.MatchInputsChanged());
        Account actor = member(actorId);
        SupportRequest request = loadRequest(requestId);
        if (!mayLink(actor, request)) {
            throw new ActionNotAllowedException("Only a coordinator links a request");
        }
        if (!request.getStatus().isOpen()) {
            throw new SupportTransitionException(request.getStatus(), SupportStatus.LINKED);
        }
        if (parties == null || parties.isEmpty()) {
            throw new InputRejectedException("parties", Problem.REQUIRED);
        }
        Account contact = em.find(Account.class, contactPersonId);
        if (contact == null || !(contactPersonId == actorId || contactPersonId == request.getRequesterId()
                || contact.actsAsCoordinator())) {
            throw new InputRejectedException("contactPersonId", Problem.REQUIRED);
        }
        Set<String> already = matchesOf(request).stream().map(m -> m.getPartyKind() + ":" + m.getPartyId())
                .collect(Collectors.toSet());
        List<SupportMatch> added = new ArrayList<>();
        for (PartyRef party : new LinkedHashSet<>(parties)) {
            requireLinkable(party, request);
            if (already.add(party.kind() + ":" + party.id())) {
                SupportMatch match = new SupportMatch(request.getId(), party.kind(), party.id(), actorId,
                        clock.instant());
                em.persist(match);
                added.add(match);
            }
        }
        Long previousContact = request.getContactPersonId();
        request.linked(contactPersonId, clock.instant());
        em.flush();
        for (SupportMatch match : added) {
            String name = partyName(match.getPartyKind(), match.getPartyId(), null);
            history(request, actorId, "LINKED", name);
            for (Account recipient : answerers(match.getPartyKind(), match.getPartyId())) {
                SupportMails.Mail mail = mails.linked(recipient.getLanguage(), recipient.getDisplayName(),
                        request.getTitle(), request.getNeed(), contact.getDisplayName(), mails.link("mijn/steun.xhtml"));
                outbox.queue(recipient.getEmail(), mail.subject(), mail.body());
            }
        }
        if (!Objects.equals(previousContact, contactPersonId)) {
            history(request, actorId, "CONTACT", contact.getDisplayName());
        }
        if (actor.actsAsCoordinator()) {
            audit.record(actorId, "support.linked", "support_request", requestId, added.stream()
                    .map(m -> m.getPartyKind() + ":" + m.getPartyId()).collect(Collectors.joining(", ")));
        }
        return view(request, actor);
    }

    private void requireLinkable(PartyRef party, SupportRequest request) {
        boolean exists = switch (party.kind()) {
            case ORGANISATION -> {
                Organisation o = em.find(Organisation.class, party.id());
                yield o != null && !o.isMerged();
            }
            case PERSON -> {
                Account a = em.find(Account.class, party.id());
                yield a != null && a.isConfirmed() && a.getId() != request.getRequesterId()
                        && a.shows(ProfileField.NAME, Audience.MEMBERS);
            }
            case OFFER -> {
                SupportOffer f = em.find(SupportOffer.class, party.id());
                yield f != null && f.isActive();
            }
        };
        if (!exists) {
            throw new InputRejectedException("parties", Problem.REQUIRED);
        }
    }

    @Override
    public List<SupportMatchView> matchesFor(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("""
                select m.id from network.support_match m
                where (m.party_kind = 'PERSON' and m.party_id = ?1)
                   or (m.party_kind = 'OFFER' and m.party_id in
                        (select f.id from network.support_offer f where f.author_id = ?1))
                   or (m.party_kind = 'ORGANISATION' and m.party_id in
                        (select o.id from network.organisation o where o.contact_id = ?1
                         union select s.organisation_id from network.membership s
                         where s.account_id = ?1 and s.role = 'MANAGER' and not s.pending))
                order by m.linked_at desc, m.id desc""").setParameter(1, accountId).getResultList();
        Account viewer = em.find(Account.class, accountId);
        return ids.stream().map(id -> em.find(SupportMatch.class, ((Number) id).longValue()))
                .map(m -> view(m, em.find(SupportRequest.class, m.getRequestId()), viewer)).toList();
    }

    @Override
    public SupportMatchView answer(long actorId, long matchId, boolean accept) {
        matchInputsChanged.fire(new MatchCache.MatchInputsChanged());
        Account actor = member(actorId);
        SupportMatch match = em.find(SupportMatch.class, matchId);
        if (match == null) {
            throw new UnknownSupportRequestException(matchId);
        }
        if (!answersFor(actorId, match.getPartyKind(), match.getPartyId())) {
            throw new ActionNotAllowedException("Only the linked party answers");
        }
        SupportRequest request = loadRequest(match.getRequestId());
        if (!request.getStatus().isOpen()) {
            throw new SupportTransitionException(request.getStatus(), request.getStatus());
        }
        if (match.getStatus() == (accept ? MatchStatus.ACCEPTED : MatchStatus.DECLINED)) {
            return view(match, request, actor);
        }
        match.answer(accept, actorId, clock.instant());
        String name = partyName(match.getPartyKind(), match.getPartyId(), null);
        history(request, actorId, accept ? "ACCEPTED" : "DECLINED", name);
        if (accept) {
            contributions.fire(new ContributionMade(actorId, ContributionKind.ANSWERED_REQUEST,
                    "support-match:" + match.getId()));
        } else if (matchesOf(request).stream().allMatch(m -> m.getStatus() == MatchStatus.DECLINED)
                && request.getStatus() == SupportStatus.LINKED) {
            request.reopen(clock.instant());
            history(request, null, "REOPENED", null);
        }
        Account contact = request.getContactPersonId() == null ? null
                : em.find(Account.class, request.getContactPersonId());
        if (contact != null) {
            SupportMails.Mail mail = mails.answered(contact.getLanguage(), contact.getDisplayName(),
                    request.getTitle(), name, accept, mails.link("netwerk/steun/vraag.xhtml?id=" + request.getId()));
            outbox.queue(contact.getEmail(), mail.subject(), mail.body());
        }
        return view(match, request, actor);
    }

    @Override
    public Map<Long, String> organisationsOf(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select o.id, o.name from network.organisation o "
                + "join network.membership m on m.organisation_id = o.id where m.account_id = ?1 and not m.pending "
                + "and o.merged_into_id is null order by lower(o.name), o.id").setParameter(1, accountId)
                .getResultList();
        Map<Long, String> organisations = new java.util.LinkedHashMap<>();
        rows.forEach(r -> organisations.put(((Number) r[0]).longValue(), (String) r[1]));
        return organisations;
    }

    // ---- Who may do what ----

    private boolean mayManage(Account actor, SupportRequest request) {
        return actor != null && (actor.actsAsCoordinator() || actor.getId() == request.getRequesterId()
                || Objects.equals(actor.getId(), request.getContactPersonId()));
    }

    /** The requester, coordinators, the contact person, and parties linked to it that did not decline. */
    private boolean privileged(Account viewer, SupportRequest request, List<SupportMatch> matches) {
        if (viewer == null) {
            return false;
        }
        return mayManage(viewer, request) || matches.stream().anyMatch(m -> m.getStatus() != MatchStatus.DECLINED
                && answersFor(viewer.getId(), m.getPartyKind(), m.getPartyId()));
    }

    private boolean answersFor(long accountId, PartyKind kind, long partyId) {
        return answerers(kind, partyId).stream().anyMatch(a -> a.getId() == accountId);
    }

    /** Who answers for a party and gets its mail: the person; the offer's author; the organisation's contact and managers. */
    private List<Account> answerers(PartyKind kind, long partyId) {
        Set<Long> ids = new LinkedHashSet<>();
        switch (kind) {
            case PERSON -> ids.add(partyId);
            case OFFER -> Optional.ofNullable(em.find(SupportOffer.class, partyId))
                    .ifPresent(f -> ids.add(f.getAuthorId()));
            case ORGANISATION -> {
                Organisation o = em.find(Organisation.class, partyId);
                if (o != null && o.getContactId() != null) {
                    ids.add(o.getContactId());
                }
                em.createNamedQuery("Membership.ofOrganisation", Membership.class)
                        .setParameter("organisation", partyId).getResultStream()
                        .filter(Membership::isActiveManager).forEach(m -> ids.add(m.getAccountId()));
            }
        }
        return ids.stream().map(id -> em.find(Account.class, id)).filter(Objects::nonNull).toList();
    }

    private void requireMemberOf(long accountId, long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        boolean member = organisation != null && !organisation.isMerged()
                && em.createNamedQuery("Membership.find", Membership.class)
                .setParameter("organisation", organisationId).setParameter("account", accountId)
                .getResultStream().anyMatch(m -> !m.isPending());
        if (!member) {
            throw new ActionNotAllowedException("Only members act for an organisation");
        }
    }

    private Account member(long actorId) {
        Account actor = em.find(Account.class, actorId);
        if (actor == null || !actor.isConfirmed()) {
            throw new ActionNotAllowedException("No confirmed member " + actorId);
        }
        return actor;
    }

    // ---- Views ----

    private SupportRequestView view(SupportRequest r, Account viewer) {
        List<SupportMatch> matches = matchesOf(r);
        boolean privileged = privileged(viewer, r, matches);
        Audience audience = viewer == null ? Audience.VISITORS : Audience.MEMBERS;
        Account requester = privileged ? em.find(Account.class, r.getRequesterId()) : null;
        Account contact = privileged && r.getContactPersonId() != null
                ? em.find(Account.class, r.getContactPersonId()) : null;
        List<SupportMatchView> matchViews = privileged
                ? matches.stream().map(m -> view(m, r, viewer)).toList() : List.of();
        List<SupportEventView> history = privileged ? em.createNamedQuery("SupportEvent.ofRequest",
                        SupportEvent.class).setParameter("request", r.getId()).getResultStream()
                .map(e -> new SupportEventView(e.getAt(), nameOf(e.getActorId()), e.getKind(), e.getDetail()))
                .toList() : List.of();
        return new SupportRequestView(r.getId(), r.getTitle(), r.getNeed(), r.getReason(), sorted(r.getThemeIds()),
                r.getMunicipalityCode(), r.getUrgency(), sortedKinds(r.getHelpKinds()), r.getStatus(), r.getLesson(),
                askedBy(r, audience), r.getOrganisationId(), r.getCreatedAt(), privileged,
                viewer != null && mayManage(viewer, r), viewer != null && mayLink(viewer, r),
                requester == null ? null : requester.getId(), requester == null ? null : requester.getDisplayName(),
                requester == null ? null : requester.getEmail(),
                contact == null ? null : contact.getDisplayName(), contact == null ? null : contact.getEmail(),
                matchViews, history);
    }

    private SupportRequestSummary summary(SupportRequest r, Audience audience) {
        return new SupportRequestSummary(r.getId(), r.getTitle(), r.getNeed(), sorted(r.getThemeIds()),
                r.getMunicipalityCode(), r.getUrgency(), sortedKinds(r.getHelpKinds()), r.getStatus(),
                askedBy(r, audience), r.getCreatedAt());
    }

    private String askedBy(SupportRequest r, Audience audience) {
        if (r.getOrganisationId() != null) {
            Organisation o = em.find(Organisation.class, r.getOrganisationId());
            if (o != null) {
                return o.getName();
            }
        }
        Account requester = em.find(Account.class, r.getRequesterId());
        return requester != null && requester.shows(ProfileField.NAME, audience) ? requester.getDisplayName() : null;
    }

    private SupportOfferView view(SupportOffer f, Account viewer) {
        Audience audience = viewer == null ? Audience.VISITORS : Audience.MEMBERS;
        String by = null;
        if (f.getOrganisationId() != null) {
            Organisation o = em.find(Organisation.class, f.getOrganisationId());
            by = o == null ? null : o.getName();
        } else {
            Account author = em.find(Account.class, f.getAuthorId());
            by = author != null && author.shows(ProfileField.NAME, audience) ? author.getDisplayName() : null;
        }
        return new SupportOfferView(f.getId(), f.getTitle(), f.getDescription(), sorted(f.getThemeIds()),
                f.getMunicipalityCode(), sortedKinds(f.getHelpKinds()), by, f.getOrganisationId(), f.isActive(),
                f.getCreatedAt(), viewer != null && viewer.getId() == f.getAuthorId());
    }

    private SupportMatchView view(SupportMatch m, SupportRequest r, Account viewer) {
        return new SupportMatchView(m.getId(), r.getId(), r.getTitle(), m.getPartyKind(), m.getPartyId(),
                partyName(m.getPartyKind(), m.getPartyId(), viewer), m.getStatus(), m.getLinkedAt(),
                viewer != null && answersFor(viewer.getId(), m.getPartyKind(), m.getPartyId()));
    }

    /** A party's name as members may see it; a person who hides their name from members stays "unnamed" (null). */
    private String partyName(PartyKind kind, long id, Account viewer) {
        return switch (kind) {
            case ORGANISATION -> Optional.ofNullable(em.find(Organisation.class, id)).map(Organisation::getName)
                    .orElse(null);
            case PERSON -> Optional.ofNullable(em.find(Account.class, id))
                    .filter(a -> a.shows(ProfileField.NAME, Audience.MEMBERS)
                            || (viewer != null && viewer.getId().equals(a.getId())))
                    .map(Account::getDisplayName).orElse(null);
            case OFFER -> Optional.ofNullable(em.find(SupportOffer.class, id)).map(SupportOffer::getTitle)
                    .orElse(null);
        };
    }

    private String nameOf(Long accountId) {
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        return account == null ? null : account.getDisplayName();
    }

    /** Flushed at once: the history is read in id order, and a unit of work may insert new rows in any order. */
    private void history(SupportRequest request, Long actorId, String kind, String detail) {
        em.persist(new SupportEvent(request.getId(), actorId, kind, detail, clock.instant()));
        em.flush();
    }

    private List<SupportMatch> matchesOf(SupportRequest request) {
        if (request.getId() == null) {
            return List.of();
        }
        return em.createNamedQuery("SupportMatch.ofRequest", SupportMatch.class)
                .setParameter("request", request.getId()).getResultList();
    }

    private SupportRequest loadRequest(long requestId) {
        SupportRequest request = em.find(SupportRequest.class, requestId);
        if (request == null) {
            throw new UnknownSupportRequestException(requestId);
        }
        return request;
    }

    private Set<Long> activeThemes(Set<Long> themeIds) {
        if (themeIds.isEmpty()) {
            throw new InputRejectedException("themeIds", Problem.REQUIRED);
        }
        for (Long id : themeIds) {
            Theme theme = id == null ? null : em.find(Theme.class, id);
            if (theme == null || theme.isRetired()) {
                throw new InputRejectedException("themeIds", Problem.UNKNOWN_THEME);
            }
        }
        return new HashSet<>(themeIds);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static List<Long> sorted(Set<Long> ids) {
        return ids.stream().sorted().toList();
    }

    private static List<HelpKind> sortedKinds(Set<HelpKind> kinds) {
        return kinds.stream().sorted(Comparator.naturalOrder()).toList();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
