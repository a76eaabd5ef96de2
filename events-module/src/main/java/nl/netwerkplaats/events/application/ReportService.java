package nl.netwerkplaats.events.application;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringStatus;
import nl.netwerkplaats.events.api.GatheringStatusException;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.Harvest;
import nl.netwerkplaats.events.api.HarvestItemDraft;
import nl.netwerkplaats.events.api.HarvestItemStatus;
import nl.netwerkplaats.events.api.HarvestItemView;
import nl.netwerkplaats.events.api.HarvestOrigin;
import nl.netwerkplaats.events.api.HarvestShared;
import nl.netwerkplaats.events.api.HarvestType;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.InvalidInputException.Problem;
import nl.netwerkplaats.events.api.NotOrganiserException;
import nl.netwerkplaats.events.api.ParticipantView;
import nl.netwerkplaats.events.api.Programme;
import nl.netwerkplaats.events.api.ProgrammeView;
import nl.netwerkplaats.events.api.ReactionView;
import nl.netwerkplaats.events.api.RegistrationStatus;
import nl.netwerkplaats.events.api.Registrations;
import nl.netwerkplaats.events.api.ReportView;
import nl.netwerkplaats.events.api.Reports;
import nl.netwerkplaats.events.api.RoundView;
import nl.netwerkplaats.events.api.TableView;
import nl.netwerkplaats.events.api.UnknownGatheringException;
import nl.netwerkplaats.events.domain.Gathering;
import nl.netwerkplaats.events.domain.GatheringTable;
import nl.netwerkplaats.events.domain.HarvestItem;
import nl.netwerkplaats.events.domain.Reaction;
import nl.netwerkplaats.events.domain.Registration;
import nl.netwerkplaats.events.domain.Report;
import nl.netwerkplaats.events.domain.Round;
import nl.netwerkplaats.events.infrastructure.GatheringMails;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;

@Stateless
public class ReportService implements Reports {

    @PersistenceContext(unitName = "events")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private Accounts accounts;

    @Inject
    private GatheringCalendar calendar;

    @Inject
    private Programme programme;

    @Inject
    private Harvest harvest;

    @Inject
    private Registrations registrations;

    @Inject
    private RegistrantMail mail;

    @Inject
    private GatheringMails mails;

    @Inject
    private Event<HarvestShared> shared;

    @Override
    public ReportView report(Long viewerId, long gatheringId) {
        Gathering gathering = gathering(gatheringId);
        boolean organiser = viewerId != null && access.mayOrganise(viewerId, gathering);
        Report report = em.find(Report.class, gatheringId);
        boolean published = report != null && report.getPublishedAt() != null;
        if (!published && !organiser) {
            throw new NotOrganiserException(viewerId, gatheringId);
        }
        GatheringView view = calendar.find(gatheringId, viewerId)
                .orElseThrow(() -> new UnknownGatheringException(gatheringId));
        ProgrammeView p = programme.programme(gatheringId);
        List<HarvestItemView> all = organiser ? harvest.items(viewerId, gatheringId) : harvest.shownItems(gatheringId);
        List<HarvestItemView> shown = all.stream().filter(i -> i.status() == HarvestItemStatus.SHOWN).toList();
        List<HarvestItemView> pending = organiser
                ? all.stream().filter(i -> i.status() == HarvestItemStatus.PENDING).toList() : List.of();
        List<HarvestItemView> keyMessages = shown.stream().filter(i -> i.type() == HarvestType.KERNBOODSCHAP).toList();
        List<HarvestItemView> followUps = shown.stream().filter(i -> i.type() == HarvestType.VERVOLGACTIE).toList();
        String synthesis = report == null ? null : report.getSynthesis();
        boolean written = synthesis != null;
        if (!written) {
            synthesis = keyMessages.stream().map(HarvestItemView::text).collect(Collectors.joining("\n"));
        }
        List<ParticipantView> participants = viewerId == null ? List.of()
                : registrations.participantList(viewerId, gatheringId);
        List<ReactionView> reactions = em.createQuery("select r from Reaction r where r.gatheringId = :g"
                        + " order by r.createdAt, r.id", Reaction.class)
                .setParameter("g", gatheringId).getResultStream()
                .filter(r -> organiser || r.getStatus() == HarvestItemStatus.SHOWN)
                .map(ReportService::reaction).toList();
        return new ReportView(view, report == null ? null : report.getIntro(), synthesis, written,
                report == null ? null : report.getPublishedAt(), p, shown, keyMessages, followUps, participants,
                reactions, pending, organiser);
    }

