package nl.netwerkplaats.web.pages.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.network.api.Outbox;
import nl.netwerkplaats.network.api.OutboxMessageView;
import nl.netwerkplaats.web.pages.Feedback;

/** Administrators read the outbox: without SMTP (the embedded start) this is where mail waits to be passed on. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Outbox outbox;

    @Inject
    private transient Feedback feedback;

    private List<OutboxMessageView> messages;
    private boolean smtp;

    /** Only the mail to this address ({@code ?aan=}), when given. */
    private String recipient;

    @PostConstruct
    void load() {
        if (recipient == null) {
            String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("aan");
            recipient = asked == null || asked.isBlank() ? "" : asked.strip();
        }
        messages = recipient.isEmpty() ? outbox.newest(200) : outbox.newestTo(recipient, 200);
        smtp = outbox.smtpConfigured();
    }

    public void retry(OutboxMessageView message) {
        outbox.retry(message.id());
        feedback.info("outbox.requeued");
        load();
    }

    public List<OutboxMessageView> getMessages() {
        return messages;
    }

    public String getRecipient() {
        return recipient;
    }

    public boolean isSmtp() {
        return smtp;
    }
}
