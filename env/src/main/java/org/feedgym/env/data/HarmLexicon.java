package org.feedgym.env.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.feedgym.env.world.HarmClass;

/**
 * A keyword lexicon over item text that flags harmful items and says which harm class they fall
 * in. Matching is on NFKC-normalised lower-case text: a Latin keyword (one or more words) must
 * stand on word boundaries ({@code "diet pills"} matches "Diet pills!", {@code "rape"} does not
 * match "grapes"); a CJK keyword matches as a substring (Chinese has no spaces between words).
 *
 * <p>Score of an item with h keyword hits: 0 when h = 0, else {@code min(1, 0.5 + 0.25·(h − 1))};
 * its class is that of the keyword with most hits (first in lexicon order on ties).
 *
 * <p>The {@link #defaults() default lexicon} is deliberately short and specific: it lists terms
 * that the teen audits (CCDH 2022, Amnesty 2023) name for each class, in English and Chinese
 * (for KuaiRec captions), and leaves out broad words that mostly match benign items in the data
 * (e.g. "challenge" / 挑战, 140 KuaiRec captions, mostly dance challenges; "diet"; "drugs").
 */
public final class HarmLexicon {

    private final Map<String, HarmClass> keywords;

    private HarmLexicon(Map<String, HarmClass> keywords) {
        this.keywords = keywords;
    }

    /** A lexicon mapping each keyword to its harm class (not {@link HarmClass#NONE}). */
    public static HarmLexicon of(Map<String, HarmClass> keywords) {
        Map<String, HarmClass> copy = new LinkedHashMap<>();
        for (Map.Entry<String, HarmClass> e : keywords.entrySet()) {
            String k = normalise(Objects.requireNonNull(e.getKey(), "keyword")).strip();
            if (k.isEmpty()) {
                throw new IllegalArgumentException("harm keywords must not be blank");
            }
            if (Objects.requireNonNull(e.getValue(), "harmClass") == HarmClass.NONE) {
                throw new IllegalArgumentException("keyword '" + k + "' must name a harm class other than none");
            }
            copy.put(k, e.getValue());
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a harm lexicon needs at least one keyword");
        }
        return new HarmLexicon(copy);
    }

    /**
     * A lexicon from config strings {@code "class:keyword"} (e.g. {@code "self-harm:suicide"}); a
     * string without a class prefix gets {@code fallback}.
     */
    public static HarmLexicon parse(List<String> entries, HarmClass fallback) {
        Map<String, HarmClass> map = new LinkedHashMap<>();
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            HarmClass c = fallback;
            String keyword = entry;
            if (colon > 0) {
                String prefix = entry.substring(0, colon).strip();
                for (HarmClass h : HarmClass.values()) {
                    if (h.id().equals(prefix)) {
                        c = h;
                        keyword = entry.substring(colon + 1);
                    }
                }
            }
            map.put(keyword, c);
        }
        return of(map);
    }

    /** The default lexicon (see the class comment). */
    public static HarmLexicon defaults() {
        Map<String, HarmClass> m = new LinkedHashMap<>();
        for (String k : List.of("suicide", "suicidal", "self-harm", "self harm", "selfharm", "自杀", "轻生", "自残")) {
            m.put(k, HarmClass.SELF_HARM);
        }
        for (String k : List.of("anorexia", "anorexic", "bulimia", "bulimic", "eating disorder", "pro-ana",
                "thinspiration", "thinspo", "厌食", "催吐")) {
            m.put(k, HarmClass.EATING_DISORDER);
        }
        for (String k : List.of("weight loss", "lose weight", "diet pills", "body shaming", "减肥", "瘦身", "整容")) {
            m.put(k, HarmClass.BODY_IMAGE);
        }
        for (String k : List.of("depression", "depressed", "depressing", "抑郁")) {
            m.put(k, HarmClass.MENTAL_HEALTH);
        }
        for (String k : List.of("blackout challenge", "dangerous stunt")) {
            m.put(k, HarmClass.DANGEROUS_CHALLENGE);
        }
        for (String k : List.of("conspiracy", "hoax", "fake news", "miracle cure", "anti-vax", "谣言")) {
            m.put(k, HarmClass.MISINFORMATION);
        }
        return new HarmLexicon(m);
    }

    /** The keywords and their classes, in lexicon order. */
    public Map<String, HarmClass> keywords() {
        return java.util.Collections.unmodifiableMap(keywords);
    }

    /**
     * The lexicon's verdict on one text.
     *
     * @param hits      keyword occurrences
     * @param score     harm score in [0, 1]
     * @param harmClass the class of the most frequent keyword, {@link HarmClass#NONE} without hits
     */
    public record Match(int hits, double score, HarmClass harmClass) {
    }

    /** Matches {@code text}. */
    public Match match(String text) {
        String s = normalise(text);
        int total = 0;
        int best = 0;
        HarmClass cls = HarmClass.NONE;
        Map<HarmClass, Integer> perClass = new LinkedHashMap<>();
        for (Map.Entry<String, HarmClass> e : keywords.entrySet()) {
            int h = count(s, e.getKey());
            if (h > 0) {
                total += h;
                int c = perClass.merge(e.getValue(), h, Integer::sum);
                if (c > best) {
                    best = c;
                    cls = e.getValue();
                }
            }
        }
        double score = total == 0 ? 0 : Math.min(1, 0.5 + 0.25 * (total - 1));
        return new Match(total, score, cls);
    }

    private static int count(String s, String keyword) {
        boolean cjk = keyword.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        int n = 0;
        int from = 0;
        while (true) {
            int i = s.indexOf(keyword, from);
            if (i < 0) {
                return n;
            }
            int end = i + keyword.length();
            boolean ok = cjk || ((i == 0 || !Character.isLetterOrDigit(s.codePointBefore(i)))
                    && (end >= s.length() || !Character.isLetterOrDigit(s.codePointAt(end))));
            if (ok) {
                n++;
            }
            from = i + 1;
        }
    }

    private static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The keywords as config strings {@code "class:keyword"}. */
    public List<String> entries() {
        List<String> out = new ArrayList<>();
        keywords.forEach((k, c) -> out.add(c.id() + ":" + k));
        return out;
    }
}
