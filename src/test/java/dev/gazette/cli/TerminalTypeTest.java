package dev.gazette.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TERM: a terminal that cannot move the cursor is one clear line and exit 2, before any screen. */
class TerminalTypeTest {

    @TempDir
    Path dir;

    /** A compiled terminfo entry (legacy format) with {@code strings} string capabilities, cup present or not. */
    static byte[] entry(String names, boolean cup) {
        byte[] name = (names + "\0").getBytes(StandardCharsets.US_ASCII);
        int bools = 1;
        int numbers = 1;
        int strings = 12;
        int size = 12 + name.length + bools + ((name.length + bools) % 2) + numbers * 2 + strings * 2 + 8;
        byte[] b = new byte[size];
        int[] header = {0432, name.length, bools, numbers, strings, 8};
        for (int i = 0; i < header.length; i++) {
            b[2 * i] = (byte) header[i];
            b[2 * i + 1] = (byte) (header[i] >> 8);
        }
        System.arraycopy(name, 0, b, 12, name.length);
        int at = 12 + name.length + bools;
        if (at % 2 != 0) at++;
        at += numbers * 2;
        for (int i = 0; i < strings; i++) {
            int offset = i == 10 && cup ? 0 : -1;
            b[at + 2 * i] = (byte) offset;
            b[at + 2 * i + 1] = (byte) (offset >> 8);
        }
        return b;
    }

    @Test
    void dumbAndUnsetAreRefusedAnsiFamiliesAreNot() {
        assertTrue(TerminalType.refusal("dumb", List.of()).contains("TERM=dumb) cannot move the cursor"));
        assertTrue(TerminalType.refusal(null, List.of()).contains("TERM is not set"));
        assertTrue(TerminalType.refusal("", List.of()).contains("TERM is not set"));
        for (String ok : new String[] {"xterm-256color", "screen", "tmux-256color", "linux", "vt100", "vt220",
                "rxvt-unicode", "alacritty", "xterm-kitty", "foot"}) {
            assertNull(TerminalType.refusal(ok, List.of()), ok);
        }
    }

    @Test
    void anUnknownNameIsLookedUpInTerminfo() throws IOException {
        Files.createDirectories(dir.resolve("f"));
        Files.write(dir.resolve("f/fancyterm"), entry("fancyterm|a fancy terminal", true));
        Files.createDirectories(dir.resolve("67"));           // macOS spells the folder in hex
        Files.write(dir.resolve("67/glass"), entry("glass|a glass tty", false));
        assertNull(TerminalType.refusal("fancyterm", List.of(dir)));
        assertTrue(TerminalType.refusal("glass", List.of(dir)).contains("cannot move the cursor"));
        assertTrue(TerminalType.refusal("nosuchterm", List.of(dir)).contains("unknown terminal type TERM=nosuchterm"));
        assertTrue(TerminalType.refusal("../f/fancyterm", List.of(dir)).contains("unknown terminal type"));
    }

    @Test
    void theReaderRefusesADumbTerminalInOneLineBeforeLoadingAnything() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path notAFeed = Files.writeString(dir.resolve("notes.txt"), "not a feed: loading it would say so\n");
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("TERM", "dumb"), true).run(List.of(notAFeed.toString()));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("gazette: this terminal (TERM=dumb) cannot move the cursor"), e);
    }

    @Test
    void osc52CarriesTheUrlInBase64AndOnlyACleanLinkIsCopied() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        TerminalClipboard clip = new TerminalClipboard(Map.of("TERM", "xterm-256color"));
        clip.attach(written::write);
        assertEquals("Copied (OSC 52): https://example.com/日", clip.copy("https://example.com/日"));
        assertArrayEquals(("\u001B]52;c;aHR0cHM6Ly9leGFtcGxlLmNvbS/ml6U=\u0007").getBytes(StandardCharsets.UTF_8),
                written.toByteArray());
        written.reset();
        assertTrue(clip.copy("javascript:alert(1)").startsWith("Not copied"));
        assertEquals(0, written.size());

        TerminalClipboard console = new TerminalClipboard(Map.of("TERM", "linux"));
        console.attach(written::write);
        assertEquals("https://example.com/a", console.copy("https://example.com/a"), "the status shows the URL in full");
        assertEquals(0, written.size());
    }
}
