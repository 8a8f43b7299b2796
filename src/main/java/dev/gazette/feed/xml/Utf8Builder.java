package dev.gazette.feed.xml;

import java.util.Arrays;

/**
 * Builds UTF-8 bytes straight from the parser's character buffers. A body goes from the
 * parser to the body store without ever being a String: on a 200 MB feed, building and
 * encoding a String per body was a third of the load time. A surrogate pair split between
 * two pieces of text is joined; an unpaired surrogate becomes '?', as String.getBytes does.
 */
final class Utf8Builder implements TextOut {
    private byte[] buf = new byte[16 * 1024];
    private int size;
    private int chars;
    /** A high surrogate whose low half may come with the next piece; 0 when none. */
    private char high;

    void reset() {
        size = 0;
        chars = 0;
        high = 0;
    }

    @Override
    public int length() {
        return chars;
    }

    /** The bytes so far, or null when they are empty or only whitespace. */
    byte[] toBytesOrNull() {
        flushHigh();
        for (int i = 0; i < size; i++) {
            byte b = buf[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return Arrays.copyOf(buf, size);
        }
        return null;
    }

    @Override
    public void append(String s) {
        int n = s.length();
        ensure(3 * n + 4);
        for (int i = 0; i < n; i++) put(s.charAt(i));
        chars += n;
    }

    @Override
    public void append(char[] c, int offset, int count) {
        ensure(3 * count + 4);
        chars += count;
        int i = offset;
        int end = offset + count;
        if (high != 0 && i < end) put(c[i++]);
        byte[] b = buf;
        int p = size;
        while (i < end) {
            char ch = c[i];
            if (ch < 0x80) {
                b[p++] = (byte) ch;
                i++;
            } else if (ch < 0x800) {
                b[p++] = (byte) (0xC0 | (ch >> 6));
                b[p++] = (byte) (0x80 | (ch & 0x3F));
                i++;
            } else if (!Character.isSurrogate(ch)) {
                b[p++] = (byte) (0xE0 | (ch >> 12));
                b[p++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (ch & 0x3F));
                i++;
            } else {
                size = p;
                put(ch);
                p = size;
                i++;
            }
        }
        size = p;
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
            chars -= escape.length() - 1; // an escape is one character of the text
            run = i + 1;
        }
        append(c, run, end - run);
    }

    @Override
    public void appendEscaped(String s) {
        char[] c = s.toCharArray();
        appendEscaped(c, 0, c.length);
    }

    /** One character, surrogates included. */
    private void put(char ch) {
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(ch)) {
                int cp = Character.toCodePoint(h, ch);
                buf[size++] = (byte) (0xF0 | (cp >> 18));
                buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[size++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            buf[size++] = '?';
        }
        if (ch < 0x80) {
            buf[size++] = (byte) ch;
        } else if (ch < 0x800) {
            buf[size++] = (byte) (0xC0 | (ch >> 6));
            buf[size++] = (byte) (0x80 | (ch & 0x3F));
        } else if (Character.isHighSurrogate(ch)) {
            high = ch;
        } else if (Character.isLowSurrogate(ch)) {
            buf[size++] = '?';
        } else {
            buf[size++] = (byte) (0xE0 | (ch >> 12));
            buf[size++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
            buf[size++] = (byte) (0x80 | (ch & 0x3F));
        }
    }

    private void flushHigh() {
        if (high != 0) {
            ensure(1);
            buf[size++] = '?';
            high = 0;
        }
    }

    private void ensure(int more) {
        if (size + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
}
