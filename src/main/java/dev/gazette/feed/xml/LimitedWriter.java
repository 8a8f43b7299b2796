package dev.gazette.feed.xml;

import java.io.Writer;

/**
 * Takes the parser's text piece by piece into a {@link TextOut}, up to a limit of
 * characters; what is beyond is dropped and remembered ({@link #cut}). The parser writes
 * into it with Stax2's {@code getText(Writer, false)}, which streams a long text instead of
 * holding it whole.
 */
final class LimitedWriter extends Writer {
    private TextOut out;
    private int limit;
    private boolean escape;
    private boolean cut;
    private boolean ampersands;

    /** Writes to target from now on, at most up to max characters in all, escaped as HTML or not. */
    void reset(TextOut target, int max, boolean escapeText) {
        out = target;
        limit = max;
        escape = escapeText;
        cut = false;
    }

    /** Turns {@link XmlRepairs#AMPERSAND} back into {@code &} from now on (a repaired second reading). */
    void restoreAmpersands() {
        ampersands = true;
    }

    /** Whether anything was dropped since the last {@link #reset}. */
    boolean cut() {
        return cut;
    }

    @Override
    public void write(char[] chars, int offset, int count) {
        int room = limit - out.length();
        int n = count;
        if (n > room) {
            cut = true;
            n = Math.max(0, room);
        }
        if (n == 0) return;
        char[] text = chars;
        int from = offset;
        if (ampersands && contains(chars, offset, n, XmlRepairs.AMPERSAND)) {
            // The parser's own buffer is not changed: a copy with the ampersands back.
            text = java.util.Arrays.copyOfRange(chars, offset, offset + n);
            from = 0;
            for (int i = 0; i < n; i++) if (text[i] == XmlRepairs.AMPERSAND) text[i] = '&';
        }
        if (escape) out.appendEscaped(text, from, n);
        else out.append(text, from, n);
    }

    private static boolean contains(char[] chars, int offset, int count, char c) {
        for (int i = offset, end = offset + count; i < end; i++) if (chars[i] == c) return true;
        return false;
    }

    @Override
    public void write(String s, int offset, int count) {
        write(s.toCharArray(), offset, count);
    }

    @Override
    public void flush() {
        // nothing is buffered here
    }

    @Override
    public void close() {
        // the target stays usable
    }
}
