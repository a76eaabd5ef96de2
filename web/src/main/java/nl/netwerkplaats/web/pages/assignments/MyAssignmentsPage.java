package nl.netwerkplaats.web.pages.assignments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.network.api.Assignments;
import nl.netwerkplaats.network.api.MyAssignments;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * "Mijn opdrachten": the assignments of the member's organisations (to follow responses and pick), and the
 * assignments they responded to, with whether they were picked. Under /mijn/, so members only (web.xml).
 */
@Named
@RequestScoped
public class MyAssignmentsPage {

    @Inject
    private Assignments assignments;

    @Inject
    private CurrentUser currentUser;

    private MyAssignments mine;

    public MyAssignments getMine() {
        if (mine == null) {
            mine = assignments.mine(currentUser.id());
        }
        return mine;
    }
}
