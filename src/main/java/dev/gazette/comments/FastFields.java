package dev.gazette.comments;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads the fields of a journal line straight from its bytes, without decoding the text.
 *
 * <p>Why: indexing a journal of a million comments must take well under a second, and building
 * a String for every text (then a Gson reader over it) was most of the 7.7 s it took. This
 * scanner handles the shape Gazette writes (one flat object of strings and nulls); for
 * anything else (a number, a nested value, an escape in a name, stray bytes) it answers false
 * and the caller asks Gson, which remains the judge of what a readable line is. It never
 * accepts a line that Gson would reject: it checks every string for raw control characters
 * and malformed escapes, and the end of the object for trailing bytes.
 */
final class FastFields {

    private static final byte[][] NAMES = {
        bytes("id"), bytes("article"), bytes("author"), bytes("date"),
        bytes("parent"), bytes("edits"), bytes("deletes"), bytes("text")};
    private static final String[] NAME_STRINGS = {"id", "article", "author", "date", "parent", "edits", "deletes", "text"};
    private static final int TEXT = 7;

    private FastFields() {}

    /**
     * Fills {@code f} from {@code a[off, off+len)} and returns true, or returns false when the
     * line needs the general parser (the fields are then undefined).
     */
    static boolean scan(byte[] a, int off, int len, LineFields f) {
        f.clear();
        int end = off + len;
        int i = skipWs(a, off, end);
        if (i >= end || a[i] != '{') return false;
        i = skipWs(a, i + 1, end);
        if (i < end && a[i] == '}') return skipWs(a, i + 1, end) == end;
        while (true) {
            if (i >= end || a[i] != '"') return false;
            int nameEnd = stringEnd(a, i + 1, end, false);
            if (nameEnd < 0) return false;
            int name = nameIndex(a, i + 1, nameEnd);
            i = skipWs(a, nameEnd + 1, end);
            if (i >= end || a[i] != ':') return false;
            i = skipWs(a, i + 1, end);
            if (i >= end) return false;
            if (a[i] == '"') {
                int valueEnd = stringEnd(a, i + 1, end, true);
                if (valueEnd < 0) return false;
                if (name == TEXT) {
                    f.hasText = true;
                } else if (name >= 0) {
                    value(f, name, a, i + 1, valueEnd);
                }
                i = valueEnd + 1;
            } else if (a[i] == 'n' && i + 4 <= end && a[i + 1] == 'u' && a[i + 2] == 'l' && a[i + 3] == 'l') {
                if (name >= 0) f.set(NAME_STRINGS[name], null);
                i += 4;
            } else {
                return false; // numbers, booleans, arrays, objects: let Gson judge
            }
            i = skipWs(a, i, end);
            if (i >= end) return false;
            if (a[i] == '}') return skipWs(a, i + 1, end) == end;
            if (a[i] != ',') return false;
            i = skipWs(a, i + 1, end);
        }
    }

    /**
     * The index of the closing quote of a string whose content starts at {@code i}, or -1 when it
     * is unterminated, holds a raw control character or a bad escape, or (for a name, where
     * escapes are not worth handling) holds any escape.
     */
    private static int stringEnd(byte[] a, int i, int end, boolean escapesAllowed) {
        while (i < end) {
            i = ByteSearch.stringStop(a, i, end);
            if (i >= end) return -1;
            byte b = a[i];
            if (b == '"') return i;
            if (b != '\\' || !escapesAllowed || i + 1 >= end) return -1; // a control, or an escape in a name
            byte c = a[i + 1];
            if (c == 'u') {
                if (i + 6 > end) return -1;
                for (int k = i + 2; k < i + 6; k++) {
                    if (Character.digit(a[k], 16) < 0) return -1;
                }
                i += 6;
            } else if (c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't') {
                i += 2;
            } else {
                return -1;
            }
        }
        return -1;
    }

