package nl.netwerkplaats.web.security;

import nl.netwerkplaats.network.api.Role;

/** The role names as compile-time constants, for annotations; they equal {@link Role#roleName()}. */
public final class Roles {

    public static final String MEMBER = "member";
    public static final String COORDINATOR = "coordinator";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
