package nl.netwerkplaats.network.api;

import nl.netwerkplaats.kernel.figures.FigureFilter;

/**
 * What happened to the requests for support asked in a period (the request's municipality and themes decide the
 * province and theme), for the overview: counts and durations only.
 */
public interface SupportFigures {

    SupportRequestFigures requests(FigureFilter filter);
}
