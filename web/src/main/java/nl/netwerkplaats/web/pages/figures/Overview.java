package nl.netwerkplaats.web.pages.figures;

import java.time.LocalDate;

import nl.netwerkplaats.events.api.GatheringTotals;
import nl.netwerkplaats.kernel.figures.FigureFilter;
import nl.netwerkplaats.knowledge.api.KnowledgeTotals;
import nl.netwerkplaats.knowledge.api.LearningQuestionFigures;
import nl.netwerkplaats.network.api.NetworkGrowth;
import nl.netwerkplaats.network.api.SupportRequestFigures;

/** Every module's figures for one filter, asked once per request. */
public record Overview(FigureFilter filter, LocalDate today, NetworkGrowth growth, GatheringTotals gatherings,
                       KnowledgeTotals knowledge, LearningQuestionFigures learning, SupportRequestFigures support) {
}
