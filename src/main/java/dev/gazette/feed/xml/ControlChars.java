package dev.gazette.feed.xml;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * The control characters XML 1.0 does not allow in a document (all of U+0000 to U+001F but
 * tab, line feed and carriage return), turned into spaces before the parser sees them. A
 * strict parser stops at the first ("illegal character"), and with it the whole feed; they
 * come from pasted text (a form feed, an escape) and mean nothing in a feed, so readers such
 * as Miniflux drop them and libxml2's recovery passes over them. Replaced rather than
 * dropped, every line and column after them stays where it is in the file. They are counted,
 * with the place of the first, for --check ({@link #problem}).
 */
final class ControlChars extends FilterReader {
    // Written by whichever thread decodes (the read-ahead's), read by the loader once it is done.
    private volatile long count;
    private volatile int firstChar;
    private volatile long firstLine;
    private volatile long firstColumn;
    // Where the text read so far stands: its line (from 1) and the offset its line starts at.
    private long offset;
    private long line = 1;
    private long lineStart;
    private boolean lastWasCr;

    ControlChars(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int from, int length) throws IOException {
        int n = in.read(buffer, from, length);
        if (n <= 0) return n;
        // One comparison for nearly every character: this runs over every character of a feed.
        long lineNow = line;
        long lineStartNow = lineStart;
        for (int i = from, end = from + n; i < end; i++) {
            char c = buffer[i];
            if (c >= 0x20) continue;
            long at = offset + (i - from);
            if (c == '\n') {
                boolean afterCr = i > from ? buffer[i - 1] == '\r' : lastWasCr;
                if (!afterCr) lineNow++;    // CR LF is one line end, as the parser counts them
                lineStartNow = at + 1;
            } else if (c == '\r') {
                lineNow++;
                lineStartNow = at + 1;
            } else if (c != '\t') {
                if (count++ == 0) {
                    firstChar = c;
                    firstLine = lineNow;
                    firstColumn = at - lineStartNow + 1;
                }
                buffer[i] = ' ';
            }
        }
        line = lineNow;
        lineStart = lineStartNow;
        lastWasCr = buffer[from + n - 1] == '\r';
        offset += n;
        return n;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** The line (from 1) of the first control character replaced; 0 when there was none. */
    int firstLine() {
        return (int) Math.min(Integer.MAX_VALUE, firstLine);
    }

    /** Its column (from 1). */
    int firstColumn() {
        return (int) Math.min(Integer.MAX_VALUE, firstColumn);
    }

    /**
     * "2 control characters that XML does not allow (the first, U+000C); read as spaces", or
     * null when there were none.
     */
    String problem() {
        if (count == 0) return null;
        return String.format(Locale.ROOT, "%s XML does not allow (%sU+%04X); read as %s",
                count == 1 ? "a control character" : String.format(Locale.ROOT, "%,d control characters", count),
                count == 1 ? "" : "the first, ", firstChar, count == 1 ? "a space" : "spaces");
    }
}
