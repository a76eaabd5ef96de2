package nl.netwerkplaats.kernel.reference;

/**
 * A Dutch municipality as CBS knows it. Modules store only the {@code cbsCode} (e.g. GM0150 for Deventer) and look
 * the rest up here, so a renamed municipality needs one change in the reference file.
 */
public record Municipality(String cbsCode, String name, String provinceCode) {
}
