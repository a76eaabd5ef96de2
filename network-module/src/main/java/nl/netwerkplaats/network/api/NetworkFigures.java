package nl.netwerkplaats.network.api;

import nl.netwerkplaats.kernel.figures.FigureFilter;

/**
 * How the network grows, for the overview of coordinators and provincial staff: counts only, no personal data.
 * A person counts in a province through the municipality in their profile, an organisation through the
 * municipalities it works in; a theme counts when it is among the person's or organisation's themes.
 */
public interface NetworkFigures {

    NetworkGrowth growth(FigureFilter filter);
}
