package dev.gazette.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Greedy word wrap of clean text to a column width.
 *
 * <p>Break opportunities: after a run of spaces (the spaces are dropped at the wrap), between
 * ideographic characters (Han, kana, CJK punctuation) except before closing punctuation and
 * small kana or after opening brackets (kinsoku), after a hyphen or dash inside a word, and
 * after a "/" inside a path (so long URLs break at their slashes, not "https://" though; a
 * URL's own hyphens are no breaks, so "db-engines.com" stays whole).
 * Hangul is kept whole between spaces, as Korean is written with spaces (CSS keep-all).
 * A word wider than the line is hard-broken between grapheme clusters. Each '\n' starts a new
 * paragraph whose leading spaces are kept (indentation); trailing spaces are never kept.
 * Linear in the length of the text.
 */
public final class Wrap {
    private Wrap() {}

    /** Wrapped lines of {@code cleanText}, each at most {@code width} columns; "" gives one "" line. */
    public static List<String> wrap(String cleanText, int width) {
        if (width < 1) throw new IllegalArgumentException("width must be at least 1, was " + width);
        String text = cleanText == null ? "" : cleanText;
        int[] r = ranges(text, width);
        List<String> lines = new ArrayList<>(r.length / 2);
        Graphemes g = new Graphemes(text);
        for (int k = 0; k < r.length; k += 2) {
            String line = text.substring(r[k], r[k + 1]);
            if (overflows(text, g, r[k], r[k + 1], width)) line = TextWidth.fit(line, width);
            lines.add(line);
        }
        return lines;
    }

    /**
     * True when the line {@code [start, end)} is one cluster wider than {@code width} (a wide
     * character at width 1, a cluster of several spacing characters in a narrow column), the
     * only way a wrapped line can overflow; callers show it as "…".
     */
    static boolean overflows(String text, Graphemes g, int start, int end, int width) {
        if (end <= start || g.next(start) != end) return false;
        return g.width(start, end) > width;
    }

    /**
     * Line ranges as pairs {start0, end0, start1, end1, ...} of indexes into {@code text}.
     * A line is wider than {@code width} only when it is a single cluster wider than the width
     * ({@link #overflows}); callers cut it.
     */
    static int[] ranges(String text, int width) {
        Ranges out = new Ranges();
        Graphemes g = new Graphemes(text);
        int n = text.length();
        int ps = 0;
        while (true) {
            int pe = text.indexOf('\n', ps);
            if (pe < 0) pe = n;
            paragraph(text, g, ps, pe, width, out);
            if (pe >= n) break;
            ps = pe + 1;
        }
        return out.toArray();
    }

    private static void paragraph(String text, Graphemes g, int ps, int pe, int width, Ranges out) {
        int lineStart = ps;
        int col = 0;                 // columns of [lineStart, i)
        int contentEnd = ps;         // end of the last non-space cluster on this line
        int brkStart = -1;           // where the next line starts if we break at the last opportunity
        int brkEnd = -1;             // where this line ends then
        int brkCol = 0;              // columns of [lineStart, brkStart)
        boolean wrapped = false;     // the current line is a continuation: drop its leading spaces
        boolean prevSpace = false;
        int prevCp = -1;
        int prevPrevCp = -1;
        boolean inUrl = false;       // this word has had a "://": it breaks at its slashes, not its hyphens
        int i = ps;
        while (i < pe) {
            int j = g.next(i);
            int w = g.width(i, j);
            int cp = text.codePointAt(i);
            if (isBreakingSpace(cp)) {
                if (wrapped && i == lineStart) {
                    lineStart = j;
                    contentEnd = j;
                } else {
                    col += w;
                    prevSpace = true;
                }
                inUrl = false;
                prevPrevCp = prevCp;
                prevCp = cp;
                i = j;
                continue;
            }
            if (cp == '/' && prevCp == '/' && prevPrevCp == ':') inUrl = true;
            if (i > lineStart && (prevSpace || breakBetween(prevPrevCp, prevCp, cp) && !(inUrl && isHyphen(prevCp)))) {
                brkStart = i;
                brkEnd = prevSpace ? contentEnd : i;
                brkCol = col;
            }
            if (col + w > width && i > lineStart) {
                if (brkStart > lineStart) {
                    if (brkEnd > lineStart) out.add(lineStart, brkEnd);
                    col -= brkCol;
                    lineStart = brkStart;
                } else {
                    out.add(lineStart, contentEnd);
                    lineStart = i;
                    col = 0;
                }
                wrapped = true;
                brkStart = -1;
                if (col + w > width && i > lineStart) {      // the rest of a long word still does not fit
                    out.add(lineStart, i);
                    lineStart = i;
                    col = 0;
                }
            }
            col += w;
            contentEnd = j;
            prevSpace = false;
            prevPrevCp = prevCp;
            prevCp = cp;
            i = j;
        }
        out.add(lineStart, Math.max(lineStart, contentEnd));
    }

    /** Spaces that allow a break and vanish at one (not NBSP, figure space, narrow NBSP). */
    static boolean isBreakingSpace(int cp) {
        if (cp == ' ') return true;
        if (cp < 0x1680) return false;
        return cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A && cp != 0x2007) || cp == 0x205F || cp == 0x3000;
    }

    /** Whether a line may break between {@code prev} and {@code next} ({@code before} precedes {@code prev}, or -1). */
    static boolean breakBetween(int before, int prev, int next) {
        if (isGlue(prev) || isGlue(next)) return false;
        if (isNoBreakBefore(next) || isNoBreakAfter(prev)) return false;
        if (next == '[') return false;                  // a link marker "[3]" stays with its text
        if (isIdeographic(prev) || isIdeographic(next)) return true;
        if (isHyphen(prev) && Character.isLetter(before) && Character.isLetterOrDigit(next)) return true;
        if (prev == '/' && before != '/' && before != ':' && before >= 0 && Character.isLetterOrDigit(next)) return true;
        return prev == 0x2014 || prev == 0x2015;       // em dash, horizontal bar
    }

    private static boolean isHyphen(int cp) {
        return cp == '-' || cp == 0x2010 || cp == 0x2013;
    }

    private static boolean isGlue(int cp) {
        return cp == 0x00A0 || cp == 0x2007 || cp == 0x202F;
    }

    private static boolean isIdeographic(int cp) {
        if (cp < 0x2E80) return false;
        if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF60)) return true;
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.BOPOMOFO
                || sc == Character.UnicodeScript.YI;
    }

    private static final String NO_BREAK_BEFORE =
            ")]},.;:!?%\u2026\u2025\u2019\u201D\u00BB\u203A"
            + "\u3001\u3002\uFF0C\uFF0E\uFF1A\uFF1B\uFF01\uFF1F\uFF09\uFF3D\uFF5D\u300D\u300F\u3011\u3015\u3009\u300B"
            + "\u3017\u3019\u301F\u30FC\uFF5E\u309D\u309E\u3005\u30FD\u30FE\u30FB\uFF65"
            + "\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u308E\u3095\u3096"
            + "\u30A1\u30A3\u30A5\u30A7\u30A9\u30C3\u30E3\u30E5\u30E7\u30EE\u30F5\u30F6";
    private static final String NO_BREAK_AFTER =
            "([{\u2018\u201C\u00AB\u2039\uFF08\uFF3B\uFF5B\u300C\u300E\u3010\u3014\u3008\u300A\u3016\u3018\u301D";

    private static boolean isNoBreakBefore(int cp) {
        return cp < 0x10000 && NO_BREAK_BEFORE.indexOf(cp) >= 0;
    }

    private static boolean isNoBreakAfter(int cp) {
        return cp >= 0 && cp < 0x10000 && NO_BREAK_AFTER.indexOf(cp) >= 0;
    }

    /** A growable int array of range pairs. */
    private static final class Ranges {
        private int[] a = new int[16];
        private int size;

        void add(int start, int end) {
            if (size + 2 > a.length) a = Arrays.copyOf(a, a.length * 2);
            a[size++] = start;
            a[size++] = end;
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
