package nl.netwerkplaats.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's settings, looked up like MicroProfile Config does inside the application: a system property
 * ({@code -Dnetwerkplaats.port=9090}) wins over the environment ({@code NETWERKPLAATS_PORT=9090}).
 */
public final class Settings {

    public static final String PORT = "netwerkplaats.port";
    public static final String DATA_DIR = "netwerkplaats.data-dir";
    public static final String DB_URL = "netwerkplaats.db.url";
    public static final String DB_USER = "netwerkplaats.db.user";
    public static final String DB_PASSWORD = "netwerkplaats.db.password";
    public static final String BASE_URL = "netwerkplaats.base-url";
    public static final String JAVA_OPTIONS = "netwerkplaats.java-options";
    /** The Data Grid members (host:port, comma separated) this instance joins; unset: no cluster. */
    public static final String CLUSTER_MEMBERS = "netwerkplaats.cluster.members";
    public static final String CLUSTER_NAME = "netwerkplaats.cluster.name";
    /** The first port this instance's Data Grid member tries (it counts up when taken). */
    public static final String CLUSTER_PORT = "netwerkplaats.cluster.port";
    /** The network interface(s) the Data Grid listens on, e.g. 10.0.0.* or 127.0.0.1. */
    public static final String CLUSTER_INTERFACES = "netwerkplaats.cluster.interfaces";

    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;

    public Settings(Map<String, String> systemProperties, Map<String, String> environment) {
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    public static Settings fromProcess() {
        Map<String, String> props = new LinkedHashMap<>();
        System.getProperties().stringPropertyNames().forEach(n -> props.put(n, System.getProperty(n)));
        return new Settings(props, System.getenv());
    }

    /** {@code netwerkplaats.db.url} becomes {@code NETWERKPLAATS_DB_URL}, as MicroProfile Config maps it. */
    public static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    public Optional<String> get(String key) {
        String value = systemProperties.get(key);
        if (value == null) {
            value = environment.get(environmentName(key));
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    public int port() {
        String raw = get(PORT).orElse("8080");
        try {
            int port = Integer.parseInt(raw);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StartupProblem("The port '" + raw + "' is not a number from 1 to 65535. Set "
                    + describe(PORT) + " to a free port, e.g. 8080.");
        }
    }

    public Path dataDirectory() {
        return get(DATA_DIR).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".netwerkplaats"))
                .toAbsolutePath();
    }

    public String baseUrl(int port) {
        return get(BASE_URL).orElse("http://localhost:" + port + "/");
    }

    /** The system properties given to the launcher that are meant for the application (netwerkplaats.*). */
    Map<String, String> applicationProperties() {
        Map<String, String> result = new LinkedHashMap<>();
        systemProperties.forEach((k, v) -> {
            if (k.startsWith("netwerkplaats.")) {
                result.put(k, v);
            }
        });
        return result;
    }

    /** "NETWERKPLAATS_PORT (or -Dnetwerkplaats.port)": how a person sets this. */
    public static String describe(String key) {
        return environmentName(key) + " (or -D" + key + ")";
    }
}
