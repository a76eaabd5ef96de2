package nl.netwerkplaats.network.api;

import java.util.List;
import java.util.Optional;

/**
 * The support marketplace: members ask for support (vraag), people and organisations offer it (aanbod), the
 * network ranks who could help, and a coordinator (or the requester, when the setting
 * {@code netwerkplaats.support.requester-links} is true) links the request to them. Every change goes into the
 * request's history; mails go through the {@link Outbox} in the same transaction.
 */
public interface Support {

    int MAX_TITLE_LENGTH = 160;
    int MAX_TEXT_LENGTH = 4000;

    /**
     * Posts a request; it starts as {@link SupportStatus#NEW}.
     *
     * @throws InputRejectedException     naming the field (title, need, reason, themeIds, municipalityCode,
     *                                    urgency, helpKinds)
     * @throws ActionNotAllowedException when asking for an organisation the member does not belong to
     */
    SupportRequestView ask(long actorId, SupportRequestDraft draft);

    /**
     * Requests, newest first, optionally searched in Dutch ("vrijwilligers" finds "vrijwilliger").
     *
     * @param status null for all; {@code openOnly} leaves out finished ones when status is null
     */
    List<SupportRequestSummary> requests(String text, Long themeId, SupportStatus status, boolean openOnly,
                                         Long viewerId, int first, int max);

    long countRequests(String text, Long themeId, SupportStatus status, boolean openOnly);

    /** The requests a member asked, newest first. */
    List<SupportRequestSummary> askedBy(long accountId);

    /** @param viewerId the signed-in member, or null for a visitor */
    Optional<SupportRequestView> request(long requestId, Long viewerId);

    /**
     * Moves a request to in progress, completed or failed. Completing needs an accepted match; failing needs the
     * lesson (what was learned), which is kept and shown with the request.
     *
     * @throws ActionNotAllowedException   unless the actor is the requester, its contact person or a coordinator
     * @throws SupportTransitionException  when the request cannot go there from its current status
     * @throws InputRejectedException      ("lesson") when failing without a lesson
     */
    SupportRequestView changeStatus(long actorId, long requestId, SupportStatus to, String lesson);

    /** Posts an offer. @throws InputRejectedException naming the field */
    SupportOfferView offer(long actorId, SupportOfferDraft draft);

    /** Active offers, newest first, optionally searched in Dutch. */
    List<SupportOfferView> offers(String text, Long themeId, Long viewerId, int first, int max);

    long countOffers(String text, Long themeId);

    /** The active offers a member posted, newest first. */
    List<SupportOfferView> offersBy(long accountId);

    /** Withdraws an offer (it no longer shows or matches). Only its author or a coordinator. */
    void withdrawOffer(long actorId, long offerId);

    /**
     * Who could help, best first: organisations and initiatives, people whose consent lets members find them, and
     * offers, scored by {@code MatchingWeights} on themes, place, Dutch text similarity, the kinds of help offered
     * and earlier successful matches.
     *
     * @throws ActionNotAllowedException unless the actor may link this request
     */
    List<MatchCandidate> matches(long actorId, long requestId, int max);

    /** Whether the actor may link this request: a coordinator, or its requester when the setting allows it. */
    boolean mayLink(long actorId, long requestId);

    /**
     * Links the request to parties and names the contact person who follows it up; each newly linked party is
     * mailed and may accept or decline. The request becomes {@link SupportStatus#LINKED}.
     *
     * @param contactPersonId the actor, the requester, or a coordinator
     * @throws ActionNotAllowedException  unless {@link #mayLink}
     * @throws SupportTransitionException when the request is finished
     * @throws InputRejectedException     ("parties") when nothing is chosen, ("contactPersonId") when the
     *                                    contact person is none of the above, or a party does not exist
     */
    SupportRequestView link(long actorId, long requestId, List<PartyRef> parties, long contactPersonId);

    /**
     * Who may be named contact person when this actor links this request: the actor, the requester, and every
     * coordinator; id to name, in that order (coordinators by name).
     *
     * @throws ActionNotAllowedException unless the actor may link the request
     */
    java.util.Map<Long, String> contactPersons(long actorId, long requestId);

    /** The links waiting for, or answered by, the member (as a person, offer author, or organisation manager/contact). */
    List<SupportMatchView> matchesFor(long accountId);

    /**
     * A linked party accepts or declines. Declining hides the requester's contact details from them again.
     *
     * @throws ActionNotAllowedException unless the actor answers for that party
     */
    SupportMatchView answer(long actorId, long matchId, boolean accept);

    /** The organisations and initiatives the member may ask or offer for (they are a member), by name: id to name. */
    java.util.Map<Long, String> organisationsOf(long accountId);

    /** A party to link: which kind and its id. */
    record PartyRef(PartyKind kind, long id) {
    }
}
