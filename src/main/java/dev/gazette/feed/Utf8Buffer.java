package dev.gazette.feed;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte array that bodies are encoded into as UTF-8, each as a four-byte length
 * (0 for null, else the byte count + 1) and its bytes: the packed form of a
 * {@link ContentBlock}. Encodes a String with the JDK and the characters of an XML text
 * straight from their array, and can look for control characters on the way.
 */
final class Utf8Buffer {
    private byte[] buf;
    private int size;

    Utf8Buffer(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    /** The array (longer than {@link #size()}); the buffer is not used after this. */
    byte[] bytes() {
        return buf;
    }

    /**
     * Appends one field.
     *
     * @param check whether to look for control characters
     * @return true when check was asked and the text has control characters
     */
    boolean putField(CharSequence s, boolean check) {
        if (s == null) {
            ensure(4);
            putInt(size, 0);
            size += 4;
            return false;
        }
        ensure(4);
        int lengthAt = size;
        size += 4;
        if (s instanceof BodyChars chars) {
            putChars(chars.array(), 0, chars.length());
        } else {
            byte[] utf8 = s.toString().getBytes(StandardCharsets.UTF_8);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, buf, size, utf8.length);
            size += utf8.length;
        }
        int length = size - lengthAt - 4;
        putInt(lengthAt, length + 1);
        return check && hasControls(buf, lengthAt + 4, size);
    }

    /** One field of a packed block at pos[0], which moves past it. */
    static String readField(byte[] data, int[] pos) {
        int p = pos[0];
        int lengthPlusOne = ((data[p] & 0xff) << 24) | ((data[p + 1] & 0xff) << 16)
                | ((data[p + 2] & 0xff) << 8) | (data[p + 3] & 0xff);
        pos[0] = p + 4;
        if (lengthPlusOne == 0) return null;
        String s = new String(data, pos[0], lengthPlusOne - 1, StandardCharsets.UTF_8);
        pos[0] += lengthPlusOne - 1;
        return s;
    }

    /** C0 controls other than tab, LF and CR; DEL; C1 controls (U+0080-U+009F: 0xC2 0x80-0x9F in UTF-8). */
    static boolean hasControls(byte[] utf8, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = utf8[i];
            if (b >= 0) {
                if (b < 0x20 ? b != '\t' && b != '\n' && b != '\r' : b == 0x7F) return true;
            } else if (b == (byte) 0xC2 && i + 1 < to && utf8[i + 1] >= (byte) 0x80 && utf8[i + 1] <= (byte) 0x9F) {
                return true;
            }
        }
        return false;
    }

    /** UTF-8 of c[offset, offset + count); an unpaired surrogate becomes '?', as String.getBytes does. */
    private void putChars(char[] c, int offset, int count) {
        ensure(3 * count);
        byte[] b = buf;
        int p = size;
        int end = offset + count;
        for (int i = offset; i < end; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                b[p++] = (byte) ch;
            } else if (ch < 0x800) {
                b[p++] = (byte) (0xC0 | (ch >> 6));
                b[p++] = (byte) (0x80 | (ch & 0x3F));
            } else if (!Character.isSurrogate(ch)) {
                b[p++] = (byte) (0xE0 | (ch >> 12));
                b[p++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (ch & 0x3F));
            } else if (Character.isHighSurrogate(ch) && i + 1 < end && Character.isLowSurrogate(c[i + 1])) {
                int cp = Character.toCodePoint(ch, c[++i]);
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                b[p++] = '?';
            }
        }
        size = p;
    }

    private void putInt(int at, int value) {
        buf[at] = (byte) (value >>> 24);
        buf[at + 1] = (byte) (value >>> 16);
        buf[at + 2] = (byte) (value >>> 8);
        buf[at + 3] = (byte) value;
    }

    private void ensure(int more) {
        if (size + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
}
