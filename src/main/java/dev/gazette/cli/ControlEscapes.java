package dev.gazette.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Gazette's stderr, with every C0 and C1 control character but newline and tab written as an
 * escape ("\u001b"), the way --check shows them. Messages quote what the user gave (file
 * names, URLs, feeds-file lines, options), and a quoted ESC or BEL would reach the terminal
 * as a control sequence (a window title, a cleared screen: DESIGN.md section 7). Each message
 * that quotes escapes it already; this is the last line of defence, for one that forgets.
 * UTF-8 in, UTF-8 out: a C1 control is the two bytes C2 80 to C2 9F.
 */
final class ControlEscapes extends FilterOutputStream {
    /** A C2 byte was written; the next byte tells whether it began a C1 control. */
    private boolean afterC2;

    private ControlEscapes(OutputStream out) {
        super(out);
    }

    /** A UTF-8 print stream on out that escapes control characters, flushed at each line as stderr is. */
    static PrintStream wrap(OutputStream out) {
        return new PrintStream(new ControlEscapes(out), true, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) throws IOException {
        int v = b & 0xff;
        if (afterC2) {
            afterC2 = false;
            if (v >= 0x80 && v <= 0x9f) {
                escape(v);
                return;
            }
            out.write(0xc2);
        }
        if (v == 0xc2) {
            afterC2 = true;
        } else if ((v < 0x20 && v != '\n' && v != '\t') || v == 0x7f) {
            escape(v);
        } else {
            out.write(v);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int run = off;   // the start of a run of bytes that pass as they are
        int end = off + len;
        for (int i = off; i < end; i++) {
            int v = b[i] & 0xff;
            if (!afterC2 && v >= 0x20 && v != 0x7f && v != 0xc2) continue;
            out.write(b, run, i - run);
            write(v);
            run = i + 1;
        }
        out.write(b, run, end - run);
    }

    private void escape(int c) throws IOException {
        out.write(String.format("\\u%04x", c).getBytes(StandardCharsets.US_ASCII));
    }

    /** A C2 still waiting stays: a write of raw bytes flushes too, and may end between a C1's two bytes. */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (afterC2) {
            afterC2 = false;
            out.write(0xc2);
        }
        super.close();
    }
}
