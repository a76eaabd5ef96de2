package nl.netwerkplaats.launcher.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import nl.netwerkplaats.launcher.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * The settings as Netwerkplaats would read them in this environment: system property over environment variable over
 * the default, with passwords masked. Settings that look like Netwerkplaats's but are unknown are listed apart, since
 * a misspelt variable is silently ignored by the application.
 */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Shows the effective settings, with secrets masked.",
                "As Netwerkplaats reads them in this environment: system property, then environment variable,",
                "then default.",
                "Run it with the same environment as the server."})
final class ConfigCommand implements Callable<Integer> {

    /** Every setting the application and the launcher read, with its default ("" when it has none). */
    static final Map<String, String> KNOWN = knownSettings();

    @ParentCommand
    Console console;

    @Override
    public Integer call() {
        Settings settings = console.settings();
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, String> setting : KNOWN.entrySet()) {
            String key = setting.getKey();
            String source;
            String value;
            if (console.systemProperties().containsKey(key)) {
                source = "-D" + key;
                value = settings.get(key).orElse("");
            } else if (settings.get(key).isPresent()) {
                source = Settings.environmentName(key);
                value = settings.get(key).get();
            } else if (!setting.getValue().isEmpty()) {
                source = "default";
                value = setting.getValue();
            } else {
                source = "not set";
                value = "";
            }
            rows.add(new String[] {key, mask(key, value), source});
        }
        Table.print(console.out(), new String[] {"setting", "value", "from"}, rows);
        TreeSet<String> unknown = new TreeSet<>();
        console.environment().keySet().stream().filter(n -> n.startsWith("NETWERKPLAATS_"))
                .filter(n -> KNOWN.keySet().stream().noneMatch(k -> Settings.environmentName(k).equals(n)))
                .forEach(unknown::add);
        console.systemProperties().keySet().stream().filter(n -> n.startsWith("netwerkplaats."))
                .filter(n -> !KNOWN.containsKey(n)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            console.out().println();
            console.out().println("Not a Netwerkplaats setting (misspelt?), ignored: " + String.join(", ", unknown));
        }
        return 0;
    }

    static String mask(String key, String value) {
        String lower = key.toLowerCase(Locale.ROOT);
        boolean secret = lower.contains("password") || lower.contains("secret") || lower.contains("token");
        if (secret && !value.isEmpty()) {
            return "******** (set)";
        }
        if (key.equals(Settings.DB_URL) || key.endsWith(".url")) {
            return value.replaceAll("(?i)(password=)[^&;]*", "$1********");
        }
        return value;
    }

    private static Map<String, String> knownSettings() {
        Map<String, String> known = new java.util.LinkedHashMap<>();
        known.put(Settings.PORT, "8080");
        known.put(Settings.DATA_DIR, "~/.netwerkplaats");
        known.put(Settings.DB_URL, "");
        known.put(Settings.DB_USER, "");
        known.put(Settings.DB_PASSWORD, "");
        known.put(Settings.BASE_URL, "http://localhost:<port>/");
        known.put(Settings.JAVA_OPTIONS, "-Xmx1g");
        known.put("netwerkplaats.mail.host", "");
        known.put("netwerkplaats.mail.port", "587");
        known.put("netwerkplaats.mail.user", "");
        known.put("netwerkplaats.mail.password", "");
        known.put("netwerkplaats.mail.from", "netwerkplaats@localhost");
        known.put("netwerkplaats.mail.starttls", "true");
        known.put("netwerkplaats.mail.ssl", "false");
        known.put("netwerkplaats.mail.interval-seconds", "5");
        known.put("netwerkplaats.support.match-cache-seconds", "30");
        known.put("netwerkplaats.knowledge.search-cache-seconds", "60");
        known.put("netwerkplaats.knowledge.schedule-interval-seconds", "300");
        known.put("netwerkplaats.knowledge.digest-time", "07:00");
        known.put("netwerkplaats.knowledge.review-time", "08:00");
        known.put("netwerkplaats.events.reminder-hours", "48");
        known.put("netwerkplaats.events.guest-retention-months", "12");
        known.put("netwerkplaats.events.upkeep-interval-seconds", "300");
        known.put("netwerkplaats.support.requester-links", "false");
        known.put("netwerkplaats.ldap.url", "");
        known.put("netwerkplaats.ldap.bind-dn", "");
        known.put("netwerkplaats.ldap.bind-password", "");
        known.put("netwerkplaats.ldap.user-base", "");
        known.put("netwerkplaats.ldap.user-filter", "(&(objectClass=person)(|(mail={0})(uid={0})(sAMAccountName={0})))");
        known.put("netwerkplaats.ldap.mail-attribute", "mail");
        known.put("netwerkplaats.ldap.name-attribute", "displayName");
        known.put("netwerkplaats.ldap.group-base", "");
        known.put("netwerkplaats.ldap.group-filter", "(|(member={0})(uniqueMember={0}))");
        known.put("netwerkplaats.ldap.role.coordinator", "");
        known.put("netwerkplaats.ldap.role.editor", "");
        known.put("netwerkplaats.ldap.role.admin", "");
        known.put("netwerkplaats.ldap.timeout-ms", "5000");
        return java.util.Collections.unmodifiableMap(known);
    }
}
