package nl.netwerkplaats.knowledge.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.knowledge.api.KnowledgeBank;
import nl.netwerkplaats.knowledge.api.KnowledgeSummary;
import nl.netwerkplaats.knowledge.domain.KnowledgeItem;
import nl.netwerkplaats.knowledge.api.KnowledgeStatus;
import nl.netwerkplaats.knowledge.domain.ThemeLabel;

@Stateless
public class KnowledgeBankService implements KnowledgeBank {

    @PersistenceContext(unitName = "knowledge")
    private EntityManager em;

    @Override
    public List<KnowledgeSummary> latest(int limit) {
        return em.createNamedQuery("KnowledgeItem.latest", KnowledgeItem.class)
                .setParameter("published", KnowledgeStatus.GEPUBLICEERD)
                .setMaxResults(Math.max(1, Math.min(limit, 200)))
                .getResultStream()
                .map(k -> new KnowledgeSummary(k.getId(), k.getTitle(), k.getType(), k.getSummary(),
                        k.getPublishedAt()))
                .toList();
    }

    @Override
    public long countPublished() {
        return em.createNamedQuery("KnowledgeItem.countPublished", Long.class)
                .setParameter("published", KnowledgeStatus.GEPUBLICEERD)
                .getSingleResult();
    }

    @Override
    public Map<Long, String> themeLabels() {
        Map<Long, String> labels = new LinkedHashMap<>();
        em.createQuery("select t from ThemeLabel t order by t.themeId", ThemeLabel.class)
                .getResultStream()
                .forEach(t -> labels.put(t.getThemeId(), t.getNameNl()));
        return labels;
    }
}
