package dev.gazette.ui;

import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import java.util.List;

/**
 * Bracketed paste (xterm's mode 2004): with {@link #ENABLE} sent, the terminal wraps pasted
 * text in {@code ESC[200~} ... {@code ESC[201~}. {@link #PATTERN} teaches Lanterna's input
 * decoder those two marks (as {@link Mark} key strokes), and {@link Collector} turns
 * everything between them into one {@link Event.Paste}: pasted text never acts as keys, so a
 * pasted line break cannot submit a comment and a pasted q cannot quit.
 */
public final class BracketedPaste {
    /** Sent when the screen starts: the terminal brackets pastes from now on. */
    public static final String ENABLE = "\u001b[?2004h";
    /** Sent when the screen stops, so the shell gets plain pastes again. */
    public static final String DISABLE = "\u001b[?2004l";
    /** A paste longer than this is handed over in parts (a terminal that never sends the end mark cannot swallow the keyboard for long). */
    static final int MAX_PASTE = 1 << 20;

    private BracketedPaste() {}

    /** The start or end mark of a paste, as the decoder reports it. */
    public static final class Mark extends KeyStroke {
        private final boolean start;

        Mark(boolean start) {
            super(KeyType.Unknown);
            this.start = start;
        }

        public boolean isStart() {
            return start;
        }

        @Override
        public String toString() {
            return start ? "PasteStart" : "PasteEnd";
        }
    }

    private static final String START = "\u001b[200~";
    private static final String END = "\u001b[201~";

    /** Matches {@code ESC[200~} and {@code ESC[201~}; Lanterna's own escape pattern knows neither. */
    public static final CharacterPattern PATTERN = seq -> {
        int n = seq.size();
        if (n > START.length()) return null;
        boolean maybeStart = true;
        boolean maybeEnd = true;
        for (int i = 0; i < n; i++) {
            char c = seq.get(i);
            maybeStart &= c == START.charAt(i);
            maybeEnd &= c == END.charAt(i);
        }
        if (!maybeStart && !maybeEnd) return null;
        if (n < START.length()) return CharacterPattern.Matching.NOT_YET;
        return new CharacterPattern.Matching(new Mark(maybeStart));
    };

    /** The patterns to add to a terminal's input decoder. */
    public static List<CharacterPattern> patterns() {
        return List.of(PATTERN);
    }

    /**
     * Follows the key strokes the decoder reads: outside a paste each is an {@link Event.Key};
     * inside one they are gathered as text (Enter as a line break, Tab as a tab; other keys
     * and control characters dropped) and come out as one {@link Event.Paste} at its end.
     * Not thread-safe: the key reader's own.
     */
    public static final class Collector {
        private StringBuilder text;

        /** The event for this key stroke, or null while a paste is being gathered. */
        public Event accept(KeyStroke key) {
            if (key instanceof Mark mark) {
                if (mark.isStart()) {
                    if (text == null) text = new StringBuilder();
                    return null;
                }
                return finish();
            }
            if (text == null) return new Event.Key(key);
            switch (key.getKeyType()) {
                case Character -> {
                    if (!key.isCtrlDown()) text.append(key.getCharacter());
                }
                case Enter -> text.append('\n');
                case Tab -> text.append('\t');
                default -> { }   // an arrow or a function key inside a paste is not text
            }
            if (text.length() >= MAX_PASTE) {
                Event part = new Event.Paste(text.toString());
                text = new StringBuilder();
                return part;
            }
            return null;
        }

        /** True while inside a paste. */
        public boolean pasting() {
            return text != null;
        }

        private Event finish() {
            if (text == null) return null;   // an end without a start: nothing to paste
            String t = text.toString();
            text = null;
            return t.isEmpty() ? null : new Event.Paste(t);
        }
    }
}
