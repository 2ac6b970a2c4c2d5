package org.marsad.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.marsad.data.DataFile;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;

/**
 * A language's time knowledge as read from {@code time/XX.tsv} followed by {@code time/common.tsv}
 * (format in docs/DATA-FORMATS.md): the lexicon of time words, the rules that combine them, the
 * block patterns that veto them, and options. Forms are normalised and tokenised by the language pack exactly as article text is,
 * so that a form and the text it should match always agree.
 */
final class TimeGrammar {
    /**
     * A lexicon form: its tokens (normalised; lower-cased unless case-sensitive) and meaning. A token
     * {@code *ed} stands for any lower-case word ending in "ed" ({@link #SUFFIX}), a token
     * {@code @VB:Fut.*} for any word with a reading whose grammatical tag matches ({@link #TAG}).
     */
    record Entry(String category, String value, List<String> tokens, boolean caseSensitive, boolean weak) {
    }

    /** Marks a form token that matches word endings: {@code *ed}. */
    static final String SUFFIX = "*";
    /** Marks a form token that matches grammatical tags of a word's readings: {@code @VB:Past.*}. */
    static final String TAG = "@";

    private final Map<String, List<Entry>> byFirstToken;
    private final Map<String, List<Entry>> byFirstTokenExact;
    private final List<Entry> patternFirst;
    private final Map<String, Pattern> tagPatterns;
    private final Map<Pattern, Map<String, Boolean>> tagAnswers = new ConcurrentHashMap<>();
    private final List<Rule> rules;
    private final List<Rule> blocks;
    private final String article;
    private final int hijriWindow;

    private TimeGrammar(Map<String, List<Entry>> byFirstToken, Map<String, List<Entry>> byFirstTokenExact,
                        List<Entry> patternFirst, Map<String, Pattern> tagPatterns, List<Rule> rules,
                        List<Rule> blocks, String article, int hijriWindow) {
        this.byFirstToken = byFirstToken;
        this.byFirstTokenExact = byFirstTokenExact;
        this.patternFirst = List.copyOf(patternFirst);
        this.tagPatterns = Map.copyOf(tagPatterns);
        this.rules = List.copyOf(rules);
        this.blocks = List.copyOf(blocks);
        this.article = article;
        this.hijriWindow = hijriWindow;
    }

    static TimeGrammar load(String lang) {
        List<DataFile.Row> rows = new ArrayList<>();
        if (lang != null && LanguagePack.SUPPORTED.contains(lang)) {
            rows.addAll(DataFile.resource("time/" + lang + ".tsv"));
        }
        rows.addAll(DataFile.resource("time/common.tsv"));
        return fromRows(LanguagePack.of(lang), rows);
    }

    static TimeGrammar fromRows(LanguagePack pack, List<DataFile.Row> rows) {
        Segmenter segmenter = new Segmenter(pack);
        Map<String, List<Entry>> ci = new HashMap<>();
        Map<String, List<Entry>> cs = new HashMap<>();
        List<Entry> patterns = new ArrayList<>();
        Map<String, Pattern> tagPatterns = new HashMap<>();
        Set<String> defined = new HashSet<>();
        for (Category c : Category.values()) {
            if (c != Category.WORDS) {
                defined.add(c.name());
            }
        }
        List<DataFile.Row> ruleRows = new ArrayList<>();
        List<DataFile.Row> blockRows = new ArrayList<>();
        String article = null;
        int hijriWindow = 0;
        for (DataFile.Row row : rows) {
            String kind = row.get(0);
            if (kind.equals("rule")) {
                ruleRows.add(row);
            } else if (kind.equals("block")) {
                blockRows.add(row);
            } else if (kind.equals("option") && row.get(1).equals("article") && !row.get(2).isEmpty()) {
                article = norms(segmenter, row.get(2)).get(0).toLowerCase(Locale.ROOT);
            } else if (kind.equals("option") && row.get(1).equals("hijri-window")) {
                try {
                    hijriWindow = Integer.parseInt(row.get(2));
                } catch (NumberFormatException e) {
                    throw row.error("hijri-window needs a number of years");
                }
            } else if (kind.equals("option")) {
                throw row.error("options are 'article<TAB>FORM' and 'hijri-window<TAB>YEARS'");
            } else if (Category.isName(kind)) {
                defined.add(kind);
                addEntries(row, segmenter, ci, cs, patterns, tagPatterns);
            } else {
                throw row.error("expected a CATEGORY, 'rule', 'block' or 'option', got '" + kind + "'");
            }
        }
        List<Rule> rules = parseRules(ruleRows, segmenter, defined);
        List<Rule> blocks = parseRules(blockRows, segmenter, defined);
        return new TimeGrammar(ci, cs, patterns, tagPatterns, rules, blocks, article, hijriWindow);
    }

    private static List<Rule> parseRules(List<DataFile.Row> rows, Segmenter segmenter, Set<String> defined) {
        List<Rule> rules = new ArrayList<>();
        for (DataFile.Row row : rows) {
            Rule rule = Rule.parse(row, rules.size(), form -> lowerAll(norms(segmenter, form)));
            for (Rule.Element e : rule.elements()) {
                for (Rule.Alt alt : e.alts()) {
                    if (alt.category() != null && !defined.contains(alt.category())) {
                        throw row.error("unknown category " + alt.category());
                    }
                }
            }
            rules.add(rule);
        }
        return rules;
    }

