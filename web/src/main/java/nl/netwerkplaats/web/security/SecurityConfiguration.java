package nl.netwerkplaats.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through our own Faces login page; the page calls {@code SecurityContext.authenticate}, which asks
 * {@link AccountIdentityStore}. Visitors read public pages without logging in; web.xml guards the rest.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/inloggen.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.MEMBER, Roles.COORDINATOR, Roles.EDITOR, Roles.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
