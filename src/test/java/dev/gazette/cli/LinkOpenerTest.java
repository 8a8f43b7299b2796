package dev.gazette.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals("No browser to open https://x.invalid/a: set $BROWSER or install xdg-open", message);
    }

    @Test
    void theBrowserRunsWithTheUrl() throws Exception {
        Path out = dir.resolve("opened.txt");
        Path script = Files.writeString(dir.resolve("fake-browser"), "#!/bin/sh\necho \"$1\" > " + out + "\n");
        assertTrue(script.toFile().setExecutable(true));
        String message = new LinkOpener(Map.of("BROWSER", script.toString())).open("https://x.invalid/b");
        assertTrue(message.startsWith("Opening https://x.invalid/b"), message);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!(Files.exists(out) && Files.readString(out).strip().equals("https://x.invalid/b"))) {
            if (System.nanoTime() > deadline) throw new AssertionError("the browser was not run with the URL");
            Thread.sleep(10);
        }
    }
}
