package nl.netwerkplaats.web.pages;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.knowledge.api.KnowledgeBank;
import nl.netwerkplaats.knowledge.api.KnowledgeSummary;

@Named
@RequestScoped
public class KnowledgePage {

    @Inject
    private KnowledgeBank bank;

    private List<KnowledgeSummary> latest;

    @PostConstruct
    void load() {
        latest = bank.latest(50);
    }

    public List<KnowledgeSummary> getLatest() {
        return latest;
    }
}