    @Override
    public ReportView write(long actorId, long gatheringId, String intro, String synthesis) {
        Gathering gathering = gathering(gatheringId);
        access.requireOrganiser(actorId, gathering);
        Checks.max("intro", intro, MAX_TEXT);
        Checks.max("synthesis", synthesis, MAX_TEXT);
        reportOf(gatheringId).write(intro, synthesis);
        em.flush();
        return report(actorId, gatheringId);
    }

    @Override
    public int publish(long actorId, long gatheringId, List<Long> shareItemIds) {
        Gathering gathering = Seats.lock(em, gatheringId);
        access.requireOrganiser(actorId, gathering);
        gathering.reportPublished();
        Report report = reportOf(gatheringId);
        OffsetDateTime now = now();
        report.publish(actorId, now);
        String link = mails.link("bijeenkomsten/verslag.xhtml?id=" + gatheringId);
        int mailed = 0;
        for (Registration r : em.createQuery("select r from Registration r where r.gatheringId = :g"
                        + " and r.status = :confirmed order by r.id", Registration.class)
                .setParameter("g", gatheringId).setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getResultList()) {
            if (mail.send("report-published", r, gathering, link)) {
                mailed++;
            }
        }
        if (shareItemIds != null && !shareItemIds.isEmpty()) {
            shared.fire(new HarvestShared(gatheringId, gathering.getTitle(), actorId, sharedItems(gatheringId, shareItemIds)));
        }
        return mailed;
    }

    @Override
    public ReactionView react(long accountId, long gatheringId, Long itemId, String text) {
        Gathering gathering = gathering(gatheringId);
        requirePublished(gathering);
        AccountView account = accounts.findById(accountId)
                .orElseThrow(() -> new NotOrganiserException(accountId, gatheringId));
        String clean = Checks.required("text", text, MAX_REACTION);
        if (itemId != null) {
            HarvestItem item = em.find(HarvestItem.class, itemId);
            if (item == null || item.getGatheringId() != gatheringId || item.getStatus() != HarvestItemStatus.SHOWN) {
                throw new InvalidInputException("itemId", Problem.UNKNOWN_ITEM);
            }
        }
        Reaction reaction = new Reaction(gatheringId, itemId, accountId, account.displayName(), clean, now());
        em.persist(reaction);
        em.flush();
        return reaction(reaction);
    }

    @Override
    public void moderateReaction(long actorId, long reactionId, boolean shown) {
        Reaction reaction = em.find(Reaction.class, reactionId);
        if (reaction == null) {
            throw new InvalidInputException("reactionId", Problem.UNKNOWN_ITEM);
        }
        access.requireOrganiser(actorId, gathering(reaction.getGatheringId()));
        reaction.moderate(shown);
    }

