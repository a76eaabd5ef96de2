package nl.netwerkplaats.web.security;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import nl.netwerkplaats.network.api.Role;

/**
 * Where the organisation's directory (LDAP or Active Directory) is and how to read it, from MicroProfile Config
 * ({@code netwerkplaats.ldap.*}, see the README). Without {@code netwerkplaats.ldap.url} there is no directory
 * login and only local accounts log in.
 */
@Named
@ApplicationScoped
public class DirectorySettings {

    static final String PREFIX = "netwerkplaats.ldap.";
    static final String DEFAULT_USER_FILTER = "(&(objectClass=person)(|(mail={0})(uid={0})(sAMAccountName={0})))";
    static final String DEFAULT_GROUP_FILTER = "(|(member={0})(uniqueMember={0}))";

    private final Config config = ConfigProvider.getConfig();

    public boolean enabled() {
        return url().isPresent();
    }

    Optional<String> url() {
        return value("url");
    }

    Optional<String> bindDn() {
        return value("bind-dn");
    }

    Optional<String> bindPassword() {
        return value("bind-password");
    }

    String userBase() {
        return value("user-base").orElseThrow(() -> new IllegalStateException(
                "netwerkplaats.ldap.user-base is required with netwerkplaats.ldap.url"));
    }

    String userFilter() {
        return value("user-filter").orElse(DEFAULT_USER_FILTER);
    }

    String mailAttribute() {
        return value("mail-attribute").orElse("mail");
    }

    String nameAttribute() {
        return value("name-attribute").orElse("displayName");
    }

    /** Where groups are searched; without it, group membership is not read and everyone is a plain member. */
    Optional<String> groupBase() {
        return value("group-base");
    }

    String groupFilter() {
        return value("group-filter").orElse(DEFAULT_GROUP_FILTER);
    }

    int timeoutMillis() {
        return value("timeout-ms").map(Integer::parseInt).orElse(5000);
    }

    /**
     * Per Netwerkplaats role, the directory groups that give it ({@code netwerkplaats.ldap.role.coordinator},
     * {@code .editor}, {@code .admin}: distinguished names or plain group names, separated by ';').
     */
    Map<Role, List<String>> roleGroups() {
        Map<Role, List<String>> groups = new EnumMap<>(Role.class);
        for (Role role : List.of(Role.COORDINATOR, Role.EDITOR, Role.ADMIN)) {
            value("role." + role.name().toLowerCase(Locale.ROOT)).ifPresent(names -> groups.put(role,
                    Arrays.stream(names.split(";")).map(String::strip).filter(n -> !n.isEmpty()).toList()));
        }
        return groups;
    }

    private Optional<String> value(String key) {
        return config.getOptionalValue(PREFIX + key, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }
}
