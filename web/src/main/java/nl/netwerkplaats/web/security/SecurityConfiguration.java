package nl.netwerkplaats.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the application. Login is {@link SessionFormAuthentication}; visitors read public pages without
 * logging in; web.xml guards the rest.
 */
@DeclareRoles({Roles.MEMBER, Roles.COORDINATOR, Roles.EDITOR, Roles.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
