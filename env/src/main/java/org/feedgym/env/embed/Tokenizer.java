package org.feedgym.env.embed;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into terms for TF-IDF: NFKC-normalised, lower-cased (root locale); runs of letters
 * and digits form words, words shorter than 2 characters and common English stop words are
 * dropped; runs of CJK characters (Han, kana, Hangul), which have no spaces between words, become
 * overlapping character bigrams (a run of one character is kept as is). Bigrams are the usual
 * dictionary-free choice for Chinese retrieval.
 */
public final class Tokenizer {

    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "been", "but", "by",
            "for", "from", "had", "has", "have", "he", "her", "his", "i", "in", "is", "it", "its", "me", "my", "of",
            "on", "or", "our", "she", "so", "than", "that", "the", "their", "them", "there", "they", "this", "to",
            "was", "we", "were", "what", "when", "which", "who", "will", "with", "would", "you", "your");

    private Tokenizer() {
    }

    /** The terms of {@code text}, in order, with repeats. */
    public static List<String> terms(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        StringBuilder cjk = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                flushWord(word, out);
                cjk.appendCodePoint(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                flushCjk(cjk, out);
                word.appendCodePoint(cp);
            } else {
                flushWord(word, out);
                flushCjk(cjk, out);
            }
        }
        flushWord(word, out);
        flushCjk(cjk, out);
        return out;
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static void flushWord(StringBuilder word, List<String> out) {
        if (word.length() >= 2) {
            String w = word.toString();
            if (!STOP.contains(w)) {
                out.add(w);
            }
        }
        word.setLength(0);
    }

    private static void flushCjk(StringBuilder run, List<String> out) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            out.add(new String(cps, 0, 1));
        }
        for (int k = 0; k + 1 < cps.length; k++) {
            out.add(new String(cps, k, 2));
        }
        run.setLength(0);
    }
}