    private static void addEntries(DataFile.Row row, Segmenter segmenter, Map<String, List<Entry>> ci,
                                   Map<String, List<Entry>> cs, List<Entry> patterns,
                                   Map<String, Pattern> tagPatterns) {
        String category = row.get(0);
        Category role = Category.of(category);
        String value = row.get(1);
        String problem = role.check(value);
        if (problem != null) {
            throw row.error(category + " '" + value + "': " + problem);
        }
        List<String> forms = DataFile.values(row.get(2));
        if (forms.isEmpty()) {
            throw row.error("no forms given");
        }
        for (String form : forms) {
            boolean weak = form.startsWith("~");
            String text = weak ? form.substring(1).strip() : form;
            List<String> tokens = formTokens(row, segmenter, text, tagPatterns);
            if (tokens.isEmpty()) {
                throw row.error("empty form");
            }
            String words = text.replaceAll("(^|\\s)" + Pattern.quote(TAG) + "\\S*", " ");
            boolean caseSensitive = !words.toLowerCase(Locale.ROOT).equals(words);
            if (isPattern(tokens.get(0))) {
                if (caseSensitive) {
                    throw row.error("a form that starts with a word ending or tag is written in lower case: " + text);
                }
                patterns.add(new Entry(category, value, lowerAll(tokens), false, weak));
            } else if (caseSensitive) {
                Entry entry = new Entry(category, value, tokens, true, weak);
                cs.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(entry);
                String upper = tokens.get(0).toUpperCase(Locale.ROOT);
                if (!upper.equals(tokens.get(0))) {
                    cs.computeIfAbsent(upper, k -> new ArrayList<>()).add(entry);
                }
            } else {
                Entry entry = new Entry(category, value, lowerAll(tokens), false, weak);
                ci.computeIfAbsent(entry.tokens().get(0), k -> new ArrayList<>()).add(entry);
            }
        }
    }

    /** True for a form token that stands for a word ending or a tag rather than a word. */
    static boolean isPattern(String token) {
        return token.startsWith(SUFFIX) || token.startsWith(TAG);
    }

    /**
     * Tokens of a form: words as the language pack tokenises them, a word ending {@code *ed} and a
     * tag pattern {@code @VB:Fut.*} kept whole (the pattern compiled into {@code tagPatterns}).
     */
    private static List<String> formTokens(DataFile.Row row, Segmenter segmenter, String text,
                                           Map<String, Pattern> tagPatterns) {
        List<String> out = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (word.startsWith(TAG)) {
                try {
                    tagPatterns.put(word, Pattern.compile(word.substring(TAG.length())));
                } catch (PatternSyntaxException e) {
                    throw row.error("a tag pattern must be a regular expression: " + word);
                }
                out.add(word);
                continue;
            }
            if (!word.startsWith(SUFFIX)) {
                out.addAll(norms(segmenter, word));
                continue;
            }
            List<String> ending = norms(segmenter, word.substring(SUFFIX.length()));
            if (ending.size() != 1) {
                throw row.error("a word ending must be letters after " + SUFFIX + ": " + word);
            }
            out.add(SUFFIX + ending.get(0));
        }
        return out;
    }

    private static List<String> norms(Segmenter segmenter, String text) {
        List<String> out = new ArrayList<>();
        for (Token t : segmenter.tokens(text, 0, text.length())) {
            out.add(t.norm());
        }
        return out;
    }

    /** Lower-cased tokens; tag patterns stay as written, tags being case-sensitive. */
    private static List<String> lowerAll(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            out.add(t.startsWith(TAG) ? t : t.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Case-insensitive entries whose first token is this (lower-cased) key. */
    List<Entry> entries(String key) {
        return byFirstToken.getOrDefault(key, List.of());
    }

    /** Case-sensitive entries whose first token is exactly this normalised form (or its capitals). */
    List<Entry> exactEntries(String norm) {
        return byFirstTokenExact.getOrDefault(norm, List.of());
    }

    /** Entries whose first token is a word ending ({@code *ed}) or a tag pattern ({@code @VB:Fut.*}). */
    List<Entry> patternEntries() {
        return patternFirst;
    }

    /**
     * True when one of a reading's tags ({@code |}-separated) matches a tag pattern token. Readings
     * share few distinct tag strings, so answers are kept.
     */
    boolean tagMatches(String patternToken, String tags) {
        if (tags.isEmpty()) {
            return false;
        }
        Pattern p = tagPatterns.get(patternToken);
        return tagAnswers.computeIfAbsent(p, k -> new ConcurrentHashMap<>()).computeIfAbsent(tags, k -> {
            for (String one : tags.split("\\|")) {
                if (!one.isEmpty() && p.matcher(one).matches()) {
                    return true;
                }
            }
            return false;
        });
    }

    List<Rule> rules() {
        return rules;
    }

    /** Patterns whose tokens are never part of a time expression (الساعة 11, в 2 часа дня). */
    List<Rule> blocks() {
        return blocks;
    }

    /** The definite article kept in an extent when other clitics before it are dropped, or null. */
    String article() {
        return article;
    }

    /**
     * How close (in years) a bare four-digit year must be to the article's Hijri year to be
     * read as Hijri; 0 when the language never writes Hijri years without an era.
     */
    int hijriWindow() {
        return hijriWindow;
    }
}
