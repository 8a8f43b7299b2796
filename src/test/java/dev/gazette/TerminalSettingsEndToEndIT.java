package dev.gazette;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The terminal's settings ({@code stty -a}) in a shell in tmux are the same after Gazette as
 * before it: after q, while stopped with Ctrl-Z, and after a feed that cannot be read (which
 * also draws no screen). While it runs, keys come one by one, unechoed, Ctrl-C and Ctrl-Z as keys.
 * After q the shell's screen comes back as it was, with none of Gazette's rows on it.
 */
class TerminalSettingsEndToEndIT {
    static final Path JAR = EndToEndIT.JAR;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsTmuxAndTheJar() {
        Tmux.requireTmuxAndJar(JAR);
    }


    /** Runs a command line in the shell and waits until the shell has written {@code done}. */
    void run(Tmux t, String commandLine, String done) throws IOException {
        t.type(commandLine + "; touch " + done);
        t.keys("Enter");
        t.waitUntil(s -> Files.exists(dir.resolve(done)), commandLine);
    }

    @Test
    void aFeedThatCannotBeReadLeavesTheSettingsAsTheyWereAndDrawsNothing() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{");
        try (Tmux t = Tmux.shell(dir)) {
            run(t, "stty -a > before; java -jar " + JAR + " " + broken + " 2> err; echo $? > status; stty -a > after",
                    "ran");
            assertEquals("2", Files.readString(dir.resolve("status")).strip());
            assertEquals(1, Files.readAllLines(dir.resolve("err")).size(), "one line on stderr");
            assertEquals(Files.readString(dir.resolve("before")), Files.readString(dir.resolve("after")));
            assertFalse(t.screen().contains("Gazette"), "no screen was drawn");
        }
    }

    @Test
    void settingsAreGazettesWhileItRunsAndTheShellsAfterCtrlZAndAfterQ() throws IOException {
        Path feed = Files.copy(EndToEndIT.BUNDLED_FEED, dir.resolve("feed.json"));
        try (Tmux t = Tmux.shell(dir)) {
            run(t, "stty -a > before; tty > tty", "saved");
            String tty = Files.readString(dir.resolve("tty")).strip();
            t.type("java -jar " + JAR + " " + feed + " --author e2e-tester");
            t.keys("Enter");
            t.waitFor("Welcome to Gazette", "↑↓ Move  Enter Open");
            String running = stty(tty);
            assertTrue(running.contains(" -icanon ") && running.contains(" -echo "), running);
            assertTrue(running.contains("intr = <undef>;") && running.contains("susp = <undef>;"), running);

            t.keys("C-z");
            t.waitUntil(s -> s.contains("Stopped") && s.strip().endsWith("shell$"), "the shell's prompt after Ctrl-Z");
            run(t, "stty -a > stopped", "stopped-done");
            assertEquals(Files.readString(dir.resolve("before")), Files.readString(dir.resolve("stopped")));

            t.type("fg");
            t.keys("Enter");
            t.waitFor("Welcome to Gazette", "↑↓ Move  Enter Open");
            assertEquals(running, stty(tty), "the same settings again after fg");
            t.keys("q");
            t.waitUntil(s -> s.strip().endsWith("shell$"), "the shell's prompt after q");
            run(t, "stty -a > after", "after-done");
            assertEquals(Files.readString(dir.resolve("before")), Files.readString(dir.resolve("after")));
        }
    }

    @Test
    void aStoppedOrBackgroundedGazetteThatIsKilledEndsAndLeavesTheShellsTerminalAlone() throws IOException {
        // kill %1 continues a stopped job to deliver the TERM; bg continues it for good. In the
        // background, stty is stopped by the kernel (SIGTTOU): Gazette waited on it forever,
        // and what it drew landed on the shell's screen (found by a review).
        Path feed = Files.copy(EndToEndIT.BUNDLED_FEED, dir.resolve("feed.json"));
        try (Tmux t = Tmux.shell(dir)) {
            run(t, "stty -a > before", "saved");
            for (String wake : new String[] {"", "bg; sleep 1; "}) {
                t.type("java -jar " + JAR + " " + feed);
                t.keys("Enter");
                t.waitFor("Welcome to Gazette", "↑↓ Move  Enter Open");
                t.keys("C-z");
                t.waitUntil(s -> s.contains("Stopped") && s.strip().endsWith("shell$"), "the shell's prompt after Ctrl-Z");
                run(t, "clear; " + wake + "kill %1; wait %1; echo $? > status; stty -a > after", "killed" + wake.length());
                assertEquals("143", Files.readString(dir.resolve("status")).strip(), "ended by the TERM (" + wake + ")");
                assertEquals(Files.readString(dir.resolve("before")), Files.readString(dir.resolve("after")), wake);
                assertFalse(t.screen().contains("Welcome to Gazette"), "nothing drawn on the shell's screen: " + t.screen());
            }
        }
    }

