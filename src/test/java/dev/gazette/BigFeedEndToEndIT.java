package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A big feed in the built jar, in tmux: its bodies stay in the file and show when opened, a
 * resize reflows the screen (the size is asked of the terminal then, through the buffered
 * output), and a feed file changed under an article is said on the status line.
 */
class BigFeedEndToEndIT {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsTmuxAndTheJar() {
        Tmux.requireTmuxAndJar(EndToEndIT.JAR);
    }

    @Test
    void aBigFeedsArticleShowsFromTheFileAndTheScreenFollowsAResize() throws IOException {
        Path big = Fixtures.bigBodiesInFile(dir, "bodies-in-file.json");
        try (Tmux t = new Tmux(100, 30, dir, "java", "-jar", EndToEndIT.JAR.toString(), big.toString())) {
            t.waitFor("Bodies read back from the file — 74 articles", "Filler 1");
            t.keys("/");
            t.type("Every escape");   // past the fillers before the fixture's own items
            t.keys("Enter");
            t.waitFor("1 of 74 articles", "Every escape JSON has");
            t.keys("Enter");
            t.waitFor("\"quoted\" back\\slash / tab here new line été", "and 日本語 raw");
            t.keys("Escape");
            t.waitFor("↑↓ Move  Enter Open");

            t.resize(50, 12);
            // At 50 columns the feed's name gives way to the counts (down to 16 columns of it).
            String small = t.waitFor("Bodies read bac… — 1 of 74 articles, 73 unread", "Every escape JSON has");
            assertTrue(small.lines().allMatch(line -> line.length() <= 50), small);
            t.keys("Enter");
            t.waitFor("\"quoted\" back\\slash / tab here");
            t.keys("Escape");

            t.resize(100, 30);
            t.waitFor("1 of 74 articles", "Every escape JSON has");
            Files.setLastModifiedTime(big, FileTime.fromMillis(Files.getLastModifiedTime(big).toMillis() + 5000));
            t.keys("Enter");
            // Either the article was asked for before the watcher saw the change, and the file
            // says it changed; or the feed was read again first and the article opens from it.
            String after = t.waitUntil(s -> s.contains("big.json changed since it was read")
                    || s.contains("\"quoted\" back\\slash"), "the changed file said, or the article read again");
            assertTrue(after.contains("Could not open this article: big.json changed since it was read")
                    || after.contains("Every escape JSON has"), after);
            t.keys("q", "q");
            assertEquals(0, t.waitForExit());
        }
    }
}
