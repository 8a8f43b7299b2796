package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {
    /** Characters 0..n-1 of a text that never repeats within a chunk, so a lost or doubled chunk shows. */
    private static String text(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; b.length() < n; i++) b.append(i).append(i % 7 == 0 ? "日本\n" : " ");
        return b.substring(0, n);
    }

    /** Everything r gives, read pieceSize characters at a time (FileTextTest too). */
    static String readAll(Reader r, int pieceSize) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] piece = new char[pieceSize];
        int n;
        while ((n = r.read(piece, 0, piece.length)) >= 0) out.append(piece, 0, n);
        return out.toString();
    }

    @Test
    void handsOverEveryCharacterInOrderWhateverThePieceSize() throws IOException {
        String text = text(1_000_000);
        for (int piece : new int[] {1, 1024, 100_000}) {
            try (ReadAhead ahead = ReadAhead.always()) {
                assertEquals(text, readAll(ahead.reader(new StringReader(text)), piece), "pieces of " + piece);
            }
        }
    }

    @Test
    void theEndIsTheEndEveryTimeItIsAskedFor() throws IOException {
        try (ReadAhead ahead = ReadAhead.always()) {
            Reader r = ahead.reader(new StringReader("ab"));
            assertEquals("ab", readAll(r, 8));
            assertEquals(-1, r.read(new char[4], 0, 4));
        }
    }

    @Test
    void anErrorOfTheSourceComesAfterTheCharactersBeforeIt() throws IOException {
        Reader failing = new Reader() {
            private int calls;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (calls++ == 0) {
                    buffer[offset] = 'x';
                    return 1;
                }
                throw new IOException("disk gone");
            }

            @Override
            public void close() { }
        };
        try (ReadAhead ahead = ReadAhead.always()) {
            Reader r = ahead.reader(failing);
            char[] piece = new char[8];
            assertEquals(1, r.read(piece, 0, 8));
            assertEquals('x', piece[0]);
            IOException e = assertThrows(IOException.class, () -> r.read(piece, 0, 8));
            assertEquals("disk gone", e.getMessage());
        }
    }

    @Test
    void closingStopsTheThreadOfALoadThatGaveUpEarly() throws Exception {
        ReadAhead ahead = ReadAhead.always();
        Reader r = ahead.reader(new StringReader(text(2_000_000))); // far more than the queue holds
        assertTrue(r.read(new char[10], 0, 10) > 0);
        Thread decoder = ahead.thread();
        ahead.close();
        decoder.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(decoder.isAlive(), "the read-ahead thread still runs after close");
    }

    @Test
    void anInterruptedLoadStopsWaitingWithInterruptedIoException() throws Exception {
        Reader never = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                try {
                    Thread.sleep(Long.MAX_VALUE); // a pipe that never writes
                } catch (InterruptedException e) {
                    throw new InterruptedIOException();
                }
                return -1;
            }

            @Override
            public void close() { }
        };
        try (ReadAhead ahead = ReadAhead.always()) {
            Reader r = ahead.reader(never);
            Thread.currentThread().interrupt();
            assertThrows(InterruptedIOException.class, () -> r.read(new char[4], 0, 4));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        }
    }

    @Test
    void aSmallFileIsReadDirectly() {
        Reader source = new StringReader("x");
        try (ReadAhead ahead = ReadAhead.forSize(ReadAhead.MIN_BYTES - 1)) {
            assertSame(source, ahead.reader(source));
        }
    }

    @Test
    void aBigFeedLoadsTheSameDecodedAhead(@TempDir Path dir) throws Exception {
        // A JSON Feed and an RSS file above the threshold: the loader decodes them ahead (on a
        // machine with two cores) and must read every item whole all the same.
        StringBuilder json = new StringBuilder("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Big\", \"items\": [");
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Big</title>");
        String body = "<p>" + "Zürich 日本 — ".repeat(300) + "</p>";
        int items = 0;
        while (json.length() < ReadAhead.MIN_BYTES + 100_000) {
            items++;
            if (items > 1) json.append(',');
            json.append("{\"id\": \"").append(items).append("\", \"title\": \"Item ").append(items)
                    .append("\", \"content_html\": \"").append(body).append("\"}");
            rss.append("<item><guid>").append(items).append("</guid><title>Item ").append(items)
                    .append("</title><description><![CDATA[").append(body).append("]]></description></item>");
        }
        json.append("]}");
        rss.append("</channel></rss>");
        for (String[] file : new String[][] {{"big.json", json.toString()}, {"big.rss", rss.toString()}}) {
            Path p = dir.resolve(file[0]);
            Files.writeString(p, file[1]);
            Feed feed = FeedLoader.load(p);
            assertEquals(items, feed.articles().size(), file[0]);
            assertEquals(body, feed.articles().get(items / 2).content().load().html(), file[0]);
        }
    }
}
