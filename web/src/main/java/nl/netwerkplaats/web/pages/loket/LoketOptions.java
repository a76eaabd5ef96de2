package nl.netwerkplaats.web.pages.loket;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;

import nl.netwerkplaats.kernel.reference.Municipality;
import nl.netwerkplaats.kernel.reference.Province;
import nl.netwerkplaats.kernel.reference.ReferenceData;

/** Municipalities for the loket forms: by province, keyed by their CBS code (GM0150). */
final class LoketOptions {

    private LoketOptions() {
    }

    static String code(Municipality municipality) {
        return municipality.cbsCode();
    }

    /** Optgroups per province for a native select, so a keyboard user can type a name to jump to it. */
    static List<SelectItem> municipalityGroups() {
        List<SelectItem> groups = new ArrayList<>();
        for (Province province : ReferenceData.get().provinces()) {
            SelectItem[] items = ReferenceData.get().municipalitiesIn(province.code()).stream()
                    .map(m -> new SelectItem(code(m), m.name())).toArray(SelectItem[]::new);
            groups.add(new SelectItemGroup(province.name(), null, false, items));
        }
        return groups;
    }

    /** The CBS code for a code typed with or without GM, or null when no municipality has it. */
    static String knownCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String digits = code.strip().toUpperCase(Locale.ROOT).replaceFirst("^GM", "");
        return ReferenceData.get().municipality("GM" + digits).map(LoketOptions::code).orElse(null);
    }
}