    private static int nameIndex(byte[] a, int from, int to) {
        int n = to - from;
        outer:
        for (int k = 0; k < NAMES.length; k++) {
            byte[] name = NAMES[k];
            if (name.length != n) continue;
            for (int j = 0; j < n; j++) {
                if (a[from + j] != name[j]) continue outer;
            }
            return k;
        }
        return -1;
    }

    private static final int ID = 0, ARTICLE = 1, AUTHOR = 2, DATE = 3, PARENT = 4, EDITS = 5, DELETES = 6;

    /** Stores a string value, sparing the Strings that can be spared (see {@link LineFields}). */
    private static void value(LineFields f, int name, byte[] a, int from, int to) {
        boolean plain = true;
        for (int k = from; k < to; k++) {
            if (a[k] == '\\') {
                plain = false;
                break;
            }
        }
        if (!plain) {
            f.set(NAME_STRINGS[name], string(a, from, to));
            return;
        }
        switch (name) {
            case ID, PARENT, EDITS, DELETES -> {
                long[] key = uuidKey(a, from, to);
                if (key != null) f.setKey(name, key);
                else f.set(NAME_STRINGS[name], new String(a, from, to - from, StandardCharsets.UTF_8));
            }
            case ARTICLE -> f.article = f.article(a, from, to, StandardCharsets.UTF_8);
            case AUTHOR -> f.author = f.author(a, from, to, StandardCharsets.UTF_8);
            case DATE -> {
                long seconds = CommentCodec.canonicalSeconds(a, from, to);
                if (seconds != CommentCodec.NOT_CANONICAL) f.setDateSeconds(seconds);
                else f.date = new String(a, from, to - from, StandardCharsets.UTF_8);
            }
            default -> f.set(NAME_STRINGS[name], new String(a, from, to - from, StandardCharsets.UTF_8));
        }
    }

    private static final byte[] HEX = new byte[256];

    static {
        java.util.Arrays.fill(HEX, (byte) -1);
        for (int d = 0; d < 10; d++) HEX['0' + d] = (byte) d;
        for (int d = 0; d < 6; d++) HEX['a' + d] = (byte) (10 + d);
    }

    /** {@link IdList#key} straight from the bytes: a canonical lowercase UUID, else null. */
    static long[] uuidKey(byte[] a, int from, int to) {
        if (to - from != 36 || a[from + 8] != '-' || a[from + 13] != '-' || a[from + 18] != '-' || a[from + 23] != '-') {
            return null;
        }
        long g1 = hex(a, from, 8), g2 = hex(a, from + 9, 4), g3 = hex(a, from + 14, 4);
        long g4 = hex(a, from + 19, 4), g5 = hex(a, from + 24, 12);
        if ((g1 | g2 | g3 | g4 | g5) < 0) return null;
        long hi = g1 << 32 | g2 << 16 | g3;
        long lo = g4 << 48 | g5;
        return new long[] {hi, lo};
    }

    /** The value of {@code n} lowercase hex digits, or -1 if any is not one. */
    private static long hex(byte[] a, int from, int n) {
        long v = 0;
        int bad = 0;
        for (int i = from; i < from + n; i++) {
            int d = HEX[a[i] & 0xff];
            bad |= d;
            v = v << 4 | (d & 0xf);
        }
        return bad < 0 ? -1 : v;
    }

    /** The string's value; escapes (rare in ids, names and dates) are undone by Gson. */
    private static String string(byte[] a, int from, int to) {
        for (int k = from; k < to; k++) {
            if (a[k] == '\\') return unescape(new String(a, from - 1, to - from + 2, StandardCharsets.UTF_8));
        }
        return new String(a, from, to - from, StandardCharsets.UTF_8);
    }

    private static String unescape(String quoted) {
        try (JsonReader r = new JsonReader(new StringReader(quoted))) {
            r.setStrictness(Strictness.STRICT);
            return r.nextString();
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            return null; // cannot happen after stringEnd's checks; null reads as absent
        }
    }

    private static int skipWs(byte[] a, int i, int end) {
        while (i < end && (a[i] == ' ' || a[i] == '\t' || a[i] == '\r' || a[i] == '\n')) i++;
        return i;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
