package nl.netwerkplaats.web.pages.knowledge;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.network.api.OrganisationSummary;
import nl.netwerkplaats.network.api.Organisations;
import nl.netwerkplaats.web.i18n.Messages;

/**
 * Organisations for a picker that suggests while someone types: the suggestions, and the conversion between an
 * organisation and the id the form posts. An id that names no organisation fails conversion, so a tampered form
 * cannot link an unknown organisation (the knowledge service checks again).
 */
@Named
@ApplicationScoped
public class OrganisationChoice implements Converter<OrganisationSummary> {

    static final int SUGGESTIONS = 10;

    @Inject
    private Organisations organisations;

    @Inject
    private Messages messages;

    public List<OrganisationSummary> suggest(String typed) {
        return organisations.withNameContaining(typed, SUGGESTIONS);
    }

    Optional<OrganisationSummary> byId(long id) {
        return organisations.find(id).map(o -> new OrganisationSummary(o.id(), o.name(), o.kind(), o.verified(),
                o.municipalityCodes()));
    }

    @Override
    public OrganisationSummary getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Optional<OrganisationSummary> found = byId(Long.parseLong(value.strip()));
            if (found.isPresent()) {
                return found.get();
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                messages.format("knowledge.field.UNKNOWN_ORGANISATION"), null));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, OrganisationSummary value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
