package nl.netwerkplaats.web.pages.figures;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.netwerkplaats.events.api.GatheringFigures;
import nl.netwerkplaats.kernel.figures.FigureFilter;
import nl.netwerkplaats.knowledge.api.KnowledgeFigures;
import nl.netwerkplaats.network.api.NetworkFigures;
import nl.netwerkplaats.network.api.SupportFigures;

/** Asks each module for its own figures; the overview never reads a module's tables itself. */
@ApplicationScoped
public class OverviewAssembler {

    @Inject
    private NetworkFigures network;

    @Inject
    private SupportFigures support;

    @Inject
    private GatheringFigures gatherings;

    @Inject
    private KnowledgeFigures knowledge;

    public Overview assemble(FigureFilter filter, LocalDate today) {
        return new Overview(filter, today, network.growth(filter), gatherings.gatherings(filter),
                knowledge.items(filter), knowledge.learningQuestions(filter, today), support.requests(filter));
    }
}
