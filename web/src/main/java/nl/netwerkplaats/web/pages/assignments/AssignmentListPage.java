package nl.netwerkplaats.web.pages.assignments;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.network.api.AssignmentView;
import nl.netwerkplaats.network.api.Assignments;

/** The open student assignments, newest first; public and without a session. */
@Named
@RequestScoped
public class AssignmentListPage {

    static final int SHOWN = 100;

    @Inject
    private Assignments assignments;

    private List<AssignmentView> open;

    public List<AssignmentView> getOpen() {
        if (open == null) {
            open = assignments.list(true, null, 0, SHOWN);
        }
        return open;
    }
}
