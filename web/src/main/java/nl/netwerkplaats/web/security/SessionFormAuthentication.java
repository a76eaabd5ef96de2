package nl.netwerkplaats.web.security;

import java.io.Serializable;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Form login through our own Faces login page, remembered in the HTTP session as a plain session attribute.
 *
 * <p>The page calls {@code SecurityContext.authenticate}, which brings the credential here; the identity stores
 * ({@link AccountIdentityStore}, {@link DirectoryIdentityStore}) check it. Who signed in is then kept as a small
 * serialisable attribute of the session, and every later request tells the container again. Unlike the container's
 * own remembered login, a session attribute travels with the session to the other instances of a cluster, so a
 * person stays signed in when the instance that served the login goes away.
 */
@ApplicationScoped
public class SessionFormAuthentication implements HttpAuthenticationMechanism {

    static final String CALLER = SessionFormAuthentication.class.getName() + ".caller";
    /** Where a person was going when the login page was put in between (a path of this application). */
    static final String RETURN_TO = SessionFormAuthentication.class.getName() + ".returnTo";
    static final String LOGIN_PAGE = "/inloggen.xhtml";

    /** Who is signed in on this session: the e-mail address (the caller name) and the roles. */
    record SignedIn(String name, Set<String> groups) implements Serializable {
        SignedIn {
            groups = Set.copyOf(groups);
        }
    }

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result); // SEND_FAILURE; the login page says why
            }
            request.getSession(true).setAttribute(CALLER,
                    new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups()));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(RETURN_TO,
                        request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /**
     * The page a person was sent away from to log in, once; the root when none. Always a path within this
     * application (it was taken from the request), so it cannot send anyone elsewhere.
     */
    static String takeReturnTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(RETURN_TO);
        if (session != null) {
            session.removeAttribute(RETURN_TO);
        }
        String root = request.getContextPath() + "/";
        return target instanceof String path && path.startsWith(root) && !path.startsWith("//") ? path : root;
    }
}
