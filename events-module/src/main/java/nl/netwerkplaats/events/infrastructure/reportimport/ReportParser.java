package nl.netwerkplaats.events.infrastructure.reportimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.netwerkplaats.events.api.HarvestType;
import nl.netwerkplaats.events.api.ReportProposal;
import nl.netwerkplaats.events.api.ReportProposal.Item;
import nl.netwerkplaats.events.api.ReportProposal.Line;
import nl.netwerkplaats.events.api.ReportProposal.LineRole;
import nl.netwerkplaats.events.api.ReportProposal.Participant;
import nl.netwerkplaats.events.api.ReportProposal.Round;
import nl.netwerkplaats.events.api.ReportProposal.Table;

/**
 * Reads a plain-text report of a gathering (as the network writes them: rounds with a question, tables, and per
 * table its best practices, rode draden and kernboodschap; cases with suggestions; knelpunten; dreams and
 * preconditions; the follow-up; the participant list) into a {@link ReportProposal}.
 *
 * <p>One pass over the lines with a little state (round, table, the type the last heading set, the open case).
 * Headings are recognised by their words, in their variants ("Best Practices:", "Beste practice", "TAFEL 2",
 * "Thematafel 3: Wonen", "Vraag:" with the question on the next line, "2 MO-Themadag – De gedroomde toekomst",
 * "Suggesties uit de bijeenkomst:"); an item may name its own type ("Rode draad 2: luisteren"). What is not
 * recognised becomes a free note, so every non-empty line ends up in the proposal, in reading order.
 *
 * <p>Stateless and thread-safe; linear in the input (patterns run only on short lines or a line's first
 * characters, and none can backtrack badly).
 */
public final class ReportParser {

    /** A non-empty input line, cleaned, with its 1-based number. */
    record Source(int number, String text) {
    }

    private static final int HEADING_MAX = 100;
    private static final int PREFIX_REGION = 80;

    private static final Pattern ROUND = Pattern.compile(
            "(?i)(?:ronde|sessie|deelsessie|gespreksronde|workshopronde|deel)\\s+(\\d{1,2}|[ivx]{1,5}|een|twee|drie|vier|vijf)"
                    + "(?:\\s*[:.–—-]\\s*(.*)|\\s*)");
    private static final Pattern NUMBERED_ROUND = Pattern.compile("(\\d{1,2})\\s+(\\p{Lu}.{2,100})");
    private static final Pattern QUESTION = Pattern.compile(
            "(?i)(?:vraag|vraagstelling|centrale vraag|hoofdvraag|stelling)(?:\\s+\\d{1,2})?\\s*(?::\\s*(.*))?");
    private static final Pattern TABLE = Pattern.compile(
            "(?i)(thema)?tafel\\s*(\\d{1,3})?\\s*(?:[:.–—-]\\s*(.*))?");
    private static final Pattern NAMED_TABLE = Pattern.compile("(?i)(thema)?tafel\\s+(\\p{L}[^.:;!?]{0,60})");
    private static final Pattern THEME_TABLE = Pattern.compile("(?i)thema\\s+(\\d{1,2})\\s*[:.–—-]\\s*(.{1,150})");
    private static final Pattern CASE = Pattern.compile(
            "(?i)(?:[a-h][.)]\\s+)?(?:casus\\b|pitch\\s)");
    private static final Pattern NUMBERED = Pattern.compile("\\d{1,2}[.)]\\s+\\S.*");
    private static final Pattern PARTICIPANT_HEADER = Pattern.compile(
            "(?i)naam(?:\\s*(?:en|/|,|\\||-|–)?\\s*(?:organisatie|functie|rol))*:?");

    private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:van|de|der|den|het|ten|ter|te|la|le|du|da|el|al"
            + "|\\p{Lu}[\\p{L}'’-]+)){1,5}";
    private static final Pattern PITCHER_AFTER_PITCH = Pattern.compile(
            "(?i:pitch)\\s+(?:(?i:van|door)\\s+)?(" + NAME + ")\\s*(?:\\*\\*|:|$|\\()");
    private static final Pattern PITCHER_AFTER_COMMA = Pattern.compile(",\\s+(" + NAME + ")\\s*(?:<|$|\\(|\\*)");
    private static final Pattern PITCHER_SAYS = Pattern.compile(
            "(" + NAME + ")\\s+(?:stelt|pitcht|presenteert|vertelt|brengt|vraagt)\\b");

