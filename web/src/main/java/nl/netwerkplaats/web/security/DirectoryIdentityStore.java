package nl.netwerkplaats.web.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapName;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import nl.netwerkplaats.kernel.logging.RequestId;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.LoginOutcome;
import nl.netwerkplaats.network.api.Role;

/**
 * Login through the organisation's directory (LDAP / Active Directory), beside the local accounts. It is asked after
 * {@link AccountIdentityStore} (a higher priority number), so local accounts never depend on the directory being
 * up. The person is looked up with the settings' filter (their e-mail address or user name), their password is
 * checked by binding as them, and their groups give their roles; {@link Accounts#logInFromDirectory} keeps the
 * matching Netwerkplaats account. The standard {@code @LdapIdentityStoreDefinition} cannot do the last two: keep
 * an account for profile and consent, and refuse an address that belongs to a local account.
 */
@ApplicationScoped
public class DirectoryIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(DirectoryIdentityStore.class.getName());

    @Inject
    private DirectorySettings settings;

    @Inject
    private Accounts accounts;

    @Inject
    private LoginAttempt attempt;

    @Override
    public int priority() {
        return 200;
    }

    /** Validates and names the roles in one go, as the local store does; nothing at all without a directory. */
    @Override
    public Set<ValidationType> validationTypes() {
        return settings.enabled() ? EnumSet.allOf(ValidationType.class) : EnumSet.noneOf(ValidationType.class);
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String login = credential.getCaller() == null ? "" : credential.getCaller().strip();
        String password = credential.getPasswordAsString();
        // An LDAP bind with an empty password is an anonymous bind, which succeeds: never let it count as a login.
        if (!settings.enabled() || login.isEmpty() || password == null || password.isEmpty()) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Person> person;
        try {
            person = authenticate(login, password);
        } catch (NamingException e) {
            LOG.log(Level.WARNING, RequestId.tag() + "Directory login failed: {0}", e.toString());
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (person.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        LoginOutcome outcome = accounts.logInFromDirectory(person.get().mail(), person.get().name(),
                person.get().roles());
        attempt.record(outcome);
        if (outcome instanceof LoginOutcome.Accepted accepted) {
            return new CredentialValidationResult(accepted.account().email(), accepted.account().roles().stream()
                    .map(Role::roleName).collect(Collectors.toSet()));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }

    private record Person(String mail, String name, Set<Role> roles) {
    }

    /** The person, when exactly one entry matches and the password binds as it; empty otherwise. */
    private Optional<Person> authenticate(String login, String password) throws NamingException {
        DirContext service = connect(settings.bindDn().orElse(null), settings.bindPassword().orElse(null));
        try {
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            controls.setReturningAttributes(new String[] {settings.mailAttribute(), settings.nameAttribute(), "cn"});
            controls.setCountLimit(2);
            controls.setTimeLimit(settings.timeoutMillis());
            // The login is a filter argument, so the directory escapes it: "*" or ")(" find nothing.
            List<SearchResult> found = list(service.search(settings.userBase(), settings.userFilter(),
                    new Object[] {login}, controls));
            if (found.size() != 1) {
                return Optional.empty();
            }
            SearchResult entry = found.get(0);
            String dn = entry.getNameInNamespace();
            String mail = first(entry.getAttributes(), settings.mailAttribute());
            if (mail == null) {
                LOG.log(Level.WARNING, RequestId.tag() + "Directory entry {0} has no {1}: it cannot log in", new Object[] {dn,
                        settings.mailAttribute()});
                return Optional.empty();
            }
            try {
                connect(dn, password).close();
            } catch (AuthenticationException wrongPassword) {
                return Optional.empty();
            }
            String name = first(entry.getAttributes(), settings.nameAttribute());
            if (name == null) {
                name = Optional.ofNullable(first(entry.getAttributes(), "cn")).orElse(mail);
            }
            return Optional.of(new Person(mail, name, roles(service, dn)));
        } finally {
            service.close();
        }
    }

    private Set<Role> roles(DirContext service, String userDn) throws NamingException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Optional<String> base = settings.groupBase();
        if (base.isEmpty()) {
            return roles;
        }
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[] {"cn"});
        controls.setTimeLimit(settings.timeoutMillis());
        List<String> groups = new ArrayList<>();
        for (SearchResult group : list(service.search(base.get(), settings.groupFilter(), new Object[] {userDn},
                controls))) {
            groups.add(new LdapName(group.getNameInNamespace()).toString().toLowerCase(Locale.ROOT));
            String cn = first(group.getAttributes(), "cn");
            if (cn != null) {
                groups.add(cn.toLowerCase(Locale.ROOT));
            }
        }
        for (Map.Entry<Role, List<String>> mapping : settings.roleGroups().entrySet()) {
            for (String group : mapping.getValue()) {
                if (groups.contains(normalise(group))) {
                    roles.add(mapping.getKey());
                }
            }
        }
        return roles;
    }

    private static String normalise(String group) {
        try {
            return group.contains("=") ? new LdapName(group).toString().toLowerCase(Locale.ROOT)
                    : group.toLowerCase(Locale.ROOT);
        } catch (NamingException e) {
            return group.toLowerCase(Locale.ROOT);
        }
    }

    private DirContext connect(String dn, String password) throws NamingException {
        Hashtable<String, Object> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, settings.url().orElseThrow());
        environment.put("com.sun.jndi.ldap.connect.timeout", Integer.toString(settings.timeoutMillis()));
        environment.put("com.sun.jndi.ldap.read.timeout", Integer.toString(settings.timeoutMillis()));
        environment.put(Context.REFERRAL, "ignore");
        if (dn != null) {
            environment.put(Context.SECURITY_AUTHENTICATION, "simple");
            environment.put(Context.SECURITY_PRINCIPAL, dn);
            environment.put(Context.SECURITY_CREDENTIALS, password == null ? "" : password);
        }
        return new InitialDirContext(environment);
    }

    private static List<SearchResult> list(NamingEnumeration<SearchResult> results) throws NamingException {
        List<SearchResult> all = new ArrayList<>();
        try {
            while (results.hasMore()) {
                all.add(results.next());
            }
        } catch (javax.naming.SizeLimitExceededException more) {
            all.add(null); // more than the limit: too many to be one person
        } finally {
            results.close();
        }
        return all;
    }

    private static String first(Attributes attributes, String name) throws NamingException {
        Attribute attribute = attributes.get(name);
        return attribute == null || attribute.size() == 0 ? null : String.valueOf(attribute.get());
    }
}
