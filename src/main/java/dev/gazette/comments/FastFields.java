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
                    f.set(NAME_STRINGS[name], string(a, i + 1, valueEnd));
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
            byte b = a[i];
            if (b == '"') return i;
            if (b == '\\') {
                if (!escapesAllowed || i + 1 >= end) return -1;
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
            } else if (b >= 0 && b < 0x20) {
                return -1;
            } else {
                i++;
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
