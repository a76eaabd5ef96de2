package nl.netwerkplaats.network.api;

import java.util.Set;

/** @param directoryManaged the password lives in the organisation's directory (LDAP), not here */
public record AccountView(long id, String email, String displayName, Set<Role> roles, boolean directoryManaged) {

    public AccountView {
        roles = Set.copyOf(roles);
    }
}
