package dev.gazette.ui;

import dev.gazette.text.Graphemes;
import dev.gazette.text.StyledLine;

import java.util.ArrayList;
import java.util.List;

/**
 * The article's text search (/): the query, whether it is still being typed, every match
 * in the page at the current width, and which one is current. Matching ignores case and
 * never splits a grapheme cluster: "e" does not match the start of "é" written as e plus an
 * accent, and a search for a CJK word matches it wherever it stands, with no spaces needed.
 * A match does not run across a line break of the layout.
 *
 * @param origin the top line when the search began, where Esc during typing goes back to
 */
record ArticleSearch(InputLine query, boolean typing, List<Match> matches, int current, int origin) {

    /** One match: line {@code line} of the layout, UTF-16 indexes {@code [start, end)} of its text. */
    record Match(int line, int start, int end) {}

    ArticleSearch {
        matches = List.copyOf(matches);
    }

    static ArticleSearch begin(int top) {
        return new ArticleSearch(InputLine.EMPTY, true, List.of(), -1, top);
    }

    /** The search for {@code newQuery} in {@code lines}; the current match is the first at or after line {@code from}. */
    ArticleSearch withQuery(InputLine newQuery, List<StyledLine> lines, int from) {
        List<Match> found = find(lines, newQuery.text());
        return new ArticleSearch(newQuery, typing, found, firstFrom(found, from), origin);
    }

    /** The same query on the lines of another width. */
    ArticleSearch reflowed(List<StyledLine> lines, int top) {
        List<Match> found = find(lines, query.text());
        return new ArticleSearch(query, typing, found, firstFrom(found, top), origin);
    }

    ArticleSearch typed(boolean stillTyping) {
        return new ArticleSearch(query, stillTyping, matches, current, origin);
    }

    /** The next ({@code +1}) or previous ({@code -1}) match, round the ends. */
    ArticleSearch step(int delta) {
        if (matches.isEmpty()) return this;
        int n = matches.size();
        int next = current < 0 ? (delta > 0 ? 0 : n - 1) : Math.floorMod(current + delta, n);
        return new ArticleSearch(query, typing, matches, next, origin);
    }

    Match currentMatch() {
        return current < 0 || current >= matches.size() ? null : matches.get(current);
    }

    /** "3/12" for the status line, or "not found". */
    String count() {
        if (matches.isEmpty()) return "not found";
        return (current + 1) + "/" + matches.size();
    }

    /** Every match of {@code query} in {@code lines}, in reading order. */
    static List<Match> find(List<StyledLine> lines, String query) {
        String q = fold(query);
        List<Match> out = new ArrayList<>();
        if (q.isBlank()) return out;
        for (int i = 0; i < lines.size(); i++) {
            for (int[] m : onLine(lines.get(i).plain(), q)) out.add(new Match(i, m[0], m[1]));
        }
        return out;
    }

    /** The [start, end) ranges where {@code foldedQuery} (see {@link #fold}) occurs in {@code text}. */
    static List<int[]> onLine(String text, String foldedQuery) {
        List<int[]> out = new ArrayList<>();
        if (foldedQuery.isEmpty() || text.length() < foldedQuery.length()) return out;
        String t = fold(text);
        int from = 0;
        int at;
        while ((at = t.indexOf(foldedQuery, from)) >= 0) {
            int end = at + foldedQuery.length();
            if (Graphemes.isBoundary(text, at) && Graphemes.isBoundary(text, end)) {
                out.add(new int[] {at, end});
                from = end;
            } else {
                from = at + 1;
            }
        }
        return out;
    }

    /**
     * Case folded char by char, so indexes in the folded text are indexes in the original:
     * upper then lower case, which also folds the Greek final sigma and the Turkish dotted I
     * to the letters they pair with.
     */
    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        return new String(out);
    }

    private static int firstFrom(List<Match> found, int line) {
        if (found.isEmpty()) return -1;
        for (int i = 0; i < found.size(); i++) if (found.get(i).line() >= line) return i;
        return 0;
    }
}
