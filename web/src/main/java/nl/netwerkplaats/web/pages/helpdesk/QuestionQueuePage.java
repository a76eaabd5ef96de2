package nl.netwerkplaats.web.pages.helpdesk;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.network.api.CoordinatorsOnlyException;
import nl.netwerkplaats.network.api.Helpdesk;
import nl.netwerkplaats.network.api.HelpdeskQuestionView;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.network.api.QuestionAlreadyAnsweredException;
import nl.netwerkplaats.network.api.QuestionStatus;
import nl.netwerkplaats.network.api.UnknownQuestionException;
import nl.netwerkplaats.web.i18n.Messages;
import nl.netwerkplaats.web.security.CurrentUser;

/** The coordinators' queue of helpdesk questions: filter by status, take a question, answer it by e-mail. */
@Named
@ViewScoped
public class QuestionQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 20;
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Inject
    private transient Helpdesk helpdesk;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    private QuestionStatus status;
    private int first;
    private List<HelpdeskQuestionView> questions;
    private long total;

    private HelpdeskQuestionView answering;
    private String answerText;

    @PostConstruct
    void load() {
        total = helpdesk.count(status);
        if (first >= total) {
            first = (int) Math.max(0, (total - 1) / PAGE_SIZE * PAGE_SIZE);
        }
        questions = helpdesk.queue(status, first, PAGE_SIZE);
    }

    public void filter() {
        first = 0;
        load();
    }

    public void next() {
        first += PAGE_SIZE;
        load();
    }

    public void previous() {
        first = Math.max(0, first - PAGE_SIZE);
        load();
    }

    public void take(HelpdeskQuestionView question) {
        try {
            helpdesk.take(currentUser.id(), question.id());
            info("helpdesk.queue.taken", question.id());
        } catch (QuestionAlreadyAnsweredException e) {
            error("helpdesk.queue.alreadyAnswered");
        } catch (UnknownQuestionException e) {
            error("helpdesk.queue.gone");
        } catch (CoordinatorsOnlyException e) {
            error("helpdesk.queue.notAllowed");
        }
        load();
    }

    public void startAnswering(HelpdeskQuestionView question) {
        answering = question;
        answerText = null;
    }

    public void cancelAnswering() {
        answering = null;
        answerText = null;
    }

    public void sendAnswer() {
        try {
            HelpdeskQuestionView answered = helpdesk.answer(currentUser.id(), answering.id(), answerText);
            info(answered.askerEmail() == null ? "helpdesk.queue.answeredNoMail" : "helpdesk.queue.answered",
                    answered.id());
            cancelAnswering();
        } catch (InputRejectedException e) {
            RejectedInput.show(e, "helpdesk", Map.of("answer", "queue:answer"), messages);
            return;
        } catch (QuestionAlreadyAnsweredException e) {
            error("helpdesk.queue.alreadyAnswered");
            cancelAnswering();
        } catch (UnknownQuestionException e) {
            error("helpdesk.queue.gone");
            cancelAnswering();
        } catch (CoordinatorsOnlyException e) {
            error("helpdesk.queue.notAllowed");
        }
        load();
    }

    public boolean isMine(HelpdeskQuestionView question) {
        return question.assignedToId() != null && question.assignedToId() == currentUser.id();
    }

    /** Date and time in the Netherlands, written the way the reader's language writes them. */
    public String when(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(instant.atZone(NETHERLANDS));
    }

    private void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.format(key, args), null));
    }

    private void error(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.format(key, args), null));
    }

    public List<QuestionStatus> getStatuses() {
        return Arrays.asList(QuestionStatus.values());
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public void setStatus(QuestionStatus status) {
        this.status = status;
    }

    public List<HelpdeskQuestionView> getQuestions() {
        return questions;
    }

    public long getTotal() {
        return total;
    }

    public int getFrom() {
        return questions.isEmpty() ? 0 : first + 1;
    }

    public int getTo() {
        return first + questions.size();
    }

    public boolean isHasPrevious() {
        return first > 0;
    }

    public boolean isHasNext() {
        return first + PAGE_SIZE < total;
    }

    public HelpdeskQuestionView getAnswering() {
        return answering;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }
}
