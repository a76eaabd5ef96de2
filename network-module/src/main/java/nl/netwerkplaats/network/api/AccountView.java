package nl.netwerkplaats.network.api;

import java.util.Set;

public record AccountView(long id, String email, String displayName, Set<Role> roles) {

    public AccountView {
        roles = Set.copyOf(roles);
    }
}
