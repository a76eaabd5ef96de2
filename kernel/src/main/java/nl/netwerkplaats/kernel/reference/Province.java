package nl.netwerkplaats.kernel.reference;

/** One of the twelve Dutch provinces, identified by its CBS code (PV20 … PV31). */
public record Province(String code, String name) {
}
