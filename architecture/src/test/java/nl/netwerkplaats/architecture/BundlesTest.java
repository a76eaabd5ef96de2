package nl.netwerkplaats.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Dutch text bundle in the project has an English twin with the same keys, no key twice (a later duplicate
 * silently wins in {@link java.util.Properties}) and the same {0}-style placeholders in both languages.
 * The bundles are found on disk, so a new module's bundle is checked without touching this test.
 */
class BundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void theProjectHasBundlesToCheck() {
        assertTrue(dutchBundles().size() >= 5, "expected the bundles of web, network, events and knowledge, found "
                + dutchBundles());
    }

    @TestFactory
    Stream<DynamicTest> everyDutchBundleHasAMatchingEnglishOne() {
        return dutchBundles().stream().map(nl -> DynamicTest.dynamicTest(projectRoot().relativize(nl).toString(),
                () -> {
                    Path en = nl.resolveSibling(nl.getFileName().toString().replace("_nl.properties", "_en.properties"));
                    assertTrue(Files.exists(en), "no English bundle beside " + nl);
                    Map<String, String> dutch = entries(nl);
                    Map<String, String> english = entries(en);
                    Set<String> onlyDutch = new TreeSet<>(dutch.keySet());
                    onlyDutch.removeAll(english.keySet());
                    Set<String> onlyEnglish = new TreeSet<>(english.keySet());
                    onlyEnglish.removeAll(dutch.keySet());
                    assertTrue(onlyDutch.isEmpty(), "keys without English text in " + en.getFileName() + ": " + onlyDutch);
                    assertTrue(onlyEnglish.isEmpty(), "keys without Dutch text in " + nl.getFileName() + ": " + onlyEnglish);
                    List<String> differentPlaceholders = new ArrayList<>();
                    dutch.forEach((key, text) -> {
                        if (!placeholders(text).equals(placeholders(english.get(key)))) {
                            differentPlaceholders.add(key);
                        }
                    });
                    assertEquals(List.of(), differentPlaceholders,
                            "keys whose {n} placeholders differ between nl and en");
                }));
    }

    /** Reads keys in file order and fails on a key that appears twice; values keep their continuation lines. */
    private static Map<String, String> entries(Path bundle) {
        List<String> lines;
        try {
            lines = Files.readAllLines(bundle, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        String key = null;
        StringBuilder value = new StringBuilder();
        boolean continued = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (continued) {
                value.append(line);
            } else {
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                    continue;
                }
                int separator = separatorIndex(line);
                key = (separator < 0 ? line : line.substring(0, separator)).strip();
                value = new StringBuilder(separator < 0 ? "" : line.substring(separator + 1));
            }
            continued = endsWithOddBackslashes(line);
            if (continued) {
                value.setLength(value.length() - 1);
            } else if (entries.put(key, value.toString()) != null) {
                duplicates.add(key);
            }
        }
        assertFalse(!duplicates.isEmpty(), "keys defined twice in " + bundle.getFileName() + ": " + duplicates);
        return entries;
    }

    private static int separatorIndex(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<Path> dutchBundles() {
        try (Stream<Path> files = Files.walk(projectRoot())) {
            return files.filter(p -> p.getFileName().toString().endsWith("_nl.properties"))
                    .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
                    .filter(p -> !p.toString().contains(java.io.File.separator + "target" + java.io.File.separator))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire runs in the module's folder; the project is its parent. */
    private static Path projectRoot() {
        return Path.of("").toAbsolutePath().getParent();
    }
}
