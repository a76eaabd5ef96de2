package nl.netwerkplaats.events.api;

import nl.netwerkplaats.kernel.figures.FigureFilter;

/**
 * Gatherings and who came, for the overview of coordinators and provincial staff: counts only. A gathering counts
 * in the period when it starts in it, in a province through its venue's municipality, and on a theme when the
 * theme is among its themes. Cancelled gatherings and concepts never count.
 */
public interface GatheringFigures {

    GatheringTotals gatherings(FigureFilter filter);
}
