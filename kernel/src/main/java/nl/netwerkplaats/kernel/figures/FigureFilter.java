package nl.netwerkplaats.kernel.figures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import nl.netwerkplaats.kernel.reference.Municipality;
import nl.netwerkplaats.kernel.reference.ReferenceData;

/**
 * What the overview of the network is asked for: a period of whole days in Dutch time ({@code from} and {@code to}
 * both included), optionally one province ({@code PVnn}) and one theme (its id in the network module). Every module
 * answers its own figures for the same filter, so the overview never reads another module's tables.
 */
public record FigureFilter(LocalDate from, LocalDate to, String provinceCode, Long themeId) {

    /** Days are Dutch days: a gathering on 1 March 00:30 belongs to March. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Longer periods make no sense for a monthly chart and would only cost time. */
    public static final long MAX_DAYS = 366L * 10;

    public FigureFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " – " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("The period is longer than ten years: " + from + " – " + to);
        }
        if (provinceCode != null && provinceCode.isBlank()) {
            provinceCode = null;
        }
        if (provinceCode != null && ReferenceData.get().province(provinceCode).isEmpty()) {
            throw new IllegalArgumentException("Unknown province: " + provinceCode);
        }
    }

    /** The first moment of the period. */
    public OffsetDateTime start() {
        return from.atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** The first moment after the period. */
    public OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** Whether only one province counts. */
    public boolean inProvince() {
        return provinceCode != null;
    }

    /** The CBS codes of the province's municipalities; empty when the filter is not limited to a province. */
    public List<String> municipalityCodes() {
        return provinceCode == null ? List.of()
                : ReferenceData.get().municipalitiesIn(provinceCode).stream().map(Municipality::cbsCode).toList();
    }

    /** Whether only one theme counts. */
    public boolean onTheme() {
        return themeId != null;
    }
}
