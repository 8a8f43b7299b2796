package dev.gazette.text;

import java.util.ArrayList;
import java.util.List;

/**
 * What is drawn before a block's lines: list markers and hanging indents ("1. ", "   "),
 * quote bars ("│ "), definition indents; nested containers concatenate their prefixes.
 */
record Prefix(List<Span> spans, int columns) {
    static final Prefix NONE = new Prefix(List.of(), 0);

    Prefix {
        spans = List.copyOf(spans);
    }

    static Prefix of(String text, Style... styles) {
        if (text.isEmpty()) return NONE;
        return new Prefix(List.of(new Span(text, styles)), TextWidth.columns(text));
    }

    static Prefix concat(List<Prefix> parts) {
        if (parts.isEmpty()) return NONE;
        if (parts.size() == 1) return parts.get(0);
        List<Span> spans = new ArrayList<>();
        int cols = 0;
        for (Prefix p : parts) {
            spans.addAll(p.spans);
            cols += p.columns;
        }
        return new Prefix(spans, cols);
    }

    /** Its length in UTF-16 chars, where the text after it starts on a line. */
    int length() {
        int n = 0;
        for (Span s : spans) n += s.text().length();
        return n;
    }

    /** This prefix cut to at most {@code max} columns (deep nesting on a narrow screen). */
    Prefix cut(int max) {
        if (columns <= max) return this;
        if (max <= 0) return NONE;
        List<Span> out = new ArrayList<>();
        int left = max;
        for (Span s : spans) {
            int c = TextWidth.columns(s.text());
            if (c <= left) {
                out.add(s);
                left -= c;
            } else {
                String part = TextWidth.take(s.text(), left);
                if (!part.isEmpty()) out.add(new Span(part, s.styles()));
                left -= TextWidth.columns(part);
                break;
            }
        }
        return new Prefix(out, max - left);
    }

    /** Without trailing spaces: a quote's bar stays on a blank line, a list's indent does not. */
    Prefix trimEnd() {
        List<Span> out = new ArrayList<>(spans);
        while (!out.isEmpty()) {
            Span last = out.get(out.size() - 1);
            String t = last.text().stripTrailing();
            if (t.isEmpty()) {
                out.remove(out.size() - 1);
            } else {
                if (t.length() != last.text().length()) out.set(out.size() - 1, new Span(t, last.styles()));
                break;
            }
        }
        if (out.size() == spans.size() && (out.isEmpty() || out.get(out.size() - 1) == spans.get(spans.size() - 1))) return this;
        int cols = 0;
        for (Span s : out) cols += TextWidth.columns(s.text());
        return new Prefix(out, cols);
    }
}
