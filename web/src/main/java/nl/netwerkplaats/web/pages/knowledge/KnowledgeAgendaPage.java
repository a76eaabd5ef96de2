package nl.netwerkplaats.web.pages.knowledge;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.knowledge.api.KnowledgeActionNotAllowedException;
import nl.netwerkplaats.knowledge.api.KnowledgeAgenda;
import nl.netwerkplaats.knowledge.api.KnowledgeInputRejectedException;
import nl.netwerkplaats.knowledge.api.LearningQuestionDraft;
import nl.netwerkplaats.knowledge.api.LearningQuestionSummary;
import nl.netwerkplaats.knowledge.api.LearningQuestionView;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/** The knowledge agenda: every learning question, due reviews first, with what moved since the last review. */
@Named
@RequestScoped
public class KnowledgeAgendaPage {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    @Inject
    private KnowledgeAgenda agenda;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Feedback feedback;

    private List<LearningQuestionSummary> overview;
    private String question;
    private String why;
    private List<Long> themeIds = new ArrayList<>();
    private LocalDate reviewDate;

    public List<LearningQuestionSummary> getOverview() {
        if (overview == null) {
            overview = agenda.overview(LocalDate.now(DUTCH_TIME));
        }
        return overview;
    }

    public boolean isMayCreate() {
        return currentUser.isSignedIn() && agenda.mayCreate(currentUser.id());
    }

    public String create() {
        try {
            LearningQuestionView created = agenda.create(currentUser.id(),
                    new LearningQuestionDraft(question, why, themeIds, null, reviewDate));
            feedback.info("agenda.created");
            feedback.keepForRedirect();
            return "/kennisbank/leervraag.xhtml?faces-redirect=true&id=" + created.id();
        } catch (KnowledgeInputRejectedException e) {
            feedback.fieldError("agenda:" + e.field(), "agenda.field." + e.problem(), e.maxLength());
        } catch (KnowledgeActionNotAllowedException e) {
            feedback.error("knowledge.notAllowed");
        }
        return null;
    }

    public String getToday() {
        return LocalDate.now(DUTCH_TIME).toString();
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(List<Long> themeIds) {
        this.themeIds = themeIds;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }
}
