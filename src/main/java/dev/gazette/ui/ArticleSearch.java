package dev.gazette.ui;

import dev.gazette.text.Graphemes;
import dev.gazette.text.StyledLine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The article's text search (/): the query, whether it is still being typed, every match
 * in the page at the current width, and which one is current. Matching ignores case and
 * never splits a grapheme cluster: "e" does not match the start of "é" written as e plus an
 * accent, and a search for a CJK word matches it wherever it stands, with no spaces needed.
 * Words a word wrap put on two lines are found as the text has them (the line's quote bar or
 * indent left out); a line break of the text itself, or between paragraphs, is never crossed.
 *
 * @param origin the top line when the search began, where Esc during typing goes back to
 * @param pending  steps asked for (Ctrl-N +1, Ctrl-P -1) before the article's page was there,
 *                 taken once its matches are known
 */
record ArticleSearch(InputLine query, boolean typing, List<Match> matches, int current, int origin, int pending) {

    /**
     * One match: from UTF-16 index {@code start} of layout line {@code line} to index
     * {@code end} (exclusive) of line {@code endLine}, the same line or a later one of the
     * same wrapped text.
     */
    record Match(int line, int start, int endLine, int end) {}

    ArticleSearch {
        matches = List.copyOf(matches);
    }

    static ArticleSearch begin(int top) {
        return new ArticleSearch(InputLine.EMPTY, true, List.of(), -1, top, 0);
    }

    /** The search for {@code newQuery} in {@code lines}; the current match is the first at or after line {@code from}. */
    ArticleSearch withQuery(InputLine newQuery, List<StyledLine> lines, int from) {
        List<Match> found = find(lines, newQuery.text());
        return new ArticleSearch(newQuery, typing, found, firstFrom(found, from), origin, pending);
    }

    /**
     * The same query on the lines of another width. The matches are the same places in the
     * text, so the current one stays current; should their number change (a line cut at one
     * width and not at another), the first from {@code top} is.
     */
    ArticleSearch reflowed(List<StyledLine> lines, int top) {
        List<Match> found = find(lines, query.text());
        int keep = current >= 0 && found.size() == matches.size() ? current : firstFrom(found, top);
        ArticleSearch s = new ArticleSearch(query, typing, found, keep, origin, 0);
        return pending == 0 || found.isEmpty() ? s : s.step(pending);
    }

    ArticleSearch typed(boolean stillTyping) {
        return new ArticleSearch(query, stillTyping, matches, current, origin, pending);
    }

    /** The next ({@code +1}) or previous ({@code -1}) match, round the ends. */
    ArticleSearch step(int delta) {
        if (matches.isEmpty()) return this;
        int n = matches.size();
        int next = current < 0 ? (delta > 0 ? 0 : n - 1) : Math.floorMod(current + delta, n);
        return new ArticleSearch(query, typing, matches, next, origin, pending);
    }

    /** A step to take once the page is there and the matches are known. */
    ArticleSearch stepLater(int delta) {
        return new ArticleSearch(query, typing, matches, current, origin, pending + delta);
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
        String q = fold(Normalizer.normalize(query, Normalizer.Form.NFC));
        List<Match> out = new ArrayList<>();
        if (q.isBlank()) return out;
        int i = 0;
        while (i < lines.size()) {
            int end = i + 1;
            while (end < lines.size() && lines.get(end).joinBefore() != null) end++;
            if (end == i + 1) {
                StyledLine line = lines.get(i);
                String plain = line.plain();
                int from = Math.min(line.textStart(), plain.length());
                for (int[] m : onLine(plain.substring(from), q)) out.add(new Match(i, from + m[0], i, from + m[1]));
            } else {
                new WrappedText(lines, i, end).find(q, out);
            }
            i = end;
        }
        return out;
    }

    /**
     * Lines {@code [first, end)} of the layout as the one text a word wrap cut them from: each
     * line's own text (without the layout's prefix) joined by what the wrap took out.
     */
    private static final class WrappedText {
        private final StringBuilder text = new StringBuilder();
        private final int first;
        private final int[] textAt;     // where each line's piece starts in text
        private final int[] lineAt;     // where that piece starts in the line
        private final int[] length;     // its length

        WrappedText(List<StyledLine> lines, int first, int end) {
            this.first = first;
            int n = end - first;
            textAt = new int[n];
            lineAt = new int[n];
            length = new int[n];
            for (int k = 0; k < n; k++) {
                StyledLine line = lines.get(first + k);
                String plain = line.plain();
                if (k > 0) text.append(line.joinBefore());
                int textEnd = Math.max(line.textEnd(), 0);
                lineAt[k] = Math.min(line.textStart(), textEnd);
                textAt[k] = text.length();
                length[k] = textEnd - lineAt[k];
                text.append(plain, lineAt[k], textEnd);
            }
        }

