package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session ./gazette records its class archive from must keep going all the way. */
class ClassArchiveTrainingTest {
    @Test
    void theSamplesAreCleanFeedsAndTheReaderGetsAsFarAsAComment(@TempDir Path dir) throws Exception {
        List<Integer> checks = ClassArchiveTraining.session(dir);
        assertEquals(List.of(0, 0, 0), checks, "--check of feed.json, feed.rss, feed.atom");
        Path journal = dir.resolve("feed.comments.jsonl");
        assertTrue(Files.exists(journal), "no comment was saved: the keys did not reach the comment line");
        String saved = Files.readString(journal);
        assertTrue(saved.contains("\"hi\""), saved);
    }

    @Test
    void theBigFeedsAreBigAndTheirLastBodiesReadBack(@TempDir Path dir) throws Exception {
        List<String> bodies = ClassArchiveTraining.bigFeeds(dir);
        assertEquals(2, bodies.size());
        for (String body : bodies) assertTrue(body.startsWith("<p>Training text for a big feed.") && body.endsWith("</p>"), body);
        for (String name : new String[] {"big.json", "big.rss"}) {
            assertTrue(Files.size(dir.resolve(name)) > 4 * 1024 * 1024, name + " is too small to be decoded ahead");
        }
    }

    @Test
    void theTerminalPartEndsAndWritesOnlyInItsFolder(@TempDir Path dir) {
        // The key decoder gives EOF forever at the end of its text: the loop must stop there.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ClassArchiveTraining.terminalStart(dir));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("marks.state.json")), files.toList(), "only the read marks it saves and loads");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
