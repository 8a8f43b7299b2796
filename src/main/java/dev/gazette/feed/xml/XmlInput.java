package dev.gazette.feed.xml;

import dev.gazette.feed.FileText;
import dev.gazette.feed.ReadAhead;
import dev.gazette.feed.Utf8Decoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The characters of an XML feed. The encoding is worked out from the bytes, the way feed
 * readers do it: a byte order mark (UTF-8, UTF-16), else the UTF-16 pattern of the first
 * bytes, else the XML declaration's {@code encoding}, else UTF-8; ISO-8859-1 (and ASCII) is
 * read as windows-1252, its superset, as browsers do; a file without a byte order mark that
 * is not UTF-8 though it says so or says nothing is read as windows-1252, with a note for
 * --check (its first 8 KB decide: see {@link Utf8Decoder#mostlyUtf8}). Bytes that do not
 * decode become U+FFFD: one bad byte never costs the whole feed.
 *
 * <p>Whitespace before the XML declaration (blank lines left by a template) makes strict
 * parsers fail; it is taken out here, and how many lines and columns it took is kept so
 * that positions still point into the file.
 */
final class XmlInput {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The decoded text and what was learnt on the way.
     *
     * @param fileText     the file's text found again by offset, when bodies are left in it; else null
     * @param charsSkipped the whitespace taken out before the parser's first character
     * @param utf8         the decoder of a UTF-8 file, which knows of bytes that were not UTF-8; else null
     * @param repairs      what a second reading repaired ({@link XmlRepairs}); null on a first reading
     */
    record Opened(Reader reader, Charset charset, int linesSkipped, int columnsSkipped, String note,
                  FileText fileText, int charsSkipped, Utf8Decoder utf8, XmlRepairs repairs) {
        /** A text read as it is, repaired as the feed it came from was: a body's element read back from the file. */
        static Opened plain(Reader reader, XmlRepairs repairs) {
            return new Opened(reader, StandardCharsets.UTF_8, 0, 0, null, null, 0, null, repairs);
        }

        /** The line in the file of a line of the parser's text. */
        int line(int parserLine) {
            return parserLine <= 0 ? 0 : parserLine + linesSkipped;
        }

        /** The column in the file of a column of the parser's text on parserLine. */
        int column(int parserLine, int parserColumn) {
            if (parserColumn <= 0) return 0;
            return parserLine == 1 ? parserColumn + columnsSkipped : parserColumn;
        }
    }

    /** The encoding and where the text starts in the head. */
    record Detected(Charset charset, int bomLength, String note) {}

    private XmlInput() { }

    /**
     * The text of a file whose first bytes are head (already read) and whose rest is rest; a
     * big UTF-8 file is decoded so that its text can be found again by offset when bodiesIn
     * is a FileText maker.
     *
     * @param wholeFile true when head is the whole file
     * @param bodiesIn  makes the FileText of the file from where its text starts (after a byte
     *                  order mark); null to keep every body in memory
     * @param repair    true for a second reading, which repairs control characters and bare
     *                  ampersands ({@link XmlRepairs}), of a file the first stopped on one
     */
    static Opened open(byte[] head, boolean wholeFile, InputStream rest, ReadAhead ahead,
                       IntFunction<FileText> bodiesIn, boolean repair) throws IOException {
        Detected d = detect(head, wholeFile);
        InputStream bytes = new SequenceInputStream(
                new ByteArrayInputStream(head, d.bomLength(), head.length - d.bomLength()), rest);
        // Only UTF-8 (nearly every big feed) is found again by offset; a big file is decoded ahead.
        FileText fileText = bodiesIn != null && ahead.decodesAhead() && d.charset().equals(StandardCharsets.UTF_8)
                ? bodiesIn.apply(d.bomLength()) : null;
        boolean utf8 = d.charset().equals(StandardCharsets.UTF_8);
        Utf8Decoder utf8Decoder = fileText != null ? fileText.decoder(bytes)
                : utf8 ? new Utf8Decoder(bytes, d.bomLength(), null) : null;
        Reader decoded = utf8Decoder != null ? utf8Decoder
                : new InputStreamReader(bytes, d.charset().newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
        // Only when asked: looking costs every character of every feed a comparison.
        XmlRepairs repairs = repair ? new XmlRepairs(decoded) : null;
        PushbackReader text = new PushbackReader(ahead.reader(repairs != null ? repairs : decoded), 1);
        int lines = 0;
        int columns = 0;
        int skipped = 0;
        int c = text.read();
        while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            skipped++;
            if (c == '\r' || c == '\n') {
                lines++;
                columns = 0;
                int next = text.read();
                if (c == '\r' && next == '\n') { // CR LF is one line end
                    skipped++;
                    next = text.read();
                }
                c = next;
            } else {
                columns++;
                c = text.read();
            }
        }
        if (c >= 0) text.unread(c);
        return new Opened(text, d.charset(), lines, columns, d.note(), fileText, skipped, utf8Decoder, repairs);
    }

    /**
     * The encoding of a file that starts with head.
     *
     * @param wholeFile true when head is the whole file (a character cut at its end is then an error)
     */
    static Detected detect(byte[] head, boolean wholeFile) {
        // A UTF-8 byte order mark leaves no doubt: bytes that are not UTF-8 after it are stray ones.
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) return new Detected(StandardCharsets.UTF_8, 3, null);
        if (startsWith(head, 0xFE, 0xFF)) return new Detected(StandardCharsets.UTF_16BE, 2, null);
        if (startsWith(head, 0xFF, 0xFE)) return new Detected(StandardCharsets.UTF_16LE, 2, null);
        if (head.length >= 2 && head[0] == 0 && head[1] != 0) return new Detected(StandardCharsets.UTF_16BE, 0, null);
        if (head.length >= 2 && head[0] != 0 && head[1] == 0) return new Detected(StandardCharsets.UTF_16LE, 0, null);
        String declared = declaredEncoding(head);
        if (declared == null) {
            Detected d = utf8OrNot(head, 0, wholeFile, false);
            return d.charset() == StandardCharsets.UTF_8 ? d
                    : new Detected(d.charset(), 0, "no encoding declared and the text is not UTF-8; read as windows-1252");
        }
        String name = declared.toLowerCase(Locale.ROOT);
        switch (name) {
            case "utf-8", "utf8": return utf8OrNot(head, 0, wholeFile, true);
            case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
                 "windows-1252", "cp1252", "x-cp1252":
                // A server or a template that says Latin-1 over UTF-8 text: "RÃ©sumÃ©" otherwise.
                if (Utf8Decoder.clearlyUtf8(head, 0, wholeFile)) {
                    return new Detected(StandardCharsets.UTF_8, 0, "declared " + declared + " but the text is UTF-8; read as UTF-8");
                }
                return new Detected(WINDOWS_1252, 0, null);
            default:
                break;
        }
        if (name.startsWith("utf-16") || name.startsWith("utf-32") || name.startsWith("ucs")) {
            // The bytes are ASCII-compatible (no BOM, no NUL pattern): the declaration is wrong.
            Detected d = utf8OrNot(head, 0, wholeFile, false);
            return new Detected(d.charset(), 0, "declared " + declared + " but the bytes are not; read as "
                    + d.charset().name());
        }
        try {
            return new Detected(Charset.forName(declared), 0, null);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            Detected d = utf8OrNot(head, 0, wholeFile, false);
            return new Detected(d.charset(), 0, "unknown encoding " + FeedBuilder.quote(declared) + "; read as "
                    + d.charset().name());
        }
    }

    /**
     * UTF-8 when the head decodes as UTF-8 or holds any well-formed multi-byte sequence (a
     * mostly UTF-8 file with a stray byte keeps its other characters), else windows-1252.
     */
    private static Detected utf8OrNot(byte[] head, int from, boolean wholeFile, boolean declared) {
        if (Utf8Decoder.mostlyUtf8(head, from, wholeFile)) {
            return new Detected(StandardCharsets.UTF_8, from, null);
        }
        return new Detected(WINDOWS_1252, from, declared ? "declared UTF-8 but the text is not; read as windows-1252" : null);
    }

    /** The encoding="..." of an XML declaration at the start of head (after whitespace), or null. */
    static String declaredEncoding(byte[] head) {
        int i = 0;
        while (i < head.length && isSpace(head[i])) i++;
        if (!startsWithAt(head, i, "<?xml")) return null;
        int end = indexOf(head, i, "?>");
        if (end < 0) end = Math.min(head.length, i + 200);
        String decl = new String(head, i, end - i, StandardCharsets.ISO_8859_1);
        int at = decl.indexOf("encoding");
        if (at < 0) return null;
        int j = at + "encoding".length();
        while (j < decl.length() && (decl.charAt(j) == ' ' || decl.charAt(j) == '=' || decl.charAt(j) == '\t')) j++;
        if (j >= decl.length()) return null;
        char quote = decl.charAt(j);
        if (quote != '"' && quote != '\'') return null;
        int close = decl.indexOf(quote, j + 1);
        if (close < 0) return null;
        String name = decl.substring(j + 1, close).strip();
        return name.isEmpty() || name.length() > 40 ? null : name;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static boolean startsWithAt(byte[] data, int at, String ascii) {
        if (data.length - at < ascii.length()) return false;
        for (int k = 0; k < ascii.length(); k++) {
            if (data[at + k] != ascii.charAt(k)) return false;
        }
        return true;
    }

    private static int indexOf(byte[] data, int from, String ascii) {
        for (int i = from; i + ascii.length() <= data.length; i++) {
            if (startsWithAt(data, i, ascii)) return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xff) != prefix[i]) return false;
        }
        return true;
    }
}
