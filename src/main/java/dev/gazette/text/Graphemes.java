package dev.gazette.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a string by extended grapheme clusters (what a reader sees as one character): a base
 * with its combining marks, a Hangul syllable in jamo, a ZWJ emoji sequence, a flag (a pair of
 * regional indicators), a keycap, an emoji with a skin tone.
 *
 * <p>Boundaries come from the JDK's regex {@code \X}, which follows Unicode's UAX #29 rules
 * (JDK 17: Unicode 13.0) including the emoji rules GB11-GB13. {@code java.text.BreakIterator}
 * does not on JDK 17: it splits ZWJ sequences, flags and skin tones and puts a ZWNJ in a
 * cluster of its own (GraphemesTest checks both). Devanagari conjuncts such as "क्ष" are two
 * clusters under Unicode 13 (the rule that joins them came in 15.1), which is also how
 * terminals lay them out: one column per consonant.
 *
 * <p>Not thread-safe: one instance per string and per thread. A fast path skips the regex
 * where no cluster can join two characters.
 */
public final class Graphemes {
    private static final Pattern CLUSTER = Pattern.compile("\\X");

    private final String s;
    private final int n;
    private Matcher matcher;

    public Graphemes(String s) {
        this.s = s;
        this.n = s.length();
    }

    /** End of the cluster that starts at boundary {@code i} (i &lt; length). */
    public int next(int i) {
        if (i + 1 >= n) return n;
        char c = s.charAt(i);
        char d = s.charAt(i + 1);
        // below U+0300 nothing extends a cluster, and no character before U+0600 is a Prepend
        if (d < 0x300 && c < 0x600 && !(c == '\r' && d == '\n')) return i + 1;
        if (matcher == null) matcher = CLUSTER.matcher(s);
        matcher.region(i, n);
        return matcher.lookingAt() ? matcher.end() : i + Character.charCount(s.codePointAt(i));
    }

    /** Display width of the cluster [start, end) in terminal columns (see {@link TerminalCells}). */
    int width(int start, int end) {
        return TerminalCells.clusterWidth(s, start, end);
    }

    /** End of the cluster that starts at {@code i} in {@code s}. */
    public static int next(String s, int i) {
        if (i >= s.length()) return s.length();
        return new Graphemes(s).next(i);
    }

    /**
     * Start of the cluster that ends at boundary {@code i}. Clusters are only defined walking
     * forward (a run of flags pairs up from its start), so this walks from the start of the
     * string: meant for input lines, not for whole articles.
     */
    public static int previous(String s, int i) {
        if (i <= 0) return 0;
        Graphemes g = new Graphemes(s);
        int start = 0;
        while (start < s.length()) {
            int end = g.next(start);
            if (end >= i) return start;
            start = end;
        }
        return start;
    }

    /** True when {@code i} is a cluster boundary of {@code s} (0 and the length are). */
    public static boolean isBoundary(String s, int i) {
        if (i <= 0 || i >= s.length()) return true;
        Graphemes g = new Graphemes(s);
        int at = 0;
        while (at < i) at = g.next(at);
        return at == i;
    }

    /** The clusters of {@code s}, in order. */
    public static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        Graphemes g = new Graphemes(s);
        for (int i = 0; i < s.length(); ) {
            int j = g.next(i);
            out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }

    /** A single char drawn two columns wide (CJK, fullwidth forms, BMP emoji). */
    static boolean isWideChar(char c) {
        return c >= 0x1100 && !Character.isSurrogate(c) && TerminalCells.codePointWidth(c) == 2;
    }
}
