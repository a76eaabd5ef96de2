package nl.netwerkplaats.web.pages.helpdesk;

import java.util.Locale;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.web.i18n.Messages;

/**
 * Shows an {@link InputRejectedException} from the network module as a message at the field it names, in the
 * user's language. The helpdesk and loket pages share it; their bundle keys are {@code <prefix>.invalid.<problem>}.
 */
public final class RejectedInput {

    private RejectedInput() {
    }

    /**
     * @param fieldToClientId which component shows the message for which service field; a field not listed
     *                        gets a message at the top of the form
     */
    public static void show(InputRejectedException e, String prefix, Map<String, String> fieldToClientId,
                            Messages messages) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String key = prefix + ".invalid." + e.problem().name().toLowerCase(Locale.ROOT);
        String text = messages.format(key, e.maxLength());
        faces.addMessage(fieldToClientId.get(e.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }
}