    /** An item that says what it is: "Best practice 3: …", "Rode draad 1: …", "Geheim 1 van onze tafel: …". */
    private static final Pattern TYPED_PREFIX = Pattern.compile(
            "(best(?:e)? practi[cs]es?|good practice|rode draa?d(?:en)?|kernboodschap|geheim|de kern|suggestie|tip"
                    + "|knelpunt|idee|droom|toekomstbeeld|randvoorwaarde|voorwaarde|vervolgactie|actiepunt|afspraak"
                    + "|kennisvraag|leervraag|constatering|casus)\\b[^:]{0,30}:");
    private static final Pattern FOLLOW_UP = Pattern.compile("(?i)wie sluit (?:er )?aan");
    /** Words that say whose side of a knelpunt a question or a line speaks for. */
    private static final Pattern SIDE = Pattern.compile(
            "(?iU)\\b(?:(ambtena\\w*|overheid\\w*|gemeente\\w*|provincie\\w*|beleidsmaker\\w*)"
                    + "|((?:sociaal |sociale )?ondernemer\\w*|initiatie\\w*|bewoner\\w*|vrijwilliger\\w*))\\b");
    private static final Pattern SIDE_PREFIX = Pattern.compile(
            "(?iU)(?:(ambtena\\w*|overheid|gemeente|provincie)|(ondernemer\\w*|initiatie\\w*|bewoners?))\\s*:\\s*\\S.*");

    private enum Scope {
        /** stays at the current table: a table's own headings */
        TABLE,
        /** about the whole gathering: ends the table */
        GATHERING
    }

    private record HeadingRule(Pattern pattern, HarvestType type, Scope scope) {
    }

    private static final Pattern PARTICIPANTS = Pattern.compile(
            "(?:de |het )?(?:deelnemerslijst|deelnemers|lijst (?:van|met) deelnemers|aanwezigen|aanwezig"
                    + "|presentielijst)\\b.{0,40}");
    private static final Pattern GOALS = Pattern.compile(
            "(?:de |het )?(?:doelstellingen|doelstelling|doelen|doel van de (?:dag|bijeenkomst|middag|ochtend))\\b.{0,80}");

    /** In order: the first rule whose words occur in a heading decides. */
    private static final List<HeadingRule> HEADINGS = List.of(
            rule("netwerk?kracht|synthese|formule", HarvestType.KERNBOODSCHAP, Scope.GATHERING),
            rule("\\bbest(?:e)? practi[cs]e|\\bgood practice|\\bgoede voorbeelden", HarvestType.BEST_PRACTICE,
                    Scope.TABLE),
            rule("\\brode draa?d", HarvestType.RODE_DRAAD, Scope.TABLE),
            rule("\\bkernboodschap|\\bgeheim\\b|^de kern$", HarvestType.KERNBOODSCHAP, Scope.TABLE),
            rule("^(?:de )?(?:casus|casussen|pitches)$", HarvestType.CASUS, Scope.TABLE),
            rule("\\bsuggestie|^tips?\\b|\\badvie(?:s|zen)\\b", HarvestType.SUGGESTIE, Scope.TABLE),
            rule("\\bknelpunt|\\bbelemmering|\\bobstakel", HarvestType.KNELPUNT, Scope.TABLE),
            rule("\\bdroom|\\bdromen\\b|\\bgedroomde|\\btoekomstbeeld|\\btoekomstdroom", HarvestType.TOEKOMSTBEELD,
                    Scope.TABLE),
            rule("voorwaarde|\\bcondities\\b", HarvestType.RANDVOORWAARDE, Scope.TABLE),
            rule("\\bidee(?:ën|en)?\\b|\\bvoorstel|\\bbehoefte|\\bwensen\\b", HarvestType.IDEE, Scope.TABLE),
            rule("^(?:het )?vervolg|\\bvervolgafspra|\\bvervolgactie|\\bactiepunten|\\bafspraken\\b|\\bhoe (?:nu )?verder",
                    HarvestType.VERVOLGACTIE, Scope.GATHERING),
            rule("\\bkennisvra|\\bkennisagenda|\\bleervra|\\bonderzoeksvra", HarvestType.KENNISVRAAG, Scope.GATHERING),
            rule("\\bconstatering|\\bobservaties\\b|\\bconclusies?\\b|\\bbevindingen", HarvestType.CONSTATERING,
                    Scope.GATHERING),
            rule("^(?:slotwoord|afsluiting|inleiding|samenvatting|terugblik|achtergrond|wat hebben we geoogst|welkom"
                    + "|programma|opening|plenaire? afsluiting|de oogst|oogst)\\b", HarvestType.NOTITIE, Scope.GATHERING));

