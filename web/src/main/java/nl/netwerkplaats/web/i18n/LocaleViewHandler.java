package nl.netwerkplaats.web.i18n;

import java.util.Locale;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** Every view speaks the language chosen with the switch; Dutch until someone chooses. */
public class LocaleViewHandler extends ViewHandlerWrapper {

    public LocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return Languages.of((HttpServletRequest) context.getExternalContext().getRequest());
    }
}
