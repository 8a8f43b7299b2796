package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.feed.FeedException;
import dev.gazette.feed.LoadListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFeedSourceTest {
    private static final String FEED = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":"
            + "[{\"id\":\"1\",\"title\":\"one\"}]}";

    @TempDir
    Path dir;

    /** Each write a second later than the last, so the stamp moves even on a coarse clock. */
    private void write(Path file, String text, int second) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L + second * 1000L));
    }

    @Test
    void aFileBrokenOnDiskIsReadAgainWhenItChangesAgainNotEverySecond() throws Exception {
        Path file = dir.resolve("feed.json");
        write(file, FEED, 0);
        FileFeedSource source = new FileFeedSource(file, true);
        assertEquals(1, source.load(LoadListener.NONE).articles().size());
        assertFalse(source.changed());

        write(file, "\u0000\u0001garbage", 1);
        assertTrue(source.changed(), "the watcher sees the change");
        assertThrows(FeedException.class, () -> source.load(LoadListener.NONE));
        assertFalse(source.changed(), "the broken file was read once; the watcher's next look finds nothing new");

        write(file, FEED.replace("one", "mended"), 2);
        assertTrue(source.changed(), "mended: read again");
        assertEquals("mended", source.load(LoadListener.NONE).articles().get(0).title());
    }
}