    private static HeadingRule rule(String regex, HarvestType type, Scope scope) {
        return new HeadingRule(Pattern.compile(regex), type, scope);
    }

    /** Reads the text; never throws on any input (null is an empty report). */
    public ReportProposal parse(String text) {
        List<Source> sources = new ArrayList<>();
        List<String> raw = ReportText.lines(text);
        for (int i = 0; i < raw.size(); i++) {
            String clean = ReportText.clean(raw.get(i));
            if (!clean.isEmpty()) {
                sources.add(new Source(i + 1, clean));
            }
        }
        return new Run(sources).run();
    }

    /** A bullet or numbered line ("- ", "• ", "* ", "o ", "1. "). */
    static boolean isBullet(String line) {
        return markerLength(line) > 0 || NUMBERED.matcher(line.length() > 8 ? line.substring(0, 8) + "x" : line)
                .matches();
    }

    /** How many leading characters are a bullet marker (numbers are kept as part of the text). */
    private static int markerLength(String line) {
        int i = 0;
        int n = line.length();
        boolean marker = false;
        while (i < n) {
            char c = line.charAt(i);
            if ("-–—•·*▪●◦‣>".indexOf(c) >= 0 && i + 1 < n && ReportText.isSpace(line.charAt(i + 1))) {
                marker = true;
                i += 2;
            } else if (c == 'o' && i + 2 < n && line.charAt(i + 1) == ' ' && Character.isUpperCase(line.charAt(i + 2))
                    && (marker || i == 0)) {
                // Word's second-level bullet, pasted as the letter o
                marker = true;
                i += 2;
            } else if (marker && ReportText.isSpace(c)) {
                i++;
            } else {
                break;
            }
        }
        return marker ? i : 0;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** A heading's words without numbering and trailing punctuation: "3 MO-Themadag - Randvoorwaarden:" → "…". */
    private static String headingWords(String line) {
        String s = lower(line).replaceFirst("^(?:\\d{1,2}|[a-h]|[ivx]{1,4})[.)]?\\s+", "");
        int end = s.length();
        while (end > 0 && (":.!?*".indexOf(s.charAt(end - 1)) >= 0 || ReportText.isSpace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(0, end).replace("*", "");
    }

    static HarvestType typeOfHeading(String words) {
        for (HeadingRule r : HEADINGS) {
            if (r.pattern().matcher(words).find()) {
                return r.type();
            }
        }
        return null;
    }

    private static HeadingRule headingRule(String words) {
        for (HeadingRule r : HEADINGS) {
            if (r.pattern().matcher(words).find()) {
                return r;
            }
        }
        return null;
    }

    private static HarvestType typedPrefix(String text) {
        String region = lower(text.length() > PREFIX_REGION ? text.substring(0, PREFIX_REGION) : text);
        Matcher m = TYPED_PREFIX.matcher(region);
        if (!m.lookingAt()) {
            return null;
        }
        String word = m.group(1);
        if (word.startsWith("best") || word.startsWith("good")) {
            return HarvestType.BEST_PRACTICE;
        }
        if (word.startsWith("rode")) {
            return HarvestType.RODE_DRAAD;
        }
        return switch (word) {
            case "kernboodschap", "geheim", "de kern" -> HarvestType.KERNBOODSCHAP;
            case "suggestie", "tip" -> HarvestType.SUGGESTIE;
            case "knelpunt" -> HarvestType.KNELPUNT;
            case "idee" -> HarvestType.IDEE;
            case "droom", "toekomstbeeld" -> HarvestType.TOEKOMSTBEELD;
            case "randvoorwaarde", "voorwaarde" -> HarvestType.RANDVOORWAARDE;
            case "vervolgactie", "actiepunt", "afspraak" -> HarvestType.VERVOLGACTIE;
            case "kennisvraag", "leervraag" -> HarvestType.KENNISVRAAG;
            case "constatering" -> HarvestType.CONSTATERING;
            case "casus" -> HarvestType.CASUS;
            default -> null;
        };
    }

    private static boolean allCaps(String line) {
        boolean letters = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    private static boolean endsSentence(String s) {
        if (s.isEmpty()) {
            return true;
        }
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == ';' || c == ',' || c == ')' && s.endsWith(".)");
    }

    private static int words(String s) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = ReportText.isSpace(s.charAt(i));
            if (!space && !in) {
                count++;
            }
            in = !space;
        }
        return count;
    }

    /** The state of one reading. */
    private static final class Run {

        private enum Mode { NORMAL, QUESTION_NEXT, ROUND_TITLE_NEXT, GOALS, PARTICIPANTS }

        private final List<Source> sources;
        private final GatheringFacts facts;
        private final List<Line> outline = new ArrayList<>();
        private final List<Round> rounds = new ArrayList<>();
        private final Map<Integer, Table> tables = new LinkedHashMap<>();
        private final List<MutableItem> items = new ArrayList<>();
        private final List<Participant> participants = new ArrayList<>();
        private final List<String> goals = new ArrayList<>();

        private Mode mode = Mode.NORMAL;
        private Integer table;
        private HarvestType type = HarvestType.NOTITIE;
        private boolean typeRecognised;
        private HarvestType roundType = HarvestType.NOTITIE;
        private String section;
        /** the case whose description may go on in the following paragraphs */
        private MutableItem openCase;
        /** the case that suggestions answer */
        private MutableItem lastCase;
        /** the knelpunt whose two sides the following lines may describe */
        private MutableItem openBottleneck;
        /** 1: the government's side, 2: the initiative's, 0: none yet */
        private int side;
        private int lastWrittenRound;
        private int previousNumber;

        Run(List<Source> sources) {
            this.sources = sources;
            this.facts = GatheringFacts.of(sources);
        }

        ReportProposal run() {
            for (Source s : sources) {
                boolean blankBefore = s.number() > previousNumber + 1;
                read(s, blankBefore);
                previousNumber = s.number();
            }
            List<Item> done = new ArrayList<>(items.size());
            for (MutableItem m : items) {
                done.add(m.toItem(items));
            }
            List<Line> unrecognised = outline.stream().filter(l -> l.role() == LineRole.NOTE).toList();
            ReportProposal.Gathering gathering = new ReportProposal.Gathering(facts.title, facts.date, facts.place,
                    facts.organiserList(), facts.kind, goals);
            return new ReportProposal(gathering, rounds, new ArrayList<>(tables.values()), done, participants,
                    unrecognised, outline);
        }

        private void read(Source s, boolean blankBefore) {
            String line = s.text();
            LineRole factRole = facts.roles.get(s.number());
            if (factRole != null) {
                mark(s, factRole);
                return;
            }
            boolean bullet = isBullet(line);
            boolean short_ = line.length() <= HEADING_MAX * 4;
            switch (mode) {
                case QUESTION_NEXT -> {
                    mode = Mode.NORMAL;
                    if (!bullet && short_ && !programme(line)) {
                        Round r = rounds.remove(rounds.size() - 1);
                        rounds.add(new Round(r.number(), r.title(), line));
                        roundType = roundType(r.title(), line);
                        type = roundType;
                        typeRecognised = type != HarvestType.NOTITIE;
                        mark(s, LineRole.QUESTION);
                        return;
                    }
                }
                case ROUND_TITLE_NEXT -> {
                    mode = Mode.NORMAL;
                    if (!bullet && line.length() <= HEADING_MAX && !endsSentence(line) && !structural(line)) {
                        Round r = rounds.remove(rounds.size() - 1);
                        rounds.add(new Round(r.number(), r.title() + ": " + line, r.question()));
                        roundType = roundType(line, null);
                        type = roundType;
                        typeRecognised = type != HarvestType.NOTITIE;
                        mark(s, LineRole.ROUND);
                        return;
                    }
                }
                case GOALS -> {
                    if (bullet) {
                        goals.add(ReportText.strip(line.substring(markerLength(line))));
                        mark(s, LineRole.GOAL);
                        return;
                    }
                    mode = Mode.NORMAL;
                }
                case PARTICIPANTS -> {
                    if (PARTICIPANT_HEADER.matcher(lower(line)).matches()) {
                        mark(s, LineRole.HEADING);
                        return;
                    }
                    String name = ReportText.strip(line.substring(markerLength(line)));
                    if (!name.isEmpty() && name.length() <= 120 && words(name) <= 12 && !name.endsWith(".")
                            && !structural(line)) {
                        participant(s, name);
                        return;
                    }
                    mode = Mode.NORMAL;
                }
                default -> {
                }
            }
            if (!bullet && line.length() <= 160 && structuralLine(s, line)) {
                return;
            }
            if (openBottleneck != null && type == HarvestType.KNELPUNT && perspective(s, line, bullet)) {
                return;
            }
            if (!bullet && CASE.matcher(line.length() > 20 ? line.substring(0, 20) : line).lookingAt()) {
                MutableItem c = item(s, HarvestType.CASUS, line, true, false);
                c.pitcher = pitcher(line);
                openCase = c;
                lastCase = c;
                return;
            }
            if (!bullet) {
                HarvestType prefixed = typedPrefix(line);
                if (prefixed != null && line.length() <= 160) {
                    // "Knelpunt 1: Lange en stroperige doorlooptijd": an item that also heads what follows
                    item(s, prefixed, line, true, false);
                    type = prefixed;
                    typeRecognised = true;
                    section = line;
                    openCase = null;
                    return;
                }
                if (continuation(s, line, blankBefore)) {
                    return;
                }
                if (line.length() <= 80 && words(line) <= 10 && !endsSentence(line) && startsUpper(line)) {
                    // a heading we do not know: kept as a note; artefacts in capitals (page headers) change nothing
                    item(s, HarvestType.NOTITIE, line, false, false);
                    if (!allCaps(line)) {
                        section = line;
                        type = HarvestType.NOTITIE;
                        typeRecognised = false;
                        openCase = null;
                        openBottleneck = null;
                    }
                    return;
                }
                if (openCase != null) {
                    openCase.append(s, line, "\n\n");
                    mark(s, LineRole.ITEM);
                    if (openCase.pitcher == null) {
                        Matcher says = PITCHER_SAYS.matcher(head(line, 200));
                        if (says.lookingAt()) {
                            openCase.pitcher = says.group(1);
                        }
                    }
                    return;
                }
                prose(s, line);
                return;
            }
            openCase = null;
            String text = ReportText.strip(line.substring(markerLength(line)));
            HarvestType own = typedPrefix(text);
            if (own == HarvestType.CASUS) {
                MutableItem c = item(s, HarvestType.CASUS, text, true, true);
                c.pitcher = pitcher(text);
                lastCase = c;
                return;
            }
            HarvestType t = own != null ? own : FOLLOW_UP.matcher(head(text, 500)).find() ? HarvestType.VERVOLGACTIE
                    : type;
            item(s, t, text, own != null || t != type || typeRecognised, true);
        }

        /** Rounds, questions, tables and known headings. @return whether the line was one */
        private boolean structuralLine(Source s, String line) {
            Matcher m = ROUND.matcher(line);
            if (m.matches()) {
                lastWrittenRound = Math.max(lastWrittenRound, writtenNumber(m.group(1)));
                String rest = m.group(2) == null ? "" : ReportText.strip(m.group(2));
                startRound(line, null);
                if (rest.isEmpty()) {
                    mode = Mode.ROUND_TITLE_NEXT;
                }
                mark(s, LineRole.ROUND);
                return true;
            }
            m = NUMBERED_ROUND.matcher(line);
            if (m.matches() && Integer.parseInt(m.group(1)) == lastWrittenRound + 1 && !endsSentence(line)
                    && line.length() <= HEADING_MAX) {
                lastWrittenRound++;
                startRound(m.group(2), null);
                mark(s, LineRole.ROUND);
                return true;
            }
            m = QUESTION.matcher(line);
            if (m.matches()) {
                String question = m.group(1) == null ? "" : ReportText.strip(m.group(1));
                if (rounds.isEmpty() || rounds.get(rounds.size() - 1).question() != null) {
                    startRound(rounds.isEmpty() ? null : rounds.get(rounds.size() - 1).title(), null);
                }
                if (question.isEmpty()) {
                    mode = Mode.QUESTION_NEXT;
                } else {
                    Round r = rounds.remove(rounds.size() - 1);
                    rounds.add(new Round(r.number(), r.title(), question));
                    roundType = roundType(r.title(), question);
                    type = roundType;
                    typeRecognised = type != HarvestType.NOTITIE;
                }
                mark(s, LineRole.QUESTION);
                return true;
            }
            if (tableLine(s, line)) {
                return true;
            }
            if (line.length() > HEADING_MAX || words(line) > 14 || line.endsWith(".")) {
                return false;
            }
            String words = headingWords(line);
            if (PARTICIPANTS.matcher(words).matches()) {
                mode = Mode.PARTICIPANTS;
                endTable();
                mark(s, LineRole.HEADING);
                return true;
            }
            if (GOALS.matcher(words).matches() && !line.endsWith("?")) {
                mode = Mode.GOALS;
                mark(s, LineRole.HEADING);
                return true;
            }
            HeadingRule rule = headingRule(words);
            if (rule == null || line.endsWith("?") && rule.scope() == Scope.TABLE) {
                return false;
            }
            HarvestType prefixed = typedPrefix(line);
            if (prefixed != null && !ReportText.strip(line.substring(line.indexOf(':') + 1)).isEmpty()) {
                // "Knelpunt 1: Lange en stroperige doorlooptijd" is an item, not only a heading
                return false;
            }
            if (rule.scope() == Scope.GATHERING) {
                endTable();
            }
            type = rule.type();
            typeRecognised = true;
            section = line;
            openCase = null;
            openBottleneck = null;
            mark(s, LineRole.HEADING);
            return true;
        }

        private boolean tableLine(Source s, String line) {
            Integer number = null;
            String name;
            String topic = null;
            Matcher m = TABLE.matcher(line);
            if (m.matches()) {
                number = m.group(2) == null ? null : Integer.valueOf(m.group(2));
                name = (m.group(1) == null ? "Tafel" : "Thematafel") + (number == null ? "" : " " + number);
                topic = blankToNull(m.group(3));
            } else if ((m = NAMED_TABLE.matcher(line)).matches() && words(line) <= 7) {
                name = line;
                topic = ReportText.strip(m.group(2));
            } else if ((m = THEME_TABLE.matcher(line)).matches()) {
                number = Integer.valueOf(m.group(1));
                name = "Thema " + number;
                topic = ReportText.strip(m.group(2));
            } else {
                return false;
            }
            if (number == null && topic == null) {
                number = tables.size() + 1;
                name = name + " " + number;
            }
            if (number == null) {
                for (Table t : tables.values()) {
                    if (topic.equalsIgnoreCase(t.topic())) {
                        number = t.number();
                    }
                }
                if (number == null) {
                    number = nextFreeTable();
                }
            }
            Table known = tables.get(number);
            if (known == null) {
                tables.put(number, new Table(number, name, topic));
            } else if (known.topic() == null && topic != null) {
                tables.put(number, new Table(number, known.name(), topic));
            }
            table = number;
            openBottleneck = null;
            type = roundType;
            typeRecognised = roundType != HarvestType.NOTITIE;
            section = null;
            openCase = null;
            lastCase = null;
            mark(s, LineRole.TABLE);
            return true;
        }

        private int nextFreeTable() {
            int n = 1;
            while (tables.containsKey(n)) {
                n++;
            }
            return n;
        }

        private void startRound(String title, String question) {
            rounds.add(new Round(rounds.size() + 1, title, question));
            roundType = roundType(title, question);
            type = roundType;
            typeRecognised = type != HarvestType.NOTITIE;
            endTable();
        }

        private void endTable() {
            table = null;
            section = null;
            openCase = null;
            lastCase = null;
            openBottleneck = null;
        }

        /**
         * "Waar heeft een ambtenaar allemaal mee te maken?" and what follows it, or "- Gemeente: …", belong to the
         * knelpunt above as one of its two sides. @return whether the line went there
         */
        private boolean perspective(Source s, String line, boolean bullet) {
            String text = bullet ? ReportText.strip(line.substring(markerLength(line))) : line;
            Matcher prefixed = SIDE_PREFIX.matcher(head(text, 400));
            if (prefixed.lookingAt()) {
                side = prefixed.group(1) != null ? 1 : 2;
            } else if (text.endsWith("?") && text.length() <= 200) {
                Matcher m = SIDE.matcher(text);
                if (!m.find()) {
                    return false;
                }
                side = m.group(1) != null ? 1 : 2;
            } else if (side == 0 || typedPrefix(text) != null || !bullet && line.length() <= 80 && !endsSentence(line)) {
                return false;
            }
            openBottleneck.addView(s, side, text);
            mark(s, LineRole.ITEM);
            return true;
        }

        private static HarvestType roundType(String title, String question) {
            for (String s : new String[] {title, question}) {
                if (s != null) {
                    HarvestType t = typeOfHeading(headingWords(s));
                    if (t != null && t != HarvestType.NOTITIE && t != HarvestType.VERVOLGACTIE
                            && t != HarvestType.CONSTATERING) {
                        return t;
                    }
                }
            }
            return HarvestType.NOTITIE;
        }

        /** Would this line head something (so it cannot be a question or a round title or a participant)? */
        private boolean structural(String line) {
            if (line.length() > HEADING_MAX || line.endsWith(".")) {
                return false;
            }
            String words = headingWords(line);
            return ROUND.matcher(line).matches() || QUESTION.matcher(line).matches() || TABLE.matcher(line).matches()
                    || THEME_TABLE.matcher(line).matches() || PARTICIPANTS.matcher(words).matches()
                    || (words(line) <= 14 && headingRule(words) != null);
        }

        /** A round, question or table heading. */
        private static boolean programme(String line) {
            return line.length() <= HEADING_MAX && (ROUND.matcher(line).matches() || QUESTION.matcher(line).matches()
                    || TABLE.matcher(line).matches() || THEME_TABLE.matcher(line).matches());
        }

        private static int writtenNumber(String s) {
            String w = lower(s);
            return switch (w) {
                case "een", "i" -> 1;
                case "twee", "ii" -> 2;
                case "drie", "iii" -> 3;
                case "vier", "iv" -> 4;
                case "vijf", "v" -> 5;
                case "vi" -> 6;
                case "vii" -> 7;
                case "viii" -> 8;
                case "ix" -> 9;
                case "x" -> 10;
                default -> w.chars().allMatch(Character::isDigit) ? Integer.parseInt(w) : 0;
            };
        }

        /**
         * A paragraph broken by a page ("Door elkaar te" … "bezoeken en …"), or a bullet going on without a bullet
         * of its own, belongs to the item before it.
         */
        private boolean continuation(Source s, String line, boolean blankBefore) {
            if (items.isEmpty()) {
                return false;
            }
            MutableItem last = items.get(items.size() - 1);
            if (last.lastLine() != previousNumber) {
                return false;
            }
            char first = line.charAt(0);
            boolean afterBullet = last.bullet && !blankBefore && !Character.isUpperCase(first);
            boolean brokenSentence = !last.bullet && Character.isLowerCase(first) && !endsSentence(last.text.toString());
            if (!afterBullet && !brokenSentence) {
                return false;
            }
            int list = line.indexOf(" · ");
            last.append(s, list < 0 ? line : ReportText.strip(line.substring(0, list)), " ");
            mark(s, last.recognised ? LineRole.ITEM : LineRole.NOTE);
            if (list >= 0) {
                prose(s, line.substring(list + 3));
            }
            return true;
        }

        private void prose(Source s, String line) {
            // "12 keer LKV bezocht · Veel mensen … · …": one paragraph holding a list
            String[] parts = line.split(" · ");
            for (String part : parts) {
                String p = ReportText.strip(part);
                if (p.isEmpty()) {
                    continue;
                }
                HarvestType own = typedPrefix(p);
                HarvestType itemType = own != null ? own
                        : FOLLOW_UP.matcher(head(p, 500)).find() ? HarvestType.VERVOLGACTIE : type;
                item(s, itemType, p, own != null || itemType != type || typeRecognised, false);
            }
        }

        private MutableItem item(Source s, HarvestType t, String text, boolean recognised, boolean bullet) {
            MutableItem m = new MutableItem(t, text, rounds.isEmpty() ? null : rounds.get(rounds.size() - 1).number(),
                    table, section, recognised && t != null, bullet, s.number());
            if (t == HarvestType.SUGGESTIE && lastCase != null) {
                m.forCase = lastCase;
            }
            if (t == HarvestType.KNELPUNT) {
                openBottleneck = m;
                side = 0;
            }
            items.add(m);
            markOnce(s, m.recognised ? LineRole.ITEM : LineRole.NOTE);
            return m;
        }

        private void participant(Source s, String name) {
            String organisation = null;
            for (String separator : new String[] {" – ", " - ", " | ", ", ", " ("}) {
                int at = name.indexOf(separator);
                if (at > 0) {
                    organisation = ReportText.strip(name.substring(at + separator.length()).replace(")", ""));
                    name = ReportText.strip(name.substring(0, at));
                    break;
                }
            }
            participants.add(new Participant(name, blankToNull(organisation), s.number()));
            mark(s, LineRole.PARTICIPANT);
        }

        private void mark(Source s, LineRole role) {
            outline.add(new Line(s.number(), s.text(), role));
        }

        /** A line split into several items is one line of the outline; it is a note if any part is. */
        private void markOnce(Source s, LineRole role) {
            if (!outline.isEmpty() && outline.get(outline.size() - 1).number() == s.number()) {
                if (role == LineRole.NOTE) {
                    outline.set(outline.size() - 1, new Line(s.number(), s.text(), LineRole.NOTE));
                }
                return;
            }
            mark(s, role);
        }

        private static String pitcher(String line) {
            String head = head(line, 300);
            Matcher m = PITCHER_AFTER_PITCH.matcher(head);
            if (m.find()) {
                return m.group(1);
            }
            if (lower(head).contains("pitch")) {
                m = PITCHER_AFTER_COMMA.matcher(head);
                if (m.find()) {
                    return m.group(1);
                }
            }
            return null;
        }
    }

    private static String head(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static boolean startsUpper(String line) {
        int c = line.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c);
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = ReportText.strip(s);
        return t.isEmpty() ? null : t;
    }

    /** An item while it is being read: a case's description may still grow. */
    private static final class MutableItem {
        final HarvestType type;
        final StringBuilder text;
        final Integer round;
        final Integer table;
        final String section;
        final boolean recognised;
        final boolean bullet;
        final List<Integer> lines = new ArrayList<>(1);
        String pitcher;
        MutableItem forCase;
        StringBuilder governmentView;
        StringBuilder initiativeView;

        MutableItem(HarvestType type, String text, Integer round, Integer table, String section, boolean recognised,
                    boolean bullet, int line) {
            this.type = type;
            this.text = new StringBuilder(text);
            this.round = round;
            this.table = table;
            this.section = section;
            this.recognised = recognised;
            this.bullet = bullet;
            lines.add(line);
        }

        int lastLine() {
            return lines.get(lines.size() - 1);
        }

        void append(Source s, String more, String separator) {
            text.append(separator).append(more);
            if (!lines.contains(s.number())) {
                lines.add(s.number());
            }
        }

        void addView(Source s, int side, String more) {
            if (side == 1) {
                governmentView = governmentView == null ? new StringBuilder(more)
                        : governmentView.append("\n\n").append(more);
            } else {
                initiativeView = initiativeView == null ? new StringBuilder(more)
                        : initiativeView.append("\n\n").append(more);
            }
            if (!lines.contains(s.number())) {
                lines.add(s.number());
            }
        }

        Item toItem(List<MutableItem> all) {
            return new Item(type, text.toString(), round, table, pitcher, forCase == null ? null : all.indexOf(forCase),
                    governmentView == null ? null : governmentView.toString(),
                    initiativeView == null ? null : initiativeView.toString(), section, lines, recognised);
        }
    }
}
