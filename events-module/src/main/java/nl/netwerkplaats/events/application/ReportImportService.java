package nl.netwerkplaats.events.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.events.api.ImportNotAllowedException;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.InvalidInputException.Problem;
import nl.netwerkplaats.events.api.ReportImports;
import nl.netwerkplaats.events.api.ReportProposal;
import nl.netwerkplaats.events.infrastructure.reportimport.ReportParser;

@Stateless
public class ReportImportService implements ReportImports {

    private static final ReportParser PARSER = new ReportParser();

    @PersistenceContext(unitName = "events")
    private EntityManager em;

    @Inject
    private Access access;

    @Override
    public boolean mayImport(long actorId) {
        return access.isCoordinator(actorId) || !em.createQuery(
                        "select g.id from Gathering g join g.organiserIds o where o = :me", Long.class)
                .setParameter("me", actorId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public ReportProposal propose(long actorId, String text) {
        if (!mayImport(actorId)) {
            throw new ImportNotAllowedException(actorId);
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", Problem.REQUIRED);
        }
        if (text.length() > MAX_CHARS) {
            throw new InvalidInputException("text", Problem.TOO_LONG, MAX_CHARS);
        }
        return PARSER.parse(text);
    }
}
