package nl.netwerkplaats.web.violation;

import nl.netwerkplaats.network.domain.Theme;

/** Deliberately breaks a module rule: the web layer uses the network module's entity. Only the rule test uses it. */
public class ReachesIntoAnotherModule {

    public String nameOf(Theme theme) {
        return theme.getNameNl();
    }
}
