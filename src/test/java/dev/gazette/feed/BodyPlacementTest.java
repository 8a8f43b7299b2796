package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyPlacementTest {
    @Test
    void bodiesStayInTheFileOnlyAfterALongSample() {
        BodyPlacement p = new BodyPlacement();
        for (int i = 0; i < BodyPlacement.SAMPLE - 1; i++) {
            p.kept(10_000);
            assertFalse(p.leaveInFile(), "after " + (i + 1));
        }
        p.kept(10_000);
        assertTrue(p.leaveInFile());
        p.kept(0);   // later bodies no longer count
        assertTrue(p.leaveInFile());
    }

    @Test
    void shortBodiesAndItemsWithoutOneKeepEveryBody() {
        BodyPlacement p = new BodyPlacement();
        for (int i = 0; i < BodyPlacement.SAMPLE; i++) p.kept(i % 2 == 0 ? 2 * BodyPlacement.MIN_AVERAGE_CHARS - 2 : 0);
        assertFalse(p.leaveInFile(), "just under the average");
    }

    /** A big feed of one-line posts: offsets would cost more than the packed bodies, so they are kept. */
    @Test
    void aBigFileOfShortPostsKeepsThemInMemory(@TempDir Path dir) throws IOException, FeedException {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "bodies stay in the file only when decoded ahead");
        StringBuilder json = new StringBuilder("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Posts\", \"items\": [");
        int n = 60_000;
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": \"").append(i).append("\", \"title\": \"Post ").append(i)
                    .append("\", \"content_text\": \"Body ").append(i).append(".\"}\n");
        }
        Path file = Files.writeString(dir.resolve("posts.json"), json.append("]}"));
        assertTrue(Files.size(file) > ReadAhead.MIN_BYTES);
        Feed feed = FeedLoader.load(file, LoadListener.NONE, null, true);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        for (Article a : feed.articles()) assertEquals("Body " + a.id() + ".", a.content().load().text());
    }
}
