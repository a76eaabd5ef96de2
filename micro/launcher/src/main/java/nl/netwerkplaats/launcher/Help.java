package nl.netwerkplaats.launcher;

/** The launcher's --help text. */
final class Help {

    static final String TEXT = """
            Usage: ./netwerkplaats [--help]

            Starts Netwerkplaats on Payara Micro at http://localhost:8080/ with an embedded PostgreSQL whose data
            lives in ~/.netwerkplaats. Ctrl-C stops the application and the database.

            Settings (environment variable, or -Dname=value system property):
              NETWERKPLAATS_PORT          netwerkplaats.port          HTTP port (8080)
              NETWERKPLAATS_DATA_DIR      netwerkplaats.data-dir      data directory (~/.netwerkplaats)
              NETWERKPLAATS_DB_URL        netwerkplaats.db.url        use this PostgreSQL instead of the embedded one
              NETWERKPLAATS_DB_USER       netwerkplaats.db.user       its user
              NETWERKPLAATS_DB_PASSWORD   netwerkplaats.db.password   its password
              NETWERKPLAATS_BASE_URL      netwerkplaats.base-url      public address used in links and e-mails
              NETWERKPLAATS_JAVA_OPTIONS  netwerkplaats.java-options  JVM options for Payara Micro (-Xmx1g)
            Mail settings (NETWERKPLAATS_MAIL_*) are listed in the README.
            """;

    private Help() {
    }
}
