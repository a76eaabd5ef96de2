package nl.netwerkplaats.network.api;

import java.util.List;

/** The sociale kaart: who does what, and where. */
public interface Directory {

    int PAGE_SIZE = 20;

    /** Organisations and initiatives matching the query (Dutch full-text over names, aanbod, vraag, description). */
    DirectoryResult organisations(DirectoryQuery query);

    /** People who opened their profile to this audience, searched over exactly the fields they opened. */
    PeopleResult people(String text, Audience viewer, int page);

    /**
     * For pickers (autocomplete): organisations and initiatives of the sociale kaart whose name contains the typed
     * text, names that start with it first, then alphabetically; at most {@code max}. Blank text gives nothing.
     */
    List<OrganisationChoice> organisationsNamed(String typed, int max);
}
