package nl.netwerkplaats.kernel.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The provinces and municipalities of the Netherlands, read once from the CSV files shipped in this jar.
 *
 * <p>They change at most once a year (municipal mergers take effect on 1 January), so they are reference data in
 * the kernel rather than rows any module owns; a new release updates the files.
 */
public final class ReferenceData {

    private static final String PROVINCES = "/nl/netwerkplaats/kernel/provinces.csv";
    private static final String MUNICIPALITIES = "/nl/netwerkplaats/kernel/municipalities.csv";

    private static final ReferenceData INSTANCE = new ReferenceData();

    private final Map<String, Province> provinces;
    private final Map<String, Municipality> municipalities;
    private final List<Municipality> municipalitiesByName;

    private ReferenceData() {
        provinces = read(PROVINCES, 2, f -> new Province(f[0], f[1]), Province::code);
        municipalities = read(MUNICIPALITIES, 3, f -> new Municipality(f[0], f[1], f[2]), Municipality::cbsCode);
        for (Municipality m : municipalities.values()) {
            if (!provinces.containsKey(m.provinceCode())) {
                throw new IllegalStateException(m.cbsCode() + " names unknown province " + m.provinceCode());
            }
        }
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
        // "'s-Hertogenbosch" sorts under H, as in every Dutch list.
        Comparator<Municipality> byName = Comparator.comparing(m -> sortKey(m.name()), dutch);
        List<Municipality> sorted = new ArrayList<>(municipalities.values());
        sorted.sort(byName);
        municipalitiesByName = List.copyOf(sorted);
    }

    public static ReferenceData get() {
        return INSTANCE;
    }

    public List<Province> provinces() {
        return List.copyOf(provinces.values());
    }

    public Optional<Province> province(String code) {
        return Optional.ofNullable(code == null ? null : provinces.get(code));
    }

    /** All current municipalities, sorted by name the Dutch way. */
    public List<Municipality> municipalities() {
        return municipalitiesByName;
    }

    public Optional<Municipality> municipality(String cbsCode) {
        return Optional.ofNullable(cbsCode == null ? null : municipalities.get(cbsCode));
    }

    public List<Municipality> municipalitiesIn(String provinceCode) {
        return municipalitiesByName.stream().filter(m -> m.provinceCode().equals(provinceCode)).toList();
    }

    /** Municipalities whose name contains the given text, ignoring case and accents ("sudwest" finds Súdwest-Fryslân). */
    public List<Municipality> searchMunicipalities(String text) {
        if (text == null || text.isBlank()) {
            return municipalitiesByName;
        }
        String needle = fold(text.strip());
        return municipalitiesByName.stream().filter(m -> fold(m.name()).contains(needle)).toList();
    }

    private static String sortKey(String name) {
        return name.startsWith("'s-") ? name.substring(3) : name;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static <T> Map<String, T> read(String resource, int columns, Function<String[], T> factory,
                                           Function<T, String> key) {
        Map<String, T> result = new LinkedHashMap<>();
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference file " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(";", -1);
                if (fields.length != columns) {
                    throw new IllegalStateException(resource + " line " + number + " has " + fields.length
                            + " fields instead of " + columns);
                }
                T value = factory.apply(fields);
                if (result.put(key.apply(value), value) != null) {
                    throw new IllegalStateException(resource + " line " + number + " repeats " + key.apply(value));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(result);
    }
}