        void find(String foldedQuery, List<Match> out) {
            for (int[] m : onLine(text.toString(), foldedQuery)) {
                int a = pieceOfStart(m[0]);
                int b = pieceOfEnd(m[1]);
                int start = Math.max(0, Math.min(m[0] - textAt[a], length[a])) + lineAt[a];
                int end = Math.min(m[1] - textAt[b], length[b]) + lineAt[b];
                out.add(new Match(first + a, start, first + b, end));
            }
        }

        /** The piece a match starting at text index i starts in: one that starts in a join starts on the next line. */
        private int pieceOfStart(int i) {
            int k = lastStartingBefore(i + 1);
            return i >= textAt[k] + length[k] && k + 1 < textAt.length ? k + 1 : k;
        }

        /** The piece a match ending at text index i (exclusive) ends in: one that ends in a join ends on the line before. */
        private int pieceOfEnd(int i) {
            return lastStartingBefore(i);
        }

        /**
         * The last piece that starts before text index i, or the first: a binary search, since a
         * code line of a megabyte goes on over thousands of rows and may hold thousands of matches.
         */
        private int lastStartingBefore(int i) {
            int lo = 0;
            int hi = textAt.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (textAt[mid] < i) lo = mid;
                else hi = mid - 1;
            }
            return lo;
        }
    }

    /**
     * The parts of layout line {@code index} that matches cover, as {start, end, current (1 or
     * 0)}: the whole of a match on that line, or its share of one that runs over several lines.
     */
    List<int[]> segmentsOn(int index, StyledLine line) {
        List<int[]> out = new ArrayList<>();
        if (matches.isEmpty()) return out;
        int lo = 0;
        int hi = matches.size();
        while (lo < hi) {   // the first match that starts after the line
            int mid = (lo + hi) >>> 1;
            if (matches.get(mid).line() <= index) lo = mid + 1;
            else hi = mid;
        }
        // Every line a match runs over holds a character of it, so it starts at most query-length lines before.
        int earliest = index - query.text().length();
        int textEnd = line.textEnd();
        for (int k = lo - 1; k >= 0 && matches.get(k).line() >= earliest; k--) {
            Match m = matches.get(k);
            if (m.endLine() < index) continue;
            int start = m.line() == index ? m.start() : Math.min(line.textStart(), textEnd);
            int end = m.endLine() == index ? m.end() : textEnd;
            if (end > start) out.add(0, new int[] {start, end, k == current ? 1 : 0});
        }
        return out;
    }

    /**
     * The [start, end) ranges where {@code foldedQuery} (see {@link #fold}, of NFC text) occurs
     * in {@code text}. Text in another normal form (é written as e and an accent, as some
     * writers save it) is compared in NFC, as a keyboard types it, and the ranges mapped back.
     */
    static List<int[]> onLine(String text, String foldedQuery) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) return onNfcLine(text, foldedQuery);
        // NFC cluster by cluster, each normalized char remembering the cluster it came from.
        Graphemes g = new Graphemes(text);
        StringBuilder nfc = new StringBuilder(text.length());
        int[] starts = new int[text.length() * 3 + 1];
        int[] ends = new int[text.length() * 3 + 1];
        for (int i = 0; i < text.length(); ) {
            int j = g.next(i);
            String n = Normalizer.normalize(text.substring(i, j), Normalizer.Form.NFC);
            for (int k = 0; k < n.length(); k++) {
                starts[nfc.length() + k] = i;
                ends[nfc.length() + k] = j;
            }
            nfc.append(n);
            i = j;
        }
        List<int[]> out = new ArrayList<>();
        for (int[] m : onNfcLine(nfc.toString(), foldedQuery)) out.add(new int[] {starts[m[0]], ends[m[1] - 1]});
        return out;
    }

    private static List<int[]> onNfcLine(String text, String foldedQuery) {
        List<int[]> out = new ArrayList<>();
        if (foldedQuery.isEmpty() || text.length() < foldedQuery.length()) return out;
        String t = fold(text);
        int from = 0;
        int at;
        BitSet clusters = null;   // where clusters start: found in one pass, at the first candidate
        while ((at = t.indexOf(foldedQuery, from)) >= 0) {
            int end = at + foldedQuery.length();
            if (clusters == null) clusters = clusterStarts(text);
            if (clusters.get(at) && clusters.get(end)) {
                out.add(new int[] {at, end});
                from = end;
            } else {
                from = at + 1;
            }
        }
        return out;
    }

    /** The indexes where a grapheme cluster of text starts, and its length: one pass, however long the text. */
    private static BitSet clusterStarts(String text) {
        BitSet starts = new BitSet(text.length() + 1);
        Graphemes g = new Graphemes(text);
        for (int i = 0; i < text.length(); i = g.next(i)) starts.set(i);
        starts.set(text.length());
        return starts;
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