    @Test
    void quittingAfterTheWindowGrewGivesTheShellsScreenBackWithNoHeadlinesOnIt() throws IOException {
        // More headlines than the first window has rows, each as wide as the window (an author
        // column at its right edge): tmux gave such rows back, not short ones.
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            items.append(i == 1 ? "" : ",").append("{\"id\":\"").append(i).append("\",\"title\":\"Headline number ")
                    .append(i).append("\",\"content_text\":\"x\",\"authors\":[{\"name\":\"Ann\"}]}");
        }
        Path feed = Files.writeString(dir.resolve("many.json"),
                "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Many\",\"items\":[" + items + "]}");
        try (Tmux t = Tmux.shell(dir)) {
            t.type("echo before-gazette; java -jar " + JAR + " " + feed);
            t.keys("Enter");
            t.waitFor("Headline number 1", "↑↓ Move  Enter Open");
            t.resize(160, 50);
            t.waitFor("Headline number 45");
            t.keys("q");
            String shell = t.waitUntil(s -> s.strip().endsWith("shell$"), "the shell's prompt after q");
            assertTrue(shell.contains("before-gazette"), "the shell's own screen: " + shell);
            assertFalse(shell.contains("Headline number"), "tmux brought the grown rows back before: " + shell);
        }
    }

    /** The settings of the pane's terminal as they are now, asked from outside. */
    private static String stty(String tty) throws IOException {
        Process p = new ProcessBuilder("stty", "-a").redirectInput(Path.of(tty).toFile()).start();
        String out = new String(p.getInputStream().readAllBytes());
        try {
            assertEquals(0, p.waitFor(), "stty -a < " + tty);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out.replaceAll("\\s+", " ");   // the line breaks depend on the width
    }

    /**
     * A terminal that sends SGR mouse reports (mode 1006, which Gazette now asks for) had its
     * wheel arrive as keys: the Esc closed the comment line and "[<65;10;4M" acted as commands.
     */
    @Test
    void sgrMouseReportsAreAskedForDecodedAndSwitchedOffAtTheEnd() throws IOException {
        Path feed = Files.copy(EndToEndIT.BUNDLED_FEED, dir.resolve("feed.json"));
        try (Tmux t = Tmux.shell(dir)) {
            t.type("java -jar " + JAR + " " + feed + " --author e2e-tester");
            t.keys("Enter");
            t.waitFor("Welcome to Gazette", "↑↓ Move  Enter Open");
            assertEquals("1 1", t.format("#{mouse_standard_flag} #{mouse_sgr_flag}"));
            t.keys("Enter");
            t.waitFor("> c to comment");
            t.keys("c");
            t.type("hello");
            t.waitFor("> hello");
            t.bytes(sgr("65;10;4M"));   // the wheel, down
            t.bytes(sgr("0;10;4M"));    // a click and its release
            t.bytes(sgr("0;10;4m"));
            t.type(" world");
            String screen = t.waitFor("> hello world");
            assertFalse(screen.contains("key here"), screen);
            t.keys("Escape");
            t.waitFor("> hello world", "c Comment  ? Help");   // the line left, its draft kept
            t.keys("Q");
            t.waitUntil(s -> s.strip().endsWith("shell$"), "the shell's prompt after Q");
            assertEquals("0 0", t.format("#{mouse_standard_flag} #{mouse_sgr_flag}"));
        }
    }

    /** ESC [ < REPORT as the hex bytes tmux send-keys -H takes. */
    private static String[] sgr(String report) {
        return ("\u001b[<" + report).chars().mapToObj(c -> Integer.toHexString(c)).toArray(String[]::new);
    }
}
