package dev.gazette.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.gazette.Fixtures;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.LoadListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A big feed's bodies read back from its file when opened, as the reader shows them. */
class BodiesInFileScreenTest {
    @TempDir
    Path dir;

    @Test
    void anArticleOpensFromTheFileAndAChangedFileIsSaidPlainly() throws IOException, FeedException {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "bodies stay in the file only when decoded ahead, on a second core");
        Path big = Fixtures.bigBodiesInFile(dir, "bodies-in-file.json");
        Feed feed = FeedLoader.load(big, LoadListener.NONE, null, true);
        VirtualScreen s = VirtualScreen.of(100, 12, feed, dir);

        s.type("/Every escape").press(KeyType.Enter, KeyType.Enter);   // past the fillers before it
        assertEquals("Every escape JSON has", s.row(1));
        assertEquals("\"quoted\" back\\slash / tab here new line été 👍🏽 and 日本語 raw", s.row(4).stripTrailing());

        s.press(KeyType.Escape);
        Files.setLastModifiedTime(big, FileTime.fromMillis(Files.getLastModifiedTime(big).toMillis() + 5000));
        s.press(KeyType.Enter);
        assertTrue(s.text().contains("Could not open this article: big.json changed since it was read"), s.text());
    }
}
