package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void aPipeIsRepairedOnItsOneReadingSinceItCannotBeReadAgain() throws Exception {
        Path fifo = pipeWith("<rss><channel><title>Fish & Chips\u000c</title>"
                + "<item><title>R&D && more</title><link>https://x.example/?a=1&b=2</link></item></channel></rss>");
        Feed f = FeedLoader.load(fifo);
        assertEquals("Fish & Chips", f.title());
        assertEquals("R&D && more", f.articles().get(0).title());
        assertEquals("https://x.example/?a=1&b=2", f.articles().get(0).url());
        assertEquals(List.of(
                new Problem(1, 43, "item 1 has no id; using \"url:https://x.example/?a=1&b=2\""),
                new Problem(1, 34, "a control character XML does not allow (U+000C); read as a space"),
                new Problem(1, 27, "5 & that begin no entity (the first here; XML writes it &amp;); read as &")),
                f.problems());
    }

    @Test
    void anXmlErrorInAPipeIsReportedWithoutReadingItAgain() throws Exception {
        Path fifo = pipeWith("<rss><channel><title>a</titel></channel></rss>");
        FeedException e = assertThrows(FeedException.class, () -> FeedLoader.load(fifo));
        assertEquals(fifo + ":1:29: invalid XML: unexpected close tag </titel>; expected </title>", e.getMessage());
    }
}
