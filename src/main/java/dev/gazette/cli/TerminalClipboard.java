package dev.gazette.cli;

import dev.gazette.ui.Clipboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * The clipboard through the terminal: OSC 52 ({@code ESC ] 52 ; c ; base64 BEL}), which
 * xterm, kitty, foot, WezTerm, Alacritty, iTerm2, Windows Terminal and tmux (with
 * {@code set-clipboard on}) put on the system clipboard, over ssh too. No terminal says
 * whether it did, so the status line always shows the URL in full as well; on a terminal
 * that surely cannot (the Linux console, the VT100 family) nothing is sent and the status
 * line shows the URL alone.
 *
 * <p>Only a link {@link LinkOpener#refusal} would open is copied, and it goes out in base64,
 * so nothing from a feed can become an escape sequence. The sequence is one write, and
 * Lanterna's writes are each one locked write, so it never lands inside the screen's own.
 */
final class TerminalClipboard implements Clipboard {
    /** Where the sequence goes: the terminal, once it exists; null before. */
    interface Output {
        void write(byte[] bytes) throws IOException;
    }

    private final boolean capable;
    private volatile Output output;

    TerminalClipboard(Map<String, String> env) {
        this.capable = mayHaveOsc52(env.get("TERM"));
    }

    /** The terminal is open: sequences can go out. */
    void attach(Output terminal) {
        this.output = terminal;
    }

    @Override
    public String copy(String url) {
        String refused = LinkOpener.refusal(url);
        if (refused != null) return refused.replaceFirst("^Not opened", "Not copied");
        Output out = output;
        if (!capable || out == null) return url;
        try {
            out.write(sequence(url));
            return "Copied (OSC 52): " + url;
        } catch (IOException e) {
            return url;
        }
    }

    static byte[] sequence(String text) {
        String payload = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        return ("\u001B]52;c;" + payload + "\u0007").getBytes(StandardCharsets.US_ASCII);
    }

    static boolean mayHaveOsc52(String term) {
        if (term == null) return false;
        String t = term.toLowerCase(Locale.ROOT);
        return !(t.equals("linux") || t.startsWith("vt") || t.equals("ansi") || t.startsWith("dumb")
                || t.startsWith("cons25"));
    }
}