    @Override
    public HarvestItemView addItem(long accountId, long gatheringId, HarvestItemDraft draft) {
        Gathering gathering = gathering(gatheringId);
        requirePublished(gathering);
        if (accounts.findById(accountId).isEmpty()) {
            throw new NotOrganiserException(accountId, gatheringId);
        }
        if (draft == null || draft.type() == null) {
            throw new InvalidInputException("type", Problem.REQUIRED);
        }
        Checks.required("text", draft.text(), Harvest.MAX_TEXT);
        Checks.max("pitchedBy", draft.pitchedBy(), Harvest.MAX_NAME);
        Checks.max("governmentView", draft.governmentView(), Harvest.MAX_VIEW);
        Checks.max("initiativeView", draft.initiativeView(), Harvest.MAX_VIEW);
        if (draft.tableId() != null) {
            GatheringTable t = em.find(GatheringTable.class, draft.tableId());
            if (t == null || t.getGatheringId() != gatheringId) {
                throw new InvalidInputException("tableId", Problem.UNKNOWN_TABLE);
            }
        }
        if (draft.roundId() != null) {
            Round r = em.find(Round.class, draft.roundId());
            if (r == null || r.getGatheringId() != gatheringId) {
                throw new InvalidInputException("roundId", Problem.UNKNOWN_ROUND);
            }
        }
        HarvestItemDraft plain = new HarvestItemDraft(draft.tableId(), draft.roundId(), draft.type(), draft.text(),
                draft.pitchedBy(), draft.governmentView(), draft.initiativeView(), null);
        Long max = em.createQuery("select max(i.position) from HarvestItem i where i.gatheringId = :g", Long.class)
                .setParameter("g", gatheringId).getSingleResult();
        HarvestItem item = new HarvestItem(gatheringId, plain, accountId, null, HarvestOrigin.ADDED,
                HarvestItemStatus.PENDING, max == null ? 1 : max + 1, now());
        em.persist(item);
        em.flush();
        return Views.item(item, new ProgrammeService.NameCache(accounts));
    }

    @Override
    public void moderateItem(long actorId, long itemId, HarvestItemStatus status) {
        HarvestItem item = em.find(HarvestItem.class, itemId);
        if (item == null) {
            throw new InvalidInputException("itemId", Problem.UNKNOWN_ITEM);
        }
        access.requireOrganiser(actorId, gathering(item.getGatheringId()));
        if (status == null) {
            throw new InvalidInputException("status", Problem.REQUIRED);
        }
        item.moderate(status, now());
    }

    // ---------------------------------------------------------------- helpers

    private List<HarvestShared.SharedItem> sharedItems(long gatheringId, List<Long> ids) {
        ProgrammeView p = programme.programme(gatheringId);
        Map<Long, HarvestItemView> shownById = harvest.shownItems(gatheringId).stream()
                .collect(Collectors.toMap(HarvestItemView::id, i -> i));
        List<HarvestShared.SharedItem> out = new ArrayList<>();
        for (Long id : ids.stream().filter(Objects::nonNull).distinct().toList()) {
            HarvestItemView i = shownById.get(id);
            if (i == null) {
                throw new InvalidInputException("shareItemIds", Problem.UNKNOWN_ITEM);
            }
            out.add(new HarvestShared.SharedItem(i.id(), i.type(), i.text(),
                    p.table(i.tableId()).map(TableView::number).orElse(null),
                    p.round(i.roundId()).map(RoundView::title).orElse(null),
                    p.round(i.roundId()).map(RoundView::question).orElse(null)));
        }
        return out;
    }

    private static void requirePublished(Gathering gathering) {
        if (gathering.getStatus() != GatheringStatus.VERSLAG_GEPUBLICEERD) {
            throw new GatheringStatusException(gathering.getStatus());
        }
    }

    private Report reportOf(long gatheringId) {
        Report report = em.find(Report.class, gatheringId);
        if (report == null) {
            report = new Report(gatheringId);
            em.persist(report);
        }
        return report;
    }

    private static ReactionView reaction(Reaction r) {
        return new ReactionView(r.getId(), r.getGatheringId(), r.getItemId(), r.getAuthorName(), r.getText(),
                r.getStatus() == HarvestItemStatus.SHOWN, r.getCreatedAt());
    }

    private Gathering gathering(long gatheringId) {
        Gathering gathering = em.find(Gathering.class, gatheringId);
        if (gathering == null) {
            throw new UnknownGatheringException(gatheringId);
        }
        return gathering;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
