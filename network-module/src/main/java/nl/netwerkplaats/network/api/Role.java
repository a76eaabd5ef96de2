package nl.netwerkplaats.network.api;

/** What someone may do in Netwerkplaats. The names are the Jakarta Security roles used in web.xml. */
public enum Role {
    /** Any signed-up person: registers for gatherings, reacts, asks and offers support. */
    MEMBER("member"),
    /** Runs the network: verifies organisations, plans gatherings, matches requests. */
    COORDINATOR("coordinator"),
    /** Looks after the knowledge bank: reviews, publishes and moderates. */
    EDITOR("editor"),
    /** Runs the installation: themes, accounts, settings. */
    ADMIN("admin");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }
}
