package nl.netwerkplaats.events.infrastructure.reportimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.events.api.ReportProposal.LineRole;

/**
 * Title, date, place, kind and organisers from the top of a report. Reports open differently ("MO-themadag" over
 * "2 april 2022"; "Terugkoppeling eerste ontmoeting Open Netwerk, 16 maart 2017, Heeten"; a web page with its
 * publication date above the story), so: the date is the first one on a line that also names a kind of gathering
 * ("Tijdens de empathiesessie … op 17 november 2020"), else the first date; the title is the short line with that
 * date, or the line above a date standing alone, or the first short line.
 */
final class GatheringFacts {

    /** Only the top of a report says what the gathering was. */
    static final int HEAD_LINES = 40;
    private static final int SHORT = 160;
    private static final int SCAN_LIMIT = 2_000;

    private static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
            + "|november|december|january|february|march|may|june|july|august|october"
            + "|jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec";
    private static final Pattern WORD_DATE = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})\\s+(" + MONTHS + ")\\.?\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d-])(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?!\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    /** Most specific first: "de Mondaymeetup … een pitch-sessie" was a pitch session. */
    private static final List<Map.Entry<Pattern, GatheringKind>> KINDS = List.of(
            Map.entry(Pattern.compile("pitch[- ]?sessie|pitchavond"), GatheringKind.PITCH_SESSIE),
            Map.entry(Pattern.compile("empathie[- ]?sessie"), GatheringKind.EMPATHIESESSIE),
            Map.entry(Pattern.compile("thema[- ]?dag"), GatheringKind.THEMADAG),
            Map.entry(Pattern.compile("symposium"), GatheringKind.SYMPOSIUM),
            Map.entry(Pattern.compile("intervisie"), GatheringKind.INTERVISIE),
            Map.entry(Pattern.compile("speed[- ]?dat"), GatheringKind.SPEEDDATE),
            Map.entry(Pattern.compile("ontwikkeltafel"), GatheringKind.ONTWIKKELTAFEL),
            Map.entry(Pattern.compile("werkconferentie"), GatheringKind.WERKCONFERENTIE),
            Map.entry(Pattern.compile("ontmoeting"), GatheringKind.ONTMOETING),
            Map.entry(Pattern.compile("meet-?up"), GatheringKind.MEETUP));

    private static final String NAME = "\\p{Lu}[\\p{L}\\d.&'|-]{0,40}(?:\\s+(?:\\|\\s+)?\\p{Lu}[\\p{L}\\d.&'-]{0,40}){0,4}";
    private static final List<Pattern> ORGANISERS = List.of(
            Pattern.compile("(?i:organis(?:atoren|eren|atie|atoren zijn))[^()]{0,30}\\(([^()]{2,80})\\)"),
            Pattern.compile("(?U)(?i:organiseerden?)\\s+(.{2,80}?)\\s+(?i:in opdracht|de bijeenkomst|samen|een |het |op )"),
            Pattern.compile("(?i:georganiseerd door|organisatie:)\\s+([^.;:()]{2,80})"),
            Pattern.compile("(?i:verslag van)\\s+([^.,;:()]{2,60})$"),
            Pattern.compile("\\b(?i:hield(?:en)?)\\s+(?:de |het )?(" + NAME + ")"));

    private static final Pattern PLACE_IN_TITLE = Pattern.compile(
            "\\s(?:in|te)\\s+(\\p{Lu}[\\p{L}'-]+(?:[\\s-]\\p{Lu}[\\p{L}'-]+){0,2})$");

    String title;
    LocalDate date;
    String place;
    GatheringKind kind;
    final Set<String> organisers = new LinkedHashSet<>();
    /** Line number → role, for the lines used up by the facts. */
    final Map<Integer, LineRole> roles = new HashMap<>();

    private record Found(LocalDate date, int start, int end) {
    }

    static GatheringFacts of(List<ReportParser.Source> lines) {
        GatheringFacts facts = new GatheringFacts();
        facts.find(lines.subList(0, Math.min(HEAD_LINES, lines.size())));
        return facts;
    }

    private void find(List<ReportParser.Source> head) {
        int dateAt = -1;
        Found dateFound = null;
        int firstAt = -1;
        Found first = null;
        for (int i = 0; i < head.size() && dateFound == null; i++) {
            String text = head.get(i).text();
            if (text.length() > SCAN_LIMIT) {
                continue;
            }
            Found found = date(text);
            if (found == null) {
                continue;
            }
            if (first == null) {
                first = found;
                firstAt = i;
            }
            if (kindOf(text) != null) {
                dateFound = found;
                dateAt = i;
            }
        }
        if (dateFound == null) {
            dateFound = first;
            dateAt = firstAt;
        }
        if (dateFound != null) {
            date = dateFound.date();
            String line = head.get(dateAt).text();
            if (line.length() <= SHORT && !ReportParser.isBullet(line)) {
                titleFrom(line, dateFound);
                if (title.isEmpty()) {
                    roles.put(head.get(dateAt).number(), LineRole.DATE);
                    title = null;
                    for (int j = dateAt - 1; j >= 0; j--) {
                        String above = head.get(j).text();
                        if (above.length() <= SHORT && !ReportParser.isBullet(above)) {
                            title = above;
                            roles.put(head.get(j).number(), LineRole.TITLE);
                            break;
                        }
                    }
                } else {
                    roles.put(head.get(dateAt).number(), LineRole.TITLE);
                }
            }
        }
        if (title == null) {
            for (ReportParser.Source s : head) {
                if (s.text().length() <= SHORT && !ReportParser.isBullet(s.text()) && hasLetter(s.text())
                        && !roles.containsKey(s.number())) {
                    Found inTitle = date(s.text());
                    if (inTitle != null) {
                        String keepPlace = place;
                        titleFrom(s.text(), inTitle);
                        if (place == null) {
                            place = keepPlace;
                        }
                        if (title.isEmpty()) {
                            title = null;
                            continue;
                        }
                    } else {
                        title = s.text();
                    }
                    roles.put(s.number(), LineRole.TITLE);
                    break;
                }
            }
        }
        if (title != null && place == null) {
            Matcher in = PLACE_IN_TITLE.matcher(title);
            if (in.find()) {
                place = in.group(1);
            }
        }
        kind = title == null ? null : kindOf(title);
        for (ReportParser.Source s : head) {
            if (s.text().length() > SCAN_LIMIT) {
                continue;
            }
            if (kind == null) {
                kind = kindOf(s.text());
            }
            organisersIn(s.text());
        }
    }

    /** Title before the date, place after it (or the last short part before it: "…, Utrecht, 26 januari 2015"). */
    private void titleFrom(String line, Found found) {
        String before = trimPunctuation(line.substring(0, found.start()));
        String after = trimPunctuation(line.substring(found.end()));
        if (before.toLowerCase(Locale.ROOT).endsWith(" op")) {
            before = trimPunctuation(before.substring(0, before.length() - 3));
        }
        if (after.toLowerCase(Locale.ROOT).startsWith("in ")) {
            after = after.substring(3).strip();
        }
        if (!after.isEmpty() && after.length() <= 80) {
            place = after;
        } else {
            int comma = before.lastIndexOf(", ");
            if (comma > 0) {
                String last = before.substring(comma + 2).strip();
                if (!last.isEmpty() && last.split("\\s+").length <= 3 && Character.isUpperCase(last.charAt(0))) {
                    place = last;
                    before = trimPunctuation(before.substring(0, comma));
                }
            }
        }
        title = before;
    }

    private static String trimPunctuation(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (ReportText.isSpace(s.charAt(from)) || ",;:-–—.".indexOf(s.charAt(from)) >= 0)) {
            from++;
        }
        while (to > from && (ReportText.isSpace(s.charAt(to - 1)) || ",;:-–—.".indexOf(s.charAt(to - 1)) >= 0)) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    static GatheringKind kindOf(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<Pattern, GatheringKind> k : KINDS) {
            if (k.getKey().matcher(lower).find()) {
                return k.getValue();
            }
        }
        return null;
    }

    private static Found date(String text) {
        Found best = null;
        Matcher m = WORD_DATE.matcher(text);
        while (m.find()) {
            LocalDate d = date(m.group(3), month(m.group(2)), m.group(1));
            if (d != null) {
                best = new Found(d, m.start(), m.end());
                break;
            }
        }
        for (Pattern p : List.of(NUMERIC_DATE, ISO_DATE)) {
            Matcher n = p.matcher(text);
            while (n.find()) {
                if (best != null && best.start() < n.start()) {
                    break;
                }
                LocalDate d = p == ISO_DATE ? date(n.group(1), Integer.parseInt(n.group(2)), n.group(3))
                        : date(n.group(3), Integer.parseInt(n.group(2)), n.group(1));
                if (d != null) {
                    best = new Found(d, n.start(), n.end());
                    break;
                }
            }
        }
        return best;
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2100 || month < 1) {
                return null;
            }
            return LocalDate.of(y, month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT);
        return switch (m.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "maa", "mrt", "mar" -> 3;
            case "apr" -> 4;
            case "mei", "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "okt", "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> 0;
        };
    }

    private void organisersIn(String text) {
        for (Pattern p : ORGANISERS) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                for (String name : m.group(1).split("\\s+en\\s+|\\s*,\\s*|\\s+&\\s+")) {
                    String clean = trimPunctuation(name);
                    if (clean.length() >= 2 && clean.length() <= 80 && Character.isUpperCase(clean.charAt(0))) {
                        organisers.add(clean);
                    }
                }
            }
        }
    }

    List<String> organiserList() {
        return new ArrayList<>(organisers);
    }
}
