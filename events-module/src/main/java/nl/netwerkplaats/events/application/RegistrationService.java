package nl.netwerkplaats.events.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.events.api.Attendance;
import nl.netwerkplaats.events.api.Audience;
import nl.netwerkplaats.events.api.GatheringStatus;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.InvalidInputException.Problem;
import nl.netwerkplaats.events.api.MemberRegistration;
import nl.netwerkplaats.events.api.NotOrganiserException;
import nl.netwerkplaats.events.api.ParticipantRole;
import nl.netwerkplaats.events.api.ParticipantView;
import nl.netwerkplaats.events.api.RegistrationOutcome;
import nl.netwerkplaats.events.api.RegistrationRefusedException;
import nl.netwerkplaats.events.api.RegistrationRefusedException.Reason;
import nl.netwerkplaats.events.api.RegistrationRequest;
import nl.netwerkplaats.events.api.RegistrationStatus;
import nl.netwerkplaats.events.api.RegistrationView;
import nl.netwerkplaats.events.api.Registrations;
import nl.netwerkplaats.events.api.UnknownGatheringException;
import nl.netwerkplaats.events.api.UnknownRegistrationException;
import nl.netwerkplaats.events.domain.Gathering;
import nl.netwerkplaats.events.domain.Registration;
import nl.netwerkplaats.events.infrastructure.SecretCodes;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.Groups;

/**
 * Every change to the seats of a gathering first locks the gathering's row (see {@link Seats}); the unique indexes
 * on (gathering, e-mail) and (gathering, account) are the backstop against a person being in twice.
 */
@Stateless
public class RegistrationService implements Registrations {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @PersistenceContext(unitName = "events")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private Accounts accounts;

    @Inject
    private Groups groups;

    @Inject
    private RegistrantMail mail;

    private final Clock clock = Clock.systemUTC();

