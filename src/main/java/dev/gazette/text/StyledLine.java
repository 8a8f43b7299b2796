package dev.gazette.text;

import java.util.List;

/**
 * One screen line: spans of clean text, left to right.
 *
 * @param joinBefore null for a line that starts its own text; for a line a word wrap made,
 *                   what stood between it and the line before in the text ("" or " "), so
 *                   that a search finds words the wrap put on two lines
 * @param textStart  where, in {@link #plain}, the text starts: what comes before it (a quote
 *                   bar, a list's bullet or indent) belongs to the layout, and no search finds it
 * @param markAtEnd  the line ends with a "↩" that says a code line goes on on the next one:
 *                   the layout's too
 */
public record StyledLine(List<Span> spans, String joinBefore, int textStart, boolean markAtEnd) {
    public static final StyledLine EMPTY = new StyledLine(List.of());

    public StyledLine {
        spans = spans == null ? List.of() : List.copyOf(spans);
    }

    /** A line that starts its own text. */
    public StyledLine(List<Span> spans) {
        this(spans, null, 0, false);
    }

    /** A line with no mark at its end. */
    public StyledLine(List<Span> spans, String joinBefore, int textStart) {
        this(spans, joinBefore, textStart, false);
    }

    /** Where, in {@link #plain}, the text ends: before the mark, when there is one. */
    public int textEnd() {
        int length = plain().length();
        return markAtEnd && length > 0 ? length - 1 : length;
    }

    /** A line of unstyled text ({@code text} is cleaned to a single line). */
    public static StyledLine plain(String text) {
        return new StyledLine(List.of(new Span(text)));
    }

    /** A line of text in the given styles. */
    public static StyledLine of(String text, Style... styles) {
        return new StyledLine(List.of(new Span(text, styles)));
    }

    /**
     * A line that is all layout: Gazette's own words ("No comments yet", "↓ 40 more
     * comments"), which a search of the article should not find.
     */
    public static StyledLine layoutOnly(String text, Style... styles) {
        return new StyledLine(List.of(new Span(text, styles)), null, text.length());
    }

    /** The concatenated text of all spans. */
    public String plain() {
        if (spans.size() == 1) return spans.get(0).text();
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) sb.append(s.text());
        return sb.toString();
    }

    /** Display width in terminal columns (see {@link TerminalCells}). */
    public int columns() {
        return TextWidth.columns(plain());
    }
}
