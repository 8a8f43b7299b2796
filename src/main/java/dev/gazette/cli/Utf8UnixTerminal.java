package dev.gazette.cli;

import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal, writing whole strings in the terminal's charset. Lanterna 3.1.5
 * encodes one UTF-16 char at a time, so both halves of an emoji (or any character beyond
 * the Basic Multilingual Plane) went out as '?'. The screen hands each cell over as one
 * string, so encoding the string keeps the pair together. Gazette builds this terminal
 * itself, which also means it can never fall back to a Swing window.
 */
final class Utf8UnixTerminal extends UnixTerminal {

    Utf8UnixTerminal(InputStream in, OutputStream out, Charset charset, CtrlCBehaviour ctrlC) throws IOException {
        super(in, out, charset, ctrlC);
    }

    @Override
    public void putString(String string) throws IOException {
        writeToTerminal(printable(string).getBytes(getCharset()));
    }

    /** What Lanterna's putCharacter would let through, keeping surrogate pairs. */
    static String printable(String string) {
        StringBuilder out = new StringBuilder(string.length());
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            if (Character.isSurrogate(c) || TerminalTextUtils.isPrintableCharacter(c)) out.append(c);
        }
        return out.toString();
    }
}
