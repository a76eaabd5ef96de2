package nl.netwerkplaats.network.api;

/**
 * What a coordinator fills in for a loket entry: who at the municipality owns a theme. At least one of e-mail and
 * phone is needed; the municipality is a CBS code like {@code GM0150} ({@code 0150} is accepted too).
 */
public record DomainContactDetails(String municipalityCode, Long themeId, String name, String role,
                                   String department, String email, String phone) {
}
