package nl.netwerkplaats.web.pages.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
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

    @PostConstruct
    void load() {
        messages = outbox.newest(200);
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

    public boolean isSmtp() {
        return smtp;
    }
}