    @Override
    public RegistrationOutcome register(long gatheringId, RegistrationRequest request) {
        Gathering gathering = Seats.lock(em, gatheringId);
        if (!gathering.isPublic()) {
            throw new UnknownGatheringException(gatheringId);
        }
        requireOpen(gathering);
        AccountView account = request.accountId() == null ? null
                : accounts.findById(request.accountId()).orElseThrow(
                        () -> new InvalidInputException("accountId", Problem.UNKNOWN_ACCOUNT));
        requireAudience(gathering, account);
        String name = account != null ? account.displayName() : request.name() == null ? null : request.name().strip();
        String email = account != null ? account.email() : request.email() == null ? null : request.email().strip();
        GatheringService.required("name", name, MAX_NAME);
        GatheringService.required("email", email, MAX_EMAIL);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("email", Problem.INVALID_EMAIL);
        }
        email = email.toLowerCase(Locale.ROOT);
        GatheringService.optional("organisation", request.organisation(), MAX_ORGANISATION);
        GatheringService.optional("needs", request.needs(), MAX_NEEDS);
        if (alreadyIn(gatheringId, account == null ? null : account.id(), email)) {
            throw new RegistrationRefusedException(Reason.ALREADY_REGISTERED);
        }
        Registration r = new Registration(gatheringId, account == null ? null : account.id(), name, email,
                blankToNull(request.organisation()), request.role(), blankToNull(request.needs()), request.listed(),
                request.language(), RegistrationStatus.AWAITING_EMAIL, uniqueCode(), SecretCodes.linkToken(), now());
        em.persist(r);
        if (account == null) {
            em.flush();
            mail.send("guest-confirm", r, gathering, null);
        } else {
            admit(gathering, r);
        }
        return outcome(r);
    }

    /** After the address is known to be the person's: wait for approval, or take a seat or a place in line. */
    private void admit(Gathering gathering, Registration r) {
        if (gathering.isApprovalRequired()) {
            r.awaitApproval();
            em.flush();
            mail.send("awaiting-approval", r, gathering, null);
        } else {
            Seats.place(em, gathering, r, now());
            mailPlacement(gathering, r);
        }
    }

    private void mailPlacement(Gathering gathering, Registration r) {
        if (r.getStatus() == RegistrationStatus.CONFIRMED) {
            mail.send("confirmed", r, gathering, null);
        } else {
            mail.send("waiting", r, gathering, Seats.waitingPosition(em, r));
        }
    }

    @Override
    public RegistrationOutcome confirmByLink(String token) {
        Registration r = byToken(token);
        if (r.getStatus() != RegistrationStatus.AWAITING_EMAIL) {
            if (!r.getStatus().live()) {
                throw new RegistrationRefusedException(Reason.NO_LONGER_ACTIVE);
            }
            return outcome(r);
        }
        Gathering gathering = Seats.lock(em, r.getGatheringId());
        em.refresh(r);
        if (r.getStatus() != RegistrationStatus.AWAITING_EMAIL) {
            return outcome(r);
        }
        requireOpen(gathering);
        admit(gathering, r);
        return outcome(r);
    }

    @Override
    public Optional<RegistrationView> findByLink(String token) {
        return findToken(token).map(this::view);
    }

    @Override
    public void cancelByLink(String token) {
        Registration r = byToken(token);
        cancel(r);
    }

    @Override
    public void cancel(long accountId, long gatheringId) {
        cancel(liveOf(accountId, gatheringId).orElseThrow(UnknownRegistrationException::new));
    }

    private void cancel(Registration registration) {
        Gathering gathering = Seats.lock(em, registration.getGatheringId());
        em.refresh(registration);
        if (!registration.getStatus().live()) {
            throw new RegistrationRefusedException(Reason.NO_LONGER_ACTIVE);
        }
        if (gathering.getStatus() != GatheringStatus.GEPUBLICEERD || !gathering.getStartsAt().isAfter(now())) {
            throw new RegistrationRefusedException(
                    gathering.getStatus() == GatheringStatus.GEANNULEERD ? Reason.CANCELLED : Reason.PAST);
        }
        boolean hadSeat = registration.getStatus() == RegistrationStatus.CONFIRMED;
        registration.cancel(now());
        em.flush();
        mail.send("cancelled-by-you", registration, gathering, null);
        if (hadSeat) {
            for (Registration promoted : Seats.promote(em, gathering)) {
                mail.send("promoted", promoted, gathering, null);
            }
        }
    }

    @Override
    public Optional<RegistrationView> registrationOf(long accountId, long gatheringId) {
        return liveOf(accountId, gatheringId).map(this::view);
    }

    @Override
    public List<MemberRegistration> registrationsOf(long accountId) {
        List<Object[]> rows = em.createQuery("select r, g from Registration r, Gathering g"
                        + " where g.id = r.gatheringId and r.accountId = :a order by g.startsAt, g.id, r.id",
                        Object[].class)
                .setParameter("a", accountId).getResultList();
        Map<Long, Object[]> shown = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Registration r = (Registration) row[0];
            Object[] earlier = shown.get(r.getGatheringId());
            if (earlier == null || !((Registration) earlier[0]).getStatus().live()) {
                shown.put(r.getGatheringId(), row);
            }
        }
        Map<Long, long[]> counts = Seats.counts(em, List.copyOf(shown.keySet()));
        OffsetDateTime now = now();
        List<MemberRegistration> mine = new ArrayList<>();
        for (Object[] row : shown.values()) {
            Registration r = (Registration) row[0];
            Gathering g = (Gathering) row[1];
            boolean cancellable = r.getStatus().live() && g.getStatus() == GatheringStatus.GEPUBLICEERD
                    && g.getStartsAt().isAfter(now);
            long confirmed = counts.getOrDefault(g.getId(), new long[2])[0];
            mine.add(new MemberRegistration(view(r), Views.summary(g, confirmed), cancellable));
        }
        return mine;
    }

    @Override
    public List<RegistrationView> registrations(long actorId, long gatheringId) {
        requireOrganiser(actorId, gatheringId);
        List<Registration> all = em.createQuery("select r from Registration r where r.gatheringId = :g"
                        + " order by case when r.lineNumber is null then 1 else 0 end, r.lineNumber, r.id",
                        Registration.class)
                .setParameter("g", gatheringId).getResultList();
        List<RegistrationView> views = new ArrayList<>();
        long position = 0;
        for (Registration r : all) {
            views.add(Views.registration(r, r.getStatus() == RegistrationStatus.WAITING ? ++position : null));
        }
        return views;
    }

    @Override
    public RegistrationOutcome approve(long actorId, long registrationId) {
        Registration r = find(registrationId);
        Gathering gathering = Seats.lock(em, r.getGatheringId());
        access.requireOrganiser(actorId, gathering);
        em.refresh(r);
        if (r.getStatus() == RegistrationStatus.AWAITING_APPROVAL) {
            Seats.place(em, gathering, r, now());
            mailPlacement(gathering, r);
        }
        return outcome(r);
    }

    @Override
    public void refuse(long actorId, long registrationId) {
        Registration r = find(registrationId);
        Gathering gathering = Seats.lock(em, r.getGatheringId());
        access.requireOrganiser(actorId, gathering);
        em.refresh(r);
        if (r.getStatus() == RegistrationStatus.AWAITING_APPROVAL) {
            r.refuse(now());
            mail.send("refused", r, gathering, null);
        }
    }

    @Override
    public List<ParticipantView> participantList(long viewerId, long gatheringId) {
        Gathering gathering = em.find(Gathering.class, gatheringId);
        if (gathering == null || !gathering.isPublic() && !access.mayOrganise(viewerId, gathering)) {
            throw new UnknownGatheringException(gatheringId);
        }
        if (accounts.findById(viewerId).isEmpty()) {
            throw new NotOrganiserException(viewerId, gatheringId);
        }
        Comparator<ParticipantView> byOrganisation = Comparator.comparing(
                (ParticipantView p) -> p.organisation() == null ? "\uffff" : p.organisation().toLowerCase(Locale.ROOT));
        return em.createQuery("select r from Registration r where r.gatheringId = :g and r.status = :confirmed"
                        + " and r.listed = true and r.name is not null", Registration.class)
                .setParameter("g", gatheringId).setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getResultStream().map(Views::participant)
                .sorted(byOrganisation.thenComparing(p -> p.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    @Override
    public Optional<RegistrationView> findByCode(long actorId, long gatheringId, String code) {
        requireOrganiser(actorId, gatheringId);
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select r from Registration r where r.gatheringId = :g and r.code = :code",
                        Registration.class)
                .setParameter("g", gatheringId).setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst().map(this::view);
    }

    @Override
    public void markPresent(long actorId, long registrationId, boolean present) {
        Registration r = find(registrationId);
        requireOrganiser(actorId, r.getGatheringId());
        if (r.getStatus() != RegistrationStatus.CONFIRMED) {
            throw new RegistrationRefusedException(Reason.NO_LONGER_ACTIVE);
        }
        r.checkIn(present, now());
    }

    @Override
    public RegistrationView walkIn(long actorId, long gatheringId, String name, String organisation,
                                   ParticipantRole role) {
        Gathering gathering = Seats.lock(em, gatheringId);
        access.requireOrganiser(actorId, gathering);
        GatheringService.required("name", name, MAX_NAME);
        GatheringService.optional("organisation", organisation, MAX_ORGANISATION);
        Registration r = new Registration(gatheringId, null, name.strip(), null, blankToNull(organisation), role,
                null, false, "nl", RegistrationStatus.AWAITING_EMAIL, uniqueCode(), SecretCodes.linkToken(), now());
        em.persist(r);
        r.place(true, gathering.nextLineNumber(), now());
        r.walkedIn(now());
        em.flush();
        return view(r);
    }

    @Override
    public Attendance attendance(long actorId, long gatheringId) {
        requireOrganiser(actorId, gatheringId);
        List<Object[]> rows = em.createQuery("select r.role, r.present, r.walkIn, count(r) from Registration r"
                        + " where r.gatheringId = :g and r.status = :confirmed group by r.role, r.present, r.walkIn",
                        Object[].class)
                .setParameter("g", gatheringId).setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getResultList();
        Map<ParticipantRole, long[]> perRole = new EnumMap<>(ParticipantRole.class);
        long registered = 0;
        long present = 0;
        long walkIns = 0;
        for (Object[] row : rows) {
            long n = ((Number) row[3]).longValue();
            long[] c = perRole.computeIfAbsent((ParticipantRole) row[0], k -> new long[2]);
            c[0] += n;
            registered += n;
            if ((Boolean) row[1]) {
                c[1] += n;
                present += n;
            }
            if ((Boolean) row[2]) {
                walkIns += n;
            }
        }
        Map<ParticipantRole, Attendance.Counts> counts = new EnumMap<>(ParticipantRole.class);
        perRole.forEach((role, c) -> counts.put(role, new Attendance.Counts(c[0], c[1], c[0] - c[1])));
        return new Attendance(registered, present, registered - present, walkIns,
                Seats.count(em, gatheringId, RegistrationStatus.WAITING), counts);
    }

    private void requireOpen(Gathering g) {
        OffsetDateTime now = now();
        switch (g.getStatus()) {
            case CONCEPT -> throw new RegistrationRefusedException(Reason.NOT_OPEN);
            case GEANNULEERD -> throw new RegistrationRefusedException(Reason.CANCELLED);
            case AFGELOPEN, VERSLAG_GEPUBLICEERD -> throw new RegistrationRefusedException(Reason.PAST);
            default -> {
            }
        }
        if (!g.getStartsAt().isAfter(now)) {
            throw new RegistrationRefusedException(Reason.PAST);
        }
        if (g.getRegistrationDeadline() != null && g.getRegistrationDeadline().isBefore(now)) {
            throw new RegistrationRefusedException(Reason.DEADLINE_PASSED);
        }
    }

    private void requireAudience(Gathering g, AccountView account) {
        if (g.getAudience() == Audience.MEMBERS && account == null) {
            throw new RegistrationRefusedException(Reason.MEMBERS_ONLY);
        }
        if (g.getAudience() == Audience.GROUP
                && (account == null || !groups.standing(account.id(), g.getAudienceGroupId()).isMember())) {
            throw new RegistrationRefusedException(Reason.GROUP_ONLY);
        }
    }

    private boolean alreadyIn(long gatheringId, Long accountId, String email) {
        return em.createQuery("select count(r) from Registration r where r.gatheringId = :g"
                        + " and r.status not in :over and (lower(r.email) = :email or r.accountId = :account)",
                        Long.class)
                .setParameter("g", gatheringId)
                .setParameter("over", List.of(RegistrationStatus.CANCELLED, RegistrationStatus.REFUSED))
                .setParameter("email", email)
                .setParameter("account", accountId == null ? -1L : accountId)
                .getSingleResult() > 0;
    }

    private Optional<Registration> liveOf(long accountId, long gatheringId) {
        return em.createQuery("select r from Registration r where r.gatheringId = :g and r.accountId = :a"
                        + " and r.status not in :over", Registration.class)
                .setParameter("g", gatheringId).setParameter("a", accountId)
                .setParameter("over", List.of(RegistrationStatus.CANCELLED, RegistrationStatus.REFUSED))
                .getResultStream().findFirst();
    }

    private void requireOrganiser(long actorId, long gatheringId) {
        Gathering gathering = em.find(Gathering.class, gatheringId);
        if (gathering == null) {
            throw new UnknownGatheringException(gatheringId);
        }
        access.requireOrganiser(actorId, gathering);
    }

    private Registration find(long registrationId) {
        Registration r = em.find(Registration.class, registrationId);
        if (r == null) {
            throw new UnknownRegistrationException();
        }
        return r;
    }

    private Optional<Registration> findToken(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        return em.createQuery("select r from Registration r where r.token = :t", Registration.class)
                .setParameter("t", token).getResultStream().findFirst();
    }

    private Registration byToken(String token) {
        return findToken(token).orElseThrow(UnknownRegistrationException::new);
    }

    private String uniqueCode() {
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = SecretCodes.personalCode();
            if (em.createQuery("select count(r) from Registration r where r.code = :c", Long.class)
                    .setParameter("c", code).getSingleResult() == 0) {
                return code;
            }
        }
        throw new IllegalStateException("No free personal code after five draws");
    }

    private RegistrationView view(Registration r) {
        return Views.registration(r, Seats.waitingPosition(em, r));
    }

    private RegistrationOutcome outcome(Registration r) {
        return new RegistrationOutcome(r.getId(), r.getStatus(), Seats.waitingPosition(em, r), r.getCode(),
                r.getToken());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @Override
    public RegistrationCounts upcomingCounts() {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*) filter (where r.status = 'CONFIRMED'), count(*) filter (where r.status = 'WAITING')
                from events.registration r join events.gathering g on g.id = r.gathering_id
                where g.ends_at > now() and g.status = 'GEPUBLICEERD'""").getSingleResult();
        return new RegistrationCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
}
