package dev.gazette.text;

import dev.gazette.feed.TitleMarkup;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Display width of clean text, and cutting it to a width, in terminal columns (the widths of
 * {@link TerminalCells}); moves and cuts by grapheme cluster ({@link Graphemes}), so an accent,
 * a vowel sign, a flag or a family emoji is never cut off, and a wide character never halved.
 */
public final class TextWidth {
    private TextWidth() {}

    /** The ellipsis that marks a cut; one column everywhere we care about. */
    static final String ELLIPSIS = "\u2026";

    /** Display columns of clean text (run {@link Sanitizer#clean} first on anything untrusted). */
    public static int columns(String s) {
        if (s == null || s.isEmpty()) return 0;
        int n = s.length();
        Graphemes g = new Graphemes(s);
        int cols = 0;
        for (int i = 0; i < n; ) {
            int j = g.next(i);
            cols += j == i + 1 && s.charAt(i) < 0x300 ? 1 : g.width(i, j);
            i = j;
        }
        return cols;
    }

    /** {@code s} when it fits {@code width}, else its longest fitting prefix ending in "…". */
    public static String fit(String s, int width) {
        return fit(s, width, false);
    }

    /**
     * {@link #fit}, but a cut ends at a word when one ends in the last third of the room: a
     * headline reads "Apple ships the new…" rather than "Apple ships the new Mac…" with a word
     * cut in two. A title without spaces (Chinese, Japanese, one long word) is cut as fit cuts.
     */
    public static String fitAtWord(String s, int width) {
        return fit(s, width, true);
    }

    private static String fit(String s, int width, boolean atWord) {
        if (s == null || width <= 0) return "";
        Graphemes g = new Graphemes(s);
        int n = s.length();
        int cols = 0;
        int cutAt = 0;                  // end of the longest prefix with cols <= width - 1
        for (int i = 0; i < n; ) {
            int j = g.next(i);
            cols += g.width(i, j);
            if (cols > width) return cut(s, cutAt, width, atWord);
            if (cols <= width - 1) cutAt = j;
            i = j;
        }
        return s;
    }

