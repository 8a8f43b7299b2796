package dev.gazette.feed.xml;

import dev.gazette.feed.BodyChars;
import java.util.Arrays;

/**
 * Gathers a body's characters straight from the parser's buffers, for the body store,
 * which encodes them to UTF-8 on its own thread ({@code ContentStore}). A body is never
 * built as a String here: on a 200 MB feed, building and encoding a String per body on the
 * parser's thread was a third of the load time.
 */
final class BodyText implements TextOut {
    private char[] buf = new char[16 * 1024];
    private int size;

    void reset() {
        size = 0;
    }

    @Override
    public int length() {
        return size;
    }

    /** A copy of the characters so far, or null when they are empty or only whitespace. */
    CharSequence toCharsOrNull() {
        for (int i = 0; i < size; i++) {
            char c = buf[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return new BodyChars(Arrays.copyOf(buf, size));
        }
        return null;
    }

    @Override
    public void append(String s) {
        int n = s.length();
        ensure(n);
        s.getChars(0, n, buf, size);
        size += n;
    }

    @Override
    public void append(char[] c, int offset, int count) {
        ensure(count);
        System.arraycopy(c, offset, buf, size, count);
        size += count;
    }

    @Override
    public void appendEscaped(char[] c, int offset, int count) {
        int run = offset;
        int end = offset + count;
        for (int i = offset; i < end; i++) {
            String escape = HtmlOut.escapeOf(c[i]);
            if (escape == null) continue;
            append(c, run, i - run);
            append(escape);
            run = i + 1;
        }
        append(c, run, end - run);
    }

    @Override
    public void appendEscaped(String s) {
        char[] c = s.toCharArray();
        appendEscaped(c, 0, c.length);
    }

    private void ensure(int more) {
        if (size + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
}
