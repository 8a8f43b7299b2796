package dev.gazette.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkOpenerTest {

    @TempDir
    Path dir;

    @Test
    void browserVariableWinsAndTakesTheUrlAtPercentSOrAtTheEnd() {
        assertEquals(List.of("w3m", "https://x.invalid/"),
                new LinkOpener(Map.of("BROWSER", "w3m")).command("https://x.invalid/"));
        assertEquals(List.of("firefox", "--new-tab", "https://x.invalid/"),
                new LinkOpener(Map.of("BROWSER", "firefox --new-tab %s:lynx")).command("https://x.invalid/"));
    }

    @Test
    void xdgOpenWhenOnThePathElseNothing() throws IOException {
        assertNull(new LinkOpener(Map.of("PATH", dir.toString())).command("u"));
        Path xdg = Files.writeString(dir.resolve("xdg-open"), "#!/bin/sh\n");
        assertTrue(xdg.toFile().setExecutable(true));
        assertEquals(List.of("xdg-open", "u"), new LinkOpener(Map.of("PATH", dir.toString())).command("u"));
    }

    @Test
    void noOpenerGivesAStatusMessageNamingTheLink() {
        String message = new LinkOpener(Map.of("PATH", dir.toString())).open("https://x.invalid/a");
        assertEquals("No browser: set $BROWSER or install xdg-open to open https://x.invalid/a", message);
    }

    @Test
    void theBrowserRunsWithTheUrl() throws Exception {
        Path out = dir.resolve("opened.txt");
        Path script = Files.writeString(dir.resolve("fake-browser"), "#!/bin/sh\necho \"$1\" > " + out + "\n");
        assertTrue(script.toFile().setExecutable(true));
        LinkOpener opener = new LinkOpener(Map.of("BROWSER", script.toString(), "DISPLAY", ":0"));
        assertFalse(opener.needsTerminal("https://x.invalid/b"), "a graphical browser runs detached");
        String message = opener.open("https://x.invalid/b");
        assertTrue(message.startsWith("Opening https://x.invalid/b"), message);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!(Files.exists(out) && Files.readString(out).strip().equals("https://x.invalid/b"))) {
            if (System.nanoTime() > deadline) throw new AssertionError("the browser was not run with the URL");
            Thread.sleep(10);
        }
    }

    @Test
    void aTerminalBrowserOrNoDisplayGetsTheTerminalAndItsExitIsAwaited() throws Exception {
        Path script = Files.writeString(dir.resolve("w3m"), "#!/bin/sh\nexit 0\n");
        assertTrue(script.toFile().setExecutable(true));
        LinkOpener w3m = new LinkOpener(Map.of("BROWSER", script.toString(), "DISPLAY", ":0"));
        assertTrue(w3m.needsTerminal("https://x.invalid/c"), "w3m draws in the terminal");
        assertEquals("Back from w3m", w3m.open("https://x.invalid/c"));
        Path gui = Files.writeString(dir.resolve("some-browser"), "#!/bin/sh\nexit 0\n");
        assertTrue(gui.toFile().setExecutable(true));
        assertTrue(new LinkOpener(Map.of("BROWSER", gui.toString())).needsTerminal("https://x.invalid/c"),
                "with no display (ssh) any browser gets the terminal");
        assertFalse(w3m.needsTerminal("javascript:alert(1)"), "a refused link opens nothing");
    }

    @Test
    void aBrowserThatFailsIsSaidAndTheNextEntryOfBrowserIsTried() throws Exception {
        Path failing = Files.writeString(dir.resolve("failing"), "#!/bin/sh\nexit 3\n");
        assertTrue(failing.toFile().setExecutable(true));
        assertEquals("Could not open https://x.invalid/d: failing exited with status 3",
                new LinkOpener(Map.of("BROWSER", failing.toString(), "DISPLAY", ":0")).open("https://x.invalid/d"));
        assertEquals("Could not open https://x.invalid/d: failing exited with status 3",
                new LinkOpener(Map.of("BROWSER", failing.toString())).open("https://x.invalid/d"), "in the terminal too");
        Path out = dir.resolve("second.txt");
        Path second = Files.writeString(dir.resolve("second"), "#!/bin/sh\necho \"$1\" > " + out + "\n");
        assertTrue(second.toFile().setExecutable(true));
        LinkOpener list = new LinkOpener(Map.of("BROWSER", dir.resolve("not-installed") + ":" + second, "DISPLAY", ":0"));
        assertTrue(list.open("https://x.invalid/e").startsWith("Opening https://x.invalid/e with second"));
        assertEquals("Could not open https://x.invalid/e: cannot start not-installed",
                new LinkOpener(Map.of("BROWSER", dir.resolve("not-installed").toString(), "DISPLAY", ":0"))
                        .open("https://x.invalid/e"));
    }
}
