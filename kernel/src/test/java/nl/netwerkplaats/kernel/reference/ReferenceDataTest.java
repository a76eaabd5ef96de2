package nl.netwerkplaats.kernel.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private final ReferenceData data = ReferenceData.get();

    @Test
    void twelveProvincesAndAllMunicipalitiesOf2026() {
        assertEquals(12, data.provinces().size());
        assertEquals(342, data.municipalities().size());
    }

    @Test
    void municipalitiesPerProvinceMatchCbs() {
        Map<String, Long> perProvince = data.municipalities().stream()
                .collect(Collectors.groupingBy(Municipality::provinceCode, Collectors.counting()));
        assertEquals(25L, perProvince.get("PV23"), "Overijssel");
        assertEquals(31L, perProvince.get("PV31"), "Limburg");
        assertEquals(56L, perProvince.get("PV30"), "Noord-Brabant");
        assertEquals(6L, perProvince.get("PV24"), "Flevoland");
    }

    @Test
    void municipalitiesOfTheSeedReportsAreKnownByCbsCode() {
        assertEquals("Deventer", data.municipality("GM0150").orElseThrow().name());
        assertEquals("Hof van Twente", data.municipality("GM1735").orElseThrow().name());
        assertEquals("PV31", data.municipality("GM1640").orElseThrow().provinceCode()); // Leudal
    }

    @Test
    void searchIgnoresCaseAndAccents() {
        List<String> found = data.searchMunicipalities("sudwest").stream().map(Municipality::name).toList();
        assertEquals(List.of("Súdwest-Fryslân"), found);
    }

    @Test
    void namesSortTheDutchWay() {
        List<String> names = data.municipalities().stream().map(Municipality::name).toList();
        assertTrue(names.indexOf("'s-Hertogenbosch") > names.indexOf("Heemskerk"));
        assertTrue(names.indexOf("'s-Hertogenbosch") < names.indexOf("Heumen"));
    }
}
