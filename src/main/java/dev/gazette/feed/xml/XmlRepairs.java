package dev.gazette.feed.xml;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * The second reading of a feed whose first stopped on one of the two slips that hand-made
 * and templated feeds make anywhere: a control character XML does not allow (a form feed or
 * an escape pasted into a post) and an {@code &} that begins no reference ("AT&T", a query
 * string {@code ?a=1&b=2} in a link). A strict parser stops at the first of either, and with
 * it the whole feed; browsers and other feed readers go on (feedparser's loose parser, Miniflux
 * drops the control characters, libxml2's recovery). Here a control character becomes a space,
 * and a bare {@code &} becomes {@link #AMPERSAND}, which the parser takes as a character like
 * any other and {@link XmlCursor} turns back into {@code &}. Both keep their length, so every
 * line and column after them stays where it is in the file. An {@code &} in a CDATA section
 * or a comment is a character there and is left alone. Each kind is counted, with the place
 * of the first, for --check.
 *
 * <p>Used only on a second reading, after the first stopped on one: looking costs every
 * character of a feed a comparison.
 */
final class XmlRepairs extends Reader {
    /** Stands for an {@code &} that began no reference; a Unicode noncharacter, never kept. */
    static final char AMPERSAND = '\uFDD1';
    /** Longest reference looked for: past it, an {@code &} begins none. */
    private static final int LONGEST_REFERENCE = 64;

    /** One kind of slip: how many, and where the first was. */
    private static final class Slips {
        long count;
        int first;
        long line;
        long column;

        void add(char c, long atLine, long atColumn) {
            if (count++ == 0) {
                first = c;
                line = atLine;
                column = atColumn;
            }
        }
    }

    private final Reader in;
    private final char[] buffer = new char[16 * 1024];
    private int pos;
    private int limit;
    private boolean eof;
    /** Where buffer[0] is in the text. */
    private long base;
    private long line = 1;
    private long lineStart;
    private boolean afterCr;
    /** In the escape sequence an ESC began (see {@link #escaped}): which part, and how long so far. */
    private int escape = NONE;
    private int escapeLength;
    private static final int NONE = 0;
    private static final int AFTER_ESC = 1;
    private static final int CSI = 2;
    private static final int STRING = 3;
    /** Past these lengths a "sequence" is text after a stray ESC, and is kept. */
    private static final int LONGEST_CSI = 32;
    private static final int LONGEST_STRING = 256;
    private final Slips controls = new Slips();
    private final Slips ampersands = new Slips();
    /** Inside a CDATA section or a comment, where an & is just a character: its end, else null. */
    private String until;

    XmlRepairs(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] out, int from, int length) throws IOException {
        if (length == 0) return 0;
        int n = 0;
        while (n < length) {
            if (pos == limit && !refill()) break;
            char c = buffer[pos];
            if (escape != NONE && escaped(c)) {
                out[from + n++] = ' ';
                pos++;
                continue;
            }
            if (c == '&' && until == null) {
                int verdict = reference(pos);
                if (verdict < 0) {              // its end is past what is read yet
                    if (n > 0) break;           // give what is done; decide on the next read
                    if (refill()) continue;
                    verdict = 0;
                }
                if (verdict == 0) {
                    ampersands.add(c, line, base + pos - lineStart + 1);
                    c = AMPERSAND;
                }
                afterCr = false;
            } else if (c == '<' && until == null || until != null && c == until.charAt(0)) {
                // Where a CDATA section or a comment starts or ends: the & in them are no references.
                // Inside: does the section's end start here? Outside: a CDATA section's or a comment's start?
                int endOrCdata = startsWith(pos, until != null ? until : "<![CDATA[");
                int comment = until != null ? 0 : startsWith(pos, "<!--");
                if (endOrCdata < 0 || comment < 0) {
                    if (n > 0) break;
                    if (refill()) continue;
                    endOrCdata = Math.max(endOrCdata, 0);
                    comment = Math.max(comment, 0);
                }
                if (until != null) {
                    if (endOrCdata == 1) until = null;
                } else if (endOrCdata == 1) {
                    until = "]]>";
                } else if (comment == 1) {
                    until = "-->";
                }
                afterCr = false;
            } else if (c == AMPERSAND) {
                c = '\uFFFD';   // one the file itself holds would come back as an &: shown as the stray it is
                afterCr = false;
            } else if (c < 0x20) {
                c = layoutOrSpace(c);
            } else {
                afterCr = false;
            }
            out[from + n++] = c;
            pos++;
        }
        return n == 0 ? -1 : n;
    }

    /** Counts a line end as the parser does (CR LF, a lone CR, LF); a control character becomes a space. */
    private char layoutOrSpace(char c) {
        long at = base + pos;
        if (c == '\n') {
            if (!afterCr) line++;
            lineStart = at + 1;
            afterCr = false;
            return c;
        }
        if (c == '\r') {
            line++;
            lineStart = at + 1;
            afterCr = true;
            return c;
        }
        afterCr = false;
        if (c == '\t') return c;
        controls.add(c, line, at - lineStart + 1);
        if (c == 0x1B) {
            escape = AFTER_ESC;
            escapeLength = 0;
        }
        return ' ';
    }

    /**
     * Whether {@code c} belongs to the escape sequence an ESC began ({@code ESC[31m},
     * {@code ESC]0;title BEL}, {@code ESC(B}), and so becomes a space too: as text, the rest of
     * a sequence would show as "[31m". The JSON Feed loader drops the same sequences whole.
     * Markup and line ends always end it, so the file's structure and positions stay as they are.
     */
    private boolean escaped(char c) {
        boolean markup = c == '<' || c == '>' || c == '&' || c == '"' || c == '\'' || c == '\n' || c == '\r'
                || until != null && c == until.charAt(0);
        int was = escape;
        escape = NONE;
        if (markup || c < 0x20 || ++escapeLength > (was == STRING ? LONGEST_STRING : LONGEST_CSI)) return false;
        switch (was) {
            case AFTER_ESC -> {
                if (c == '[') escape = CSI;
                else if (c == ']' || c == 'P' || c == '_' || c == '^' || c == 'X') escape = STRING;
                else if (c >= 0x20 && c <= 0x2F) escape = AFTER_ESC;     // ESC ( B: an intermediate, then a final
                else if (c > 0x7E) return false;
                return true;
            }
            case CSI -> {
                if (c > 0x7E) return false;
                if (c <= 0x3F) escape = CSI;                                // parameters; 0x40-0x7E ends it
                return true;
            }
            default -> {
                escape = STRING;                                            // up to BEL or ESC \ (controls)
                return true;
            }
        }
    }

    /**
     * Whether the {@code &} at i begins a reference ({@code &name;}, {@code &#10;},
     * {@code &#x1F;}): 1 when it does, 0 when not, -1 when the buffer ends before that is known.
     */
    private int reference(int i) {
        int j = i + 1;
        int end = Math.min(limit, i + LONGEST_REFERENCE);
        if (j >= end) return more(end);
        if (buffer[j] == '#') {
            j++;
            boolean hex = j < end && (buffer[j] == 'x' || buffer[j] == 'X');
            if (hex) j++;
            int digits = 0;
            for (; j < end; j++, digits++) {
                char d = buffer[j];
                if (d == ';') return digits > 0 ? 1 : 0;
                if (!(d >= '0' && d <= '9' || hex && (d >= 'a' && d <= 'f' || d >= 'A' && d <= 'F'))) return 0;
            }
            return more(end);
        }
        if (!isNameStart(buffer[j])) return 0;
        for (j++; j < end; j++) {
            char d = buffer[j];
            if (d == ';') return 1;
            if (!isNameChar(d)) return 0;
        }
        return more(end);
    }

    /** Whether text at i is s: 1 yes, 0 no, -1 when the buffer ends before that is known. */
    private int startsWith(int i, String s) {
        for (int k = 0; k < s.length(); k++) {
            if (i + k >= limit) return eof ? 0 : -1;
            if (buffer[i + k] != s.charAt(k)) return 0;
        }
        return 1;
    }

    /** At the end of what is read: undecided when more may come and the reference could still fit. */
    private int more(int end) {
        return end == limit && !eof && limit - pos < LONGEST_REFERENCE ? -1 : 0;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == ':';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '-' || c == '.';
    }

    /** Keeps what is not yet given, reads more behind it; false at the end of the text with nothing left. */
    private boolean refill() throws IOException {
        if (eof) return pos < limit;
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            base += pos;
            limit -= pos;
            pos = 0;
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) eof = true;
        else limit += n;
        return pos < limit;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The line (from 1) and column of the first slip of either kind, for the warnings; 0 when none. */
    int controlsLine() {
        return (int) Math.min(Integer.MAX_VALUE, controls.line);
    }

    int controlsColumn() {
        return (int) Math.min(Integer.MAX_VALUE, controls.column);
    }

    int ampersandsLine() {
        return (int) Math.min(Integer.MAX_VALUE, ampersands.line);
    }

    int ampersandsColumn() {
        return (int) Math.min(Integer.MAX_VALUE, ampersands.column);
    }

    /** "a control character XML does not allow (U+000C); read as a space", or null when there was none. */
    String controlsProblem() {
        long n = controls.count;
        if (n == 0) return null;
        return String.format(Locale.ROOT, "%s XML does not allow (%sU+%04X); read as %s",
                n == 1 ? "a control character" : String.format(Locale.ROOT, "%,d control characters", n),
                n == 1 ? "" : "the first, ", controls.first, n == 1 ? "a space" : "spaces");
    }

    /** "an & that begins no entity (XML writes it &amp;); read as &", or null when there was none. */
    String ampersandsProblem() {
        long n = ampersands.count;
        if (n == 0) return null;
        return n == 1 ? "an & that begins no entity (XML writes it &amp;); read as &"
                : String.format(Locale.ROOT, "%,d & that begin no entity (the first here; XML writes it &amp;); read as &", n);
    }
}
