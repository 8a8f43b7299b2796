package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;

/**
 * The headline list's filter line ({@code /}): what typing, a paste, Enter and Esc do to
 * the query, which narrows the list as it changes ({@link HeadlineFilter}).
 */
final class FilterLine {
    private FilterLine() {}

    /** Pasted text goes into the filter, opening it if it was closed: a paste is text, never keys. */
    static AppState paste(AppState s, String text) {
        HeadlinesState h = s.headlines();
        return filtered(s, h.withFilter(h.filter().insertOnOneLine(text), true));
    }

    /** The list narrowed to {@code h}'s filter, from its first row. */
    private static AppState filtered(AppState s, HeadlinesState h) {
        AppState t = HeadlinesScreen.refilter(s.withHeadlines(h));
        HeadlinesState th = t.headlines();
        return t.withHeadlines(th.withPosition(th.position().select(0, th.visible().size(), HeadlinesScreen.height(s.size()))));
    }

    /** A key while the filter line has the keys: it edits the query, Enter keeps it, Esc clears it. */
    static AppState key(AppState s, KeyStroke key) {
        HeadlinesState h = s.headlines();
        switch (key.getKeyType()) {
            case Enter:
                return s.withHeadlines(h.withFilter(h.filter(), false));
            case Escape:
                return HeadlinesScreen.refilter(s.withHeadlines(h.withFilter(InputLine.EMPTY, false)));
            case ArrowUp, ArrowDown, PageUp, PageDown:
                return HeadlinesScreen.move(s, KeyMap.HEADLINES.commandFor(key).orElse(Command.UP));
            default:
                InputLine edited = LineEditing.edit(h.filter(), key);
                if (edited == h.filter()) return s;
                return filtered(s, h.withFilter(edited, true));
        }
    }
}
