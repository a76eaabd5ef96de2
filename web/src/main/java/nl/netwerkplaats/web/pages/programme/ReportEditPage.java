package nl.netwerkplaats.web.pages.programme;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.netwerkplaats.events.api.GatheringStatusException;
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.NotOrganiserException;
import nl.netwerkplaats.events.api.ReportView;
import nl.netwerkplaats.events.api.Reports;
import nl.netwerkplaats.events.api.UnknownGatheringException;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * Organisers write the intro and the synthesis (prefilled with all kernboodschappen), choose which items go to the
 * knowledge bank, and publish: participants are mailed.
 */
@Named
@ViewScoped
public class ReportEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Reports reports;

    @Inject
    private transient Gatherings gatherings;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Feedback feedback;

    @Inject
    @Param(name = "id")
    private String idParameter;

    private Long id;
    private ReportView report;
    private boolean allowed;
    private String intro;
    private String synthesis;
    private List<Long> share = new ArrayList<>();

    @PostConstruct
    void load() {
        id = OrganiserView.id(idParameter).orElse(null);
        if (id == null) {
            return;
        }
        try {
            allowed = gatherings.mayOrganise(currentUser.id(), id);
            if (allowed) {
                report = reports.report(currentUser.id(), id);
                intro = report.intro();
                synthesis = report.synthesis();
            }
        } catch (UnknownGatheringException | NotOrganiserException e) {
            report = null;
        }
    }

    public void requireAccess() throws IOException {
        OrganiserView.require(id != null && (report != null || !allowed), allowed);
    }

    public void save() {
        try {
            report = reports.write(currentUser.id(), id, intro, synthesis);
            feedback.info("report.saved");
        } catch (InvalidInputException e) {
            feedback.fieldError("report:" + e.field(), "input.problem." + e.problem(), e.limit());
        }
    }

    public String publish() {
        try {
            reports.write(currentUser.id(), id, intro, synthesis);
            int mailed = reports.publish(currentUser.id(), id, share);
            feedback.info("report.published", mailed);
            feedback.keepForRedirect();
            return "/bijeenkomsten/verslag.xhtml?id=" + id + "&faces-redirect=true";
        } catch (InvalidInputException e) {
            feedback.fieldError("report:" + e.field(), "input.problem." + e.problem(), e.limit());
        } catch (GatheringStatusException e) {
            feedback.error("report.publish.notEnded");
        }
        return null;
    }

    public ReportView getReport() {
        return report;
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro;
    }

    public String getSynthesis() {
        return synthesis;
    }

    public void setSynthesis(String synthesis) {
        this.synthesis = synthesis;
    }

    public List<Long> getShare() {
        return share;
    }

    public void setShare(List<Long> share) {
        this.share = share;
    }
}
