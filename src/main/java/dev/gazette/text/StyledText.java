package dev.gazette.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Text being assembled with style runs: one flat string (clean, '\n' for hard breaks) plus
 * the style of each run, so it can be wrapped as plain text and sliced back into spans.
 */
final class StyledText {
    private final StringBuilder text = new StringBuilder();
    private int[] runStart = new int[8];
    private Object[] runStyle = new Object[8];
    private int runs;

    int length() {
        return text.length();
    }

    char lastChar() {
        return text.charAt(text.length() - 1);
    }

    String text() {
        return text.toString();
    }

    boolean isBlank() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n') return false;
        }
        return true;
    }

    void append(CharSequence s, Set<Style> styles) {
        if (s.length() == 0) return;
        startRun(styles);
        text.append(s);
    }

    void append(char c, Set<Style> styles) {
        startRun(styles);
        text.append(c);
    }

    void append(CharSequence s, int start, int end, Set<Style> styles) {
        if (end <= start) return;
        startRun(styles);
        text.append(s, start, end);
    }

    private void startRun(Set<Style> styles) {
        if (runs > 0 && runStyle[runs - 1] == styles) return;
        if (runs > 0 && runStart[runs - 1] == text.length()) {   // empty run: restyle it
            runStyle[runs - 1] = styles;
            if (runs > 1 && runStyle[runs - 2] == styles) runs--;
            return;
        }
        if (runs == runStart.length) {
            runStart = Arrays.copyOf(runStart, runs * 2);
            runStyle = Arrays.copyOf(runStyle, runs * 2);
        }
        runStart[runs] = text.length();
        runStyle[runs] = styles;
        runs++;
    }

    /** Removes trailing spaces and line breaks. */
    void trimEnd() {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\n')) end--;
        truncate(end);
    }

    /** How many times {@code c} ends the text. */
    int trailing(char c) {
        int n = 0;
        while (n < text.length() && text.charAt(text.length() - 1 - n) == c) n++;
        return n;
    }

    /** Removes the last {@code n} characters. */
    void dropLast(int n) {
        truncate(text.length() - n);
    }

    private void truncate(int end) {
        text.setLength(end);
        while (runs > 0 && runStart[runs - 1] >= end) runs--;
    }

    /** Spans covering [start, end), NBSP shown as a plain space. */
    List<Span> spans(int start, int end) {
        List<Span> out = new ArrayList<>(2);
        if (end <= start) return out;
        int r = runAt(start);
        int pos = start;
        while (pos < end) {
            int runEnd = r + 1 < runs ? runStart[r + 1] : text.length();
            int stop = Math.min(end, runEnd);
            if (stop > pos) {
                out.add(span(text.substring(pos, stop), style(r)));
            }
            pos = stop;
            r++;
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Set<Style> style(int r) {
        return r >= 0 && r < runs ? (Set<Style>) runStyle[r] : Span.styleSet();
    }

    private int runAt(int index) {
        int lo = 0;
        int hi = runs - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (runStart[mid] <= index) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    static Span span(String s, Set<Style> styles) {
        return new Span(showSpaces(s), styles);
    }

    /** No-break spaces are layout hints for the wrapper; on screen they are spaces. */
    static String showSpaces(String s) {
        if (s.indexOf('\u00A0') < 0 && s.indexOf('\u202F') < 0 && s.indexOf('\u2007') < 0) return s;
        return s.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ');
    }
}
