package dev.gazette.text;

import com.googlecode.lanterna.TerminalTextUtils;
import java.text.BreakIterator;

/**
 * Walks a string by grapheme clusters exactly as Lanterna 3.1.5 splits it into screen cells
 * ({@code TextCharacter.fromString} uses {@code BreakIterator.getCharacterInstance()}), and
 * tells each cluster's width the way {@code TextCharacter.isDoubleWidth()} does: a single char
 * is 2 cells when {@code TerminalTextUtils.isCharCJK}, every multi-char cluster (surrogate pair,
 * base + marks, emoji + VS16) is 2 cells, anything else 1.
 *
 * <p>Not thread-safe: one instance per string and per thread. A fast path skips the
 * BreakIterator between two characters below U+0300, where no cluster can join them.
 */
final class Graphemes {
    private final String s;
    private final int n;
    private BreakIterator breaker;
    private int breakerAt = -1;

    Graphemes(String s) {
        this.s = s;
        this.n = s.length();
    }

    /** End of the cluster that starts at boundary {@code i} (i &lt; length). */
    int next(int i) {
        if (i + 1 >= n) return n;
        char c = s.charAt(i);
        char d = s.charAt(i + 1);
        if (c < 0x300 && d < 0x300 && c != '\r' && d >= 0x20 && (d < 0x7F || d > 0x9F) && d != 0xAD) return i + 1;
        if (breaker == null) {
            breaker = BreakIterator.getCharacterInstance();
            breaker.setText(s);
        }
        int end = breakerAt == i ? breaker.next() : breaker.following(i);
        if (end == BreakIterator.DONE) end = n;
        breakerAt = end;
        return end;
    }

    /** Display width of the cluster [start, end), as Lanterna's screen lays it out. */
    int width(int start, int end) {
        return clusterWidth(s, start, end);
    }

    static int clusterWidth(CharSequence s, int start, int end) {
        if (end - start > 1) return 2;
        return isWideChar(s.charAt(start)) ? 2 : 1;
    }

    /** Lanterna's verdict on one char; nothing below U+1100 (Hangul Jamo) is in its CJK list. */
    static boolean isWideChar(char c) {
        return c >= 0x1100 && TerminalTextUtils.isCharCJK(c);
    }

    /** Display columns of a whole string. */
    static int columns(String s) {
        Graphemes g = new Graphemes(s);
        int cols = 0;
        for (int i = 0, n = s.length(); i < n; ) {
            int j = g.next(i);
            cols += clusterWidth(s, i, j);
            i = j;
        }
        return cols;
    }
}
