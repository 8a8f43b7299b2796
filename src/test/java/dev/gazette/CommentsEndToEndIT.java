package dev.gazette;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built jar in tmux: a bracketed paste of three lines, a draft that survives a restart,
 * Ctrl-Z and fg from an interactive shell, and a comment written in $EDITOR.
 */
class CommentsEndToEndIT {
    static final Path JAR = EndToEndIT.JAR;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsTmuxAndTheJar() {
        Tmux.requireTmuxAndJar(JAR);
    }

    Path feed() throws IOException {
        return Files.copy(EndToEndIT.BUNDLED_FEED, dir.resolve("feed.json"));
    }

    Tmux start(Path feed) throws IOException {
        return new Tmux(100, 30, dir, "java", "-jar", JAR.toString(), feed.toString(), "--author", "e2e-tester");
    }


    @Test
    void aPastedThreeLineTextIsOneCommentSavedOnlyOnEnter() throws IOException {
        Path feed = feed();
        try (Tmux t = start(feed)) {
            t.waitFor("Welcome to Gazette");
            t.keys("Enter");
            t.waitFor("> c to comment");
            t.paste("first line, q quits\nsecond line, n is next\nthird line");
            t.waitFor("> first line, q quits↵second line, n is next↵third line");
            assertFalse(Files.exists(dir.resolve("feed.comments.jsonl")), "nothing saved before Enter");
            t.keys("Enter");
            t.waitFor("Comment saved", "Comments (1)");
            t.keys("C-c");
            assertEquals(0, t.waitForExit());
        }
        List<String> journal = Files.readAllLines(dir.resolve("feed.comments.jsonl"), StandardCharsets.UTF_8);
        assertEquals(1, journal.size(), journal.toString());
        assertTrue(journal.get(0).contains("\"text\":\"first line, q quits\\nsecond line, n is next\\nthird line\""),
                journal.get(0));
    }

    @Test
    void aDraftTypedLeftAndQuitIsBackAfterARestart() throws IOException {
        Path feed = feed();
        try (Tmux t = start(feed)) {
            t.waitFor("Welcome to Gazette");
            t.keys("Enter");
            t.waitFor("> c to comment");
            t.keys("c");
            t.type("a thought for later");
            t.waitFor("> a thought for later");
            t.keys("Escape", "q");
            t.waitFor("↑↓ Move  Enter Open");
            t.keys("q");
            assertEquals(0, t.waitForExit());
        }
        try (Tmux t = start(feed)) {
            t.waitFor("Welcome to Gazette");
            t.keys("Enter");
            t.waitFor("> a thought for later");
            t.keys("q", "q");
            assertEquals(0, t.waitForExit());
        }
    }

    @Test
    void ctrlZStopsAndFgTakesTheScreenBackWithKeysWorking() throws IOException {
        Path feed = feed();
        try (Tmux t = Tmux.shell(dir)) {
            t.type("java -jar " + JAR + " " + feed + " --author e2e-tester");
            t.keys("Enter");
            t.waitFor("Welcome to Gazette", "↑↓ Move  Enter Open");
            t.keys("C-z");
            t.waitUntil(s -> s.contains("Stopped") && s.strip().endsWith("shell$"), "the shell's prompt after Ctrl-Z");
            t.type("fg");
            t.keys("Enter");
            t.waitFor("Welcome to Gazette", "↑↓ Move  Enter Open");
            t.keys("?");
            t.waitFor("this help");
            t.keys("q");
            t.keys("q");
            t.waitUntil(s -> s.strip().endsWith("shell$"), "the shell's prompt after q");
        }
    }

    @Test
    void aCommentWrittenInTheEditorComesBackAsTheDraft() throws IOException {
        Path feed = feed();
        Path editor = dir.resolve("editor.sh");
        Files.writeString(editor, "#!/bin/sh\nprintf 'written in the editor\\n' >> \"$1\"\n");
        Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));
        try (Tmux t = Tmux.shell(dir)) {
            t.type("EDITOR=" + editor + " java -jar " + JAR + " " + feed + " --author e2e-tester");
            t.keys("Enter");
            t.waitFor("Welcome to Gazette");
            t.keys("Enter");
            t.waitFor("> c to comment");
            t.keys("E");
            t.waitFor("> written in the editor", "Enter saves the comment");
            t.keys("Enter");
            t.waitFor("Comment saved", "Comments (1)");
            t.keys("q", "q");
            t.waitUntil(s -> s.strip().endsWith("shell$"), "the shell's prompt after q");
        }
        assertTrue(Files.readString(dir.resolve("feed.comments.jsonl")).contains("\"text\":\"written in the editor\""));
    }
}
