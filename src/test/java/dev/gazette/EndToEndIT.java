package dev.gazette;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built jar in a real terminal (tmux): read the seed article, leave a comment with a
 * wide character, quit, start again and find it. Runs after {@code package} (failsafe).
 */
class EndToEndIT {
    static final Path JAR = Path.of("target", "gazette.jar").toAbsolutePath();
    static final Path BUNDLED_FEED = Path.of("feed.json").toAbsolutePath();

    @TempDir
    Path dir;

    @BeforeAll
    static void needsTmuxAndTheJar() {
        Tmux.requireTmuxAndJar(JAR);
    }

    Tmux start(Path feed) throws IOException {
        return new Tmux(100, 30, dir, "java", "-jar", JAR.toString(), feed.toString(), "--author", "e2e-tester");
    }

    @Test
    void readTheSeedArticleCommentQuitAndFindTheCommentAgain() throws IOException {
        Path feed = Files.copy(BUNDLED_FEED, dir.resolve("feed.json"));
        String comment = "Read in tmux, 日本 ✓ 👍";
        try (Tmux t = start(feed)) {
            t.waitFor("U.S. Aligns with Russia in UN Votes");
            t.keys("G", "Enter");
            t.waitFor("In a significant shift in its stance on the Ukraine war",
                    "U.S. Aligns with Russia in UN Votes Amid Shift in Ukraine Policy", "> c to comment");
            t.keys("G");
            t.waitFor("There are no comments to display");
            t.keys("t");
            t.waitFor("In a significant shift");
            t.keys("c");
            t.type(comment);
            t.waitFor("> " + comment);
            t.keys("Enter");
            t.waitFor("Comment saved", comment, "Comments (1)");
            t.keys("q");
            t.waitFor("↑↓ Move  Enter Open");
            t.keys("q");
            assertEquals(0, t.waitForExit());
        }
        List<String> journal = Files.readAllLines(dir.resolve("feed.comments.jsonl"), StandardCharsets.UTF_8);
        assertEquals(1, journal.size());
        assertTrue(journal.get(0).contains("\"text\":\"" + comment + "\""), journal.get(0));
        assertTrue(journal.get(0).contains("\"article\":\"seed-un-votes-2025-02-25\""), journal.get(0));

        try (Tmux t = start(feed)) {
            t.waitFor("U.S. Aligns with Russia in UN Votes");
            t.keys("G", "Enter");
            t.waitFor("In a significant shift");
            t.keys("G");
            t.waitFor(comment, "e2e-tester · ", "Comments (1)");
            t.keys("C-c");
            assertEquals(0, t.waitForExit());
        }
    }

    @Test
    void withoutArgumentsItOpensTheBundledFeedInTheWorkingFolder() throws IOException {
        Files.copy(BUNDLED_FEED, dir.resolve("feed.json"));
        try (Tmux t = new Tmux(80, 24, dir, "java", "-jar", JAR.toString())) {
            t.waitFor("Gazette — 5 articles, 5 unread", "Welcome to Gazette: getting started");
            t.keys("q");
            assertEquals(0, t.waitForExit());
        }
    }

    @Test
    void filterOpenNextPreviousThenReadMarksSurviveARestartAndReloadPicksUpChanges() throws IOException {
        Path feed = Files.copy(BUNDLED_FEED, dir.resolve("feed.json"));
        try (Tmux t = start(feed)) {
            t.waitFor("Gazette — 5 articles, 5 unread");
            t.keys("/");
            t.type("gazette");
            t.waitFor("4 of 5 articles");
            t.keys("Enter", "Enter");
            t.waitFor("Welcome to Gazette: getting started", "> c to comment", "1/4");
            t.keys("n");
            // Text of that article's own page: "Keys at a glance" is in the welcome's body too, and a
            // capture taken while a frame is half written can show the new header over the old page.
            t.waitFor("Gazette has three views", "2/4");
            t.keys("p");
            t.waitFor("Welcome to Gazette: getting started", "1/4");
            t.keys("q");
            t.waitFor("4 of 5 articles, 3 unread");
            t.keys("q");
            assertEquals(0, t.waitForExit());
        }
        assertTrue(Files.readString(dir.resolve("feed.state.json")).contains("guide-keys"));

        try (Tmux t = start(feed)) {
            t.waitFor("Gazette — 5 articles, 3 unread", "  2026-11-27  Welcome to Gazette", "● 2026-11-23  Comments");
            String json = Files.readString(feed, StandardCharsets.UTF_8);
            Files.writeString(feed, json.replaceFirst("\"items\": \\[", "\"items\": [{\"id\": \"fresh\", "
                    + "\"title\": \"Fresh headline from disk\", \"date_published\": \"2026-11-28T08:00:00Z\", "
                    + "\"content_text\": \"New.\"},"), StandardCharsets.UTF_8);
            t.keys("r");
            t.waitFor("Fresh headline from disk", "6 articles, 4 unread");
            String again = Files.readString(feed, StandardCharsets.UTF_8);
            Files.writeString(feed, again.replace("Fresh headline from disk", "Edited while nobody pressed a key"),
                    StandardCharsets.UTF_8);
            t.waitFor("Edited while nobody pressed a key");   // picked up by itself, no key sent
            t.keys("q");
            assertEquals(0, t.waitForExit());
        }
    }
}
