package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

/** Another theme already carries the requested name. Rolls back the call that raised it. */
@ApplicationException(rollback = true)
public class ThemeNameTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String name;

    public ThemeNameTakenException(String name) {
        super("A theme named '" + name + "' already exists");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