    /** {@code s} cut at {@code end} (or, {@code atWord}, at the word that ends near it) with "…". */
    private static String cut(String s, int end, int width, boolean atWord) {
        boolean betweenWords = end < s.length() && s.charAt(end) == ' ';
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
            betweenWords = true;
        }
        if (!betweenWords && atWord) {
            int space = s.lastIndexOf(' ', end - 1);
            if (space > 0 && columns(s.substring(0, space)) >= (width - 1) * 2 / 3) {
                end = space;
                betweenWords = true;
            }
        }
        // Cut between words, a separator left at the end reads as a stutter: "Staff,…", "Part 3 -…".
        return betweenWords ? endCut(s.substring(0, end)) : s.substring(0, end) + ELLIPSIS;
    }

    /** What a cut between words leaves at its end and loses: spaces, commas, full stops, dashes. */
    private static final Pattern LEFT_AT_CUT = Pattern.compile("[\\s,;:.\\-\u2013\u2014]+$");

    /**
     * Words cut short: the ellipsis, after any comma, full stop or dash they ended with ("for.…"
     * and "Part 3 -…" read as a stutter). The pattern is compiled once: headline rows are cut
     * on every frame.
     */
    private static String endCut(String words) {
        return LEFT_AT_CUT.matcher(words).replaceFirst("") + ELLIPSIS;
    }

    /**
     * {@code s} when it fits {@code width}, else its start and its end with "…" between, two
     * thirds of it the end: for a URL or a path, whose end (the file, the query) tells it from
     * its neighbours more than its start does. "http://127.0.0.1:8765/slow/mut.xml?3" in 24:
     * "http://1…slow/mut.xml?3".
     */
    public static String fitMiddle(String s, int width) {
        if (s == null || width <= 0) return "";
        if (columns(s) <= width) return s;
        if (width < 3) return fit(s, width);
        String tail = tail(s, (width - 1) * 2 / 3);
        return take(s, width - 1 - columns(tail)) + ELLIPSIS + tail;
    }

    /** Longest suffix of {@code s} whose columns are at most {@code width}, whole clusters; no ellipsis. */
    public static String tail(String s, int width) {
        if (s == null || width <= 0) return "";
        Graphemes g = new Graphemes(s);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < s.length(); i = g.next(i)) starts.add(i);
        int tailStart = s.length();
        int cols = 0;
        for (int k = starts.size() - 1; k >= 0; k--) {
            int w = g.width(starts.get(k), tailStart);
            if (cols + w > width) break;
            cols += w;
            tailStart = starts.get(k);
        }
        return s.substring(tailStart);
    }

    /** Longest prefix of {@code s} whose columns are at most {@code width}; no ellipsis. */
    public static String take(String s, int width) {
        if (s == null || width <= 0) return "";
        return s.substring(0, takeEnd(s, 0, s.length(), width));
    }

    /** End index of the longest cluster-aligned run from {@code start} (before {@code end}) fitting {@code width}. */
    static int takeEnd(String s, int start, int end, int width) {
        Graphemes g = new Graphemes(s);
        int cols = 0;
        int i = start;
        while (i < end) {
            int j = g.next(i);
            cols += g.width(i, j);
            if (cols > width) break;
            i = j;
        }
        return i;
    }

    /**
     * The opening words of a body as one line of plain text, for a post without a title: at
     * most about {@code chars} characters of {@code source} are read, and a cut ends at a
     * word with "…", and no half tag is left at the cut. HTML ({@code html} true) loses its
     * tags; other text (a content_text, a summary) is read as {@link #plainTitle} reads a title.
     */
    public static String plainSnippet(String source, boolean html, int chars) {
        if (source == null || source.isEmpty()) return "";
        boolean cut = source.length() > chars;
        String head = cut ? source.substring(0, chars) : source;
        int open = head.lastIndexOf('<');
        if (cut && open > head.lastIndexOf('>')) head = head.substring(0, open);   // no half tag
        String text = html ? collapseSpaces(Sanitizer.clean(Jsoup.parseBodyFragment(head).body().text()))
                : plainTitle(head);
        if (!cut || text.isEmpty()) return text;
        int space = text.lastIndexOf(' ');   // the last word may be cut, or a cut entity
        String kept = space > 0 ? text.substring(0, space) : text;
        return endCut(kept);
    }

    /**
     * A title or label that may carry HTML ("&amp;amp;", "&amp;#8217;", "&lt;em&gt;x&lt;/em&gt;") as plain
     * text: entities decoded, tags dropped, sanitised, whitespace collapsed and trimmed.
     */
    public static String plainTitle(String maybeHtml) {
        if (maybeHtml == null || maybeHtml.isEmpty()) return "";
        String text = maybeHtml;
        if (text.indexOf('<') >= 0) {
            // "Notes <and> Queries" and "the <video> element" are titles with angle brackets,
            // not markup: only a title that is HTML (TitleMarkup) and uses nothing but real
            // HTML tags loses its tags, else it stays as written, entities decoded.
            Element body = TitleMarkup.isHtml(text) ? Jsoup.parseBodyFragment(text).body() : null;
            boolean markup = body != null
                    && body.getAllElements().stream().skip(1).allMatch(e -> Tag.isKnownTag(e.tagName()));
            text = markup ? body.text() : Parser.unescapeEntities(text, false);
        } else if (text.indexOf('&') >= 0) {
            text = Parser.unescapeEntities(text, false);
        }
        return collapseSpaces(Sanitizer.clean(text));
    }

    /**
     * Runs of spaces to one space, trimmed. Only the ASCII space is folded (line breaks and
     * tabs became spaces when the text was cleaned): a no-break or ideographic space is the
     * writer's, and `--list` prints titles as the feed has them.
     */
    static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
