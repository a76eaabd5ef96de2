package nl.netwerkplaats.knowledge.api;

import java.time.LocalDate;

import nl.netwerkplaats.kernel.figures.FigureFilter;

/**
 * What the network learns, for the overview of coordinators and provincial staff: counts only. An item counts in
 * the period when it was published in it, in a province when one of its municipalities lies there, and on a theme
 * when the theme is among its themes. Learning questions have no municipality: the province does not narrow them.
 */
public interface KnowledgeFigures {

    KnowledgeTotals items(FigureFilter filter);

    /** The knowledge agenda; {@code today} decides which reviews are overdue. */
    LearningQuestionFigures learningQuestions(FigureFilter filter, LocalDate today);
}
