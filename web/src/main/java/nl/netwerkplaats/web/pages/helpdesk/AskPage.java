package nl.netwerkplaats.web.pages.helpdesk;

import java.io.Serializable;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Helpdesk;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.web.i18n.Messages;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * "Vraag het de netwerkcoördinator": anyone asks; a signed-in member finds their name and address filled in.
 * After sending, the page redirects to itself with {@code verstuurd} so a reload does not ask twice.
 */
@Named
@ViewScoped
public class AskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "name", "ask:name", "email", "ask:email", "question", "ask:question");

    @Inject
    private transient Helpdesk helpdesk;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    private Long accountId;
    private String name;
    private String email;
    private String question;

    @PostConstruct
    void prefill() {
        currentUser.account().ifPresent(this::prefill);
    }

    private void prefill(AccountView account) {
        accountId = account.id();
        name = account.displayName();
        email = account.email();
    }

    public String send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String language = faces.getViewRoot().getLocale().getLanguage();
        try {
            helpdesk.ask(name, email, question, accountId, language);
        } catch (InputRejectedException e) {
            RejectedInput.show(e, "helpdesk", FIELDS, messages);
            return null;
        }
        return "/netwerk/vraag.xhtml?faces-redirect=true&verstuurd=ja";
    }

    public boolean isSignedIn() {
        return accountId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
