package nl.netwerkplaats.knowledge.api;

/** Where a learning question stands; the Dutch labels are in the web bundles. */
public enum LearningStatus {
    OPEN, IN_UITVOERING, BEANTWOORD, VERVALLEN;

    public boolean active() {
        return this == OPEN || this == IN_UITVOERING;
    }
}
