package nl.netwerkplaats.testing;

import java.util.ArrayList;
import java.util.List;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.OperationType;
import com.unboundid.ldif.LDIFException;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real LDAP directory (UnboundID's in-memory server) in the test JVM for the whole run, started before Payara
 * Micro, which is configured to log in through it. Its port is published as {@code netwerkplaats.test.ldap.port}.
 * Tests add people and groups to it and change group membership; the application binds to it for real.
 */
public class TestDirectoryServer implements LauncherSessionListener {

    public static final String PORT = "netwerkplaats.test.ldap.port";
    public static final String BASE = "dc=netwerkplaats,dc=test";
    public static final String PEOPLE = "ou=mensen," + BASE;
    public static final String GROUPS = "ou=groepen," + BASE;
    public static final String SERVICE_DN = "cn=netwerkplaats,ou=diensten," + BASE;
    public static final String SERVICE_PASSWORD = "dienst-wachtwoord-lang";
    /** The groups Netwerkplaats maps to roles in the test configuration (arquillian.xml). */
    public static final String COORDINATORS = "cn=nwp-coordinatoren," + GROUPS;
    public static final String EDITORS = "cn=nwp-redactie," + GROUPS;

    private static InMemoryDirectoryServer server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (server != null) {
            return;
        }
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
            // Only the service account may search; people bind as themselves to prove their password.
            config.setAuthenticationRequiredOperationTypes(OperationType.SEARCH, OperationType.COMPARE);
            server = new InMemoryDirectoryServer(config);
            server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: netwerkplaats");
            for (String unit : List.of("mensen", "groepen", "diensten")) {
                server.add("dn: ou=" + unit + "," + BASE, "objectClass: top", "objectClass: organizationalUnit",
                        "ou: " + unit);
            }
            server.add("dn: " + SERVICE_DN, "objectClass: top", "objectClass: person", "cn: netwerkplaats",
                    "sn: netwerkplaats", "userPassword: " + SERVICE_PASSWORD);
            for (String group : List.of(COORDINATORS, EDITORS)) {
                String cn = group.substring(3, group.indexOf(','));
                server.add("dn: " + group, "objectClass: top", "objectClass: groupOfNames", "cn: " + cn,
                        "member: " + SERVICE_DN);
            }
            server.startListening();
            System.setProperty(PORT, Integer.toString(server.getListenPort()));
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException("The test directory did not start", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.shutDown(true);
            server = null;
        }
    }

    /** Adds a person (an inetOrgPerson under {@link #PEOPLE}) with a password, in the given groups' DNs. */
    public static String addPerson(String uid, String mail, String name, String password, String... groups) {
        String dn = "uid=" + uid + "," + PEOPLE;
        List<String> ldif = new ArrayList<>(List.of("dn: " + dn, "objectClass: top", "objectClass: person",
                "objectClass: organizationalPerson", "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + name,
                "sn: " + name, "displayName: " + name, "userPassword: " + password));
        if (mail != null) {
            ldif.add("mail: " + mail);
        }
        try {
            running().add(ldif.toArray(String[]::new));
            for (String group : groups) {
                addToGroup(dn, group);
            }
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException(e);
        }
        return dn;
    }

    public static void addToGroup(String personDn, String groupDn) {
        modifyGroup(groupDn, new Modification(ModificationType.ADD, "member", personDn));
    }

    public static void removeFromGroup(String personDn, String groupDn) {
        modifyGroup(groupDn, new Modification(ModificationType.DELETE, "member", personDn));
    }

    private static void modifyGroup(String groupDn, Modification modification) {
        try {
            running().modify(groupDn, modification);
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean exists(String dn) {
        try {
            return running().getEntry(dn) != null;
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InMemoryDirectoryServer running() {
        if (server == null) {
            throw new IllegalStateException("The test directory is not running");
        }
        return server;
    }
}
