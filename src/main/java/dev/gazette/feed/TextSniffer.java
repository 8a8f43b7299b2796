package dev.gazette.feed;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Looks at the first bytes of a file to tell early, in words a user understands, what it
 * is: empty, binary, or text (UTF-8, UTF-16, or a single-byte encoding such as ISO-8859-1);
 * and whether that text is JSON, XML or an HTML page, so the right reader gets it.
 * Invalid UTF-8 further on is not worth failing a long feed for: the loaders read it as
 * U+FFFD.
 */
public final class TextSniffer {
    /** How much of the file is examined. */
    public static final int HEAD = 8192;

    /** What a file holds, by its first characters: JSON (a feed or not), XML, a web page, or text that is neither. */
    public enum Format {
        JSON("JSON"), XML("XML"), HTML("an HTML page"), TEXT("text");

        private final String words;

        Format(String words) {
            this.words = words;
        }

        /** The format as a message says it: "an HTML page, not a feed", "JSON, not an OPML file". */
        public String words() {
            return words;
        }
    }

    private static final String BINARY = "not a text file (binary data)";
    /** Enough characters to get past an XML declaration, a stylesheet line and a comment or two. */
    private static final int LOOK = 2048;

    private TextSniffer() { }

    /**
     * What is wrong with a file that starts with these bytes, or null when they look like
     * text: UTF-8, UTF-16, or (invalid as UTF-8, with no control characters) a single-byte
     * encoding such as ISO-8859-1 or windows-1252.
     *
     * @param wholeFile true when head is the whole file (so a sequence cut at its end is an error)
     */
    public static String check(byte[] head, boolean wholeFile) {
        int bom = utf8BomLength(head);
        if (head.length - bom == 0) return "empty file";
        // Checked before UTF-16, whose little-endian mark begins UTF-32's.
        if (startsWith(head, 0xFF, 0xFE, 0, 0) || startsWith(head, 0, 0, 0xFE, 0xFF)) {
            return "UTF-32 text, which Gazette does not read (a feed is in UTF-8, UTF-16 or a single-byte encoding)";
        }
        if (utf16(head) != null) return null;
        for (byte b : head) {
            if (b == 0) return BINARY;
        }
        if (isUtf8(head, wholeFile)) return null;
        // Text in a single-byte encoding has few control characters but layout ones (an escape
        // pasted into a post, which the XML reader repairs); binary data has them all through.
        int controls = 0;
        for (byte b : head) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) controls++;
        }
        return controls * 100 > head.length ? BINARY : null;
    }

    /** The format of a text file (one {@link #check} accepted) by its first characters. */
    public static Format format(byte[] head) {
        String text = view(head);
        int i = skipSpace(text, 0);
        if (i >= text.length()) return Format.JSON;  // blank: said as JSON says it
        if (text.charAt(i) != '<') return startsJson(text, i) ? Format.JSON : Format.TEXT;
        // Past the XML declaration, processing instructions and comments: is it a web page?
        while (i < text.length()) {
            if (text.startsWith("<?", i)) {
                i = text.indexOf("?>", i);
                if (i < 0) break;
                i = skipSpace(text, i + 2);
            } else if (text.startsWith("<!--", i)) {
                i = text.indexOf("-->", i);
                if (i < 0) break;
                i = skipSpace(text, i + 3);
            } else {
                String tag = text.substring(i, Math.min(text.length(), i + 15)).toLowerCase(Locale.ROOT);
                if (isTagStart(tag, "<!doctype html") || isTagStart(tag, "<html")) return Format.HTML;
                break;
            }
        }
        return Format.XML;
    }

    /** Whether a JSON value can start at i: an object, an array, a string, a number or a literal. */
    private static boolean startsJson(String text, int i) {
        char c = text.charAt(i);
        if ("{[\"-".indexOf(c) >= 0 || (c >= '0' && c <= '9')) return true;
        return text.startsWith("true", i) || text.startsWith("false", i) || text.startsWith("null", i);
    }

    /**
     * Why a JSON Feed cannot be read in this encoding, or null when it can be read as UTF-8.
     * Bytes that are not UTF-8 are no reason: they are read as "�" and counted (a file
     * in ISO-8859-1 shows its accented letters so, but every item; refused, it showed none).
     */
    static String notUtf8(byte[] head) {
        if (utf16(head) != null) return "not UTF-8 text (UTF-16); a JSON Feed must be UTF-8";
        return null;
    }

    /** 3 when the bytes start with a UTF-8 byte order mark, else 0. */
    static int utf8BomLength(byte[] head) {
        return startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    }

    /**
     * UTF-16BE or LE when the bytes are UTF-16: a byte order mark, or the NUL beside each of
     * the first ASCII characters that every XML or JSON text starts with; else null.
     */
    public static Charset utf16(byte[] head) {
        if (startsWith(head, 0xFE, 0xFF)) return StandardCharsets.UTF_16BE;
        if (startsWith(head, 0xFF, 0xFE)) return StandardCharsets.UTF_16LE;
        if (head.length < 4) return null;
        if (head[0] == 0 && head[2] == 0 && startsText(head[1]) && head[3] != 0) return StandardCharsets.UTF_16BE;
        if (head[1] == 0 && head[3] == 0 && startsText(head[0]) && head[2] != 0) return StandardCharsets.UTF_16LE;
        return null;
    }

    private static boolean startsText(byte b) {
        return b == '<' || b == '{' || b == '[' || b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static boolean isUtf8(byte[] head, boolean wholeFile) {
        return Utf8Decoder.isUtf8(head, 0, wholeFile);
    }

    /** The first characters, decoded well enough to see ASCII markup: UTF-16 as such, anything else byte by byte. */
    private static String view(byte[] head) {
        Charset utf16 = utf16(head);
        int bom = utf16 != null ? (head[0] == 0 || head[1] == 0 ? 0 : 2) : utf8BomLength(head);
        int n = Math.min(head.length - bom, utf16 != null ? 2 * LOOK : LOOK);
        return new String(head, bom, n, utf16 != null ? utf16 : StandardCharsets.ISO_8859_1);
    }

    private static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n' || s.charAt(i) == '\r')) i++;
        return i;
    }

    private static boolean isTagStart(String text, String tag) {
        if (!text.startsWith(tag)) return false;
        if (text.length() == tag.length()) return true;
        char next = text.charAt(tag.length());
        return next == '>' || next == ' ' || next == '\t' || next == '\n' || next == '\r';
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xff) != prefix[i]) return false;
        }
        return true;
    }
}
