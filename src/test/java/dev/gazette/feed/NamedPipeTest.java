package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A feed can come from a pipe (gazette <(curl ...)): it has no size and cannot be read twice. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class NamedPipeTest {
    @TempDir
    Path dir;

    /** A named pipe that a background thread fills with content once. */
    private Path pipeWith(String content) throws Exception {
        Path fifo = dir.resolve("feed.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not available");
            return null;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            } catch (IOException readerWentAway) {
                // the test fails on its own assertion
            }
        });
        writer.setDaemon(true);
        writer.start();
        return fifo;
    }

    @Test
    void loadsFromAPipeWithUnknownSize() throws Exception {
        Path fifo = pipeWith("{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [{\"id\": \"a\"}, {\"id\": \"b\"}]}");
        long[] total = {0};
        Feed f = FeedLoader.load(fifo, (bytesRead, totalBytes, items) -> total[0] = totalBytes);
        assertEquals(2, f.articles().size());
        assertEquals(-1, total[0]);
    }

    @Test
    void aSyntaxErrorInAPipeIsReportedWithoutReadingItAgain() throws Exception {
        Path fifo = pipeWith("{\"version\": 'x'}");
        FeedException e = assertThrows(FeedException.class, () -> FeedLoader.load(fifo));
        assertEquals(fifo + ":1:13: invalid JSON: not strict JSON (a comment, single quote, unquoted text or extra comma?)", e.getMessage());
    }

    @Test
    void aControlCharacterInAPipeIsAnErrorSinceItCannotBeReadAgain() throws Exception {
        Path fifo = pipeWith("<rss><channel><title>a\u000cb</title></channel></rss>");
        FeedException e = assertThrows(FeedException.class, () -> FeedLoader.load(fifo));
        assertEquals(fifo + ":1:23: invalid XML: a control character (U+000C)", e.getMessage());
    }

    @Test
    void aBareAmpersandInAPipeIsNamedAsSuch() throws Exception {
        Path fifo = pipeWith("<rss><channel><title>Fish & Chips</title></channel></rss>");
        FeedException e = assertThrows(FeedException.class, () -> FeedLoader.load(fifo));
        assertEquals(fifo + ":1:28: invalid XML: an & that begins no entity (XML writes it &amp;)", e.getMessage());
    }
}
