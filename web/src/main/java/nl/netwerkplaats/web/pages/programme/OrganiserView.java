package nl.netwerkplaats.web.pages.programme;

import java.io.IOException;
import java.util.Optional;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.util.Faces;

/** The 404/403 answer shared by the organiser pages of the programme, harvest and report. */
final class OrganiserView {

    static final java.time.ZoneId DUTCH_TIME = java.time.ZoneId.of("Europe/Amsterdam");

    private OrganiserView() {
    }

    static void require(boolean found, boolean allowed) throws IOException {
        if (FacesContext.getCurrentInstance().getResponseComplete()) {
            return;
        }
        if (!found) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such gathering");
        } else if (!allowed) {
            Faces.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Not allowed");
        }
    }

    static Optional<Long> id(String parameter) {
        try {
            long id = Long.parseLong(parameter == null ? "" : parameter.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
