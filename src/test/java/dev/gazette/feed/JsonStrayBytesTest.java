package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON Feed with bytes that are not UTF-8 is read all the same: they show as "\uFFFD", and
 * --check counts them. One stray byte near the start of an ASCII file used to make the whole
 * feed "not UTF-8 text", where the same byte after a "café" cost only itself.
 */
class JsonStrayBytesTest {
    @TempDir
    Path dir;

    private Feed load(byte[] content) throws IOException, FeedException {
        Path file = dir.resolve("feed.json");
        Files.write(file, content);
        return FeedLoader.load(file);
    }

    private static List<String> titles(Feed feed) {
        return feed.articles().stream().map(Article::title).toList();
    }

    private static List<String> problems(Feed feed) {
        return feed.problems().stream().map(Problem::message).toList();
    }

    @Test
    void oneStrayByteInAnAsciiFeedCostsOnlyItself() throws Exception {
        byte[] bytes = ("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"x\",\"items\":["
                + "{\"id\":\"1\",\"title\":\"good\",\"date_published\":\"2025-01-03T00:00:00Z\"},"
                + "{\"id\":\"2\",\"title\":\"bad ? byte\",\"date_published\":\"2025-01-02T00:00:00Z\"},"
                + "{\"id\":\"3\",\"title\":\"three\",\"date_published\":\"2025-01-01T00:00:00Z\"}]}")
                .getBytes(StandardCharsets.US_ASCII);
        int at = new String(bytes, StandardCharsets.US_ASCII).indexOf('?');
        bytes[at] = (byte) 0xFF;
        Feed feed = load(bytes);
        assertEquals(List.of("good", "bad \uFFFD byte", "three"), titles(feed));
        assertEquals(List.of("1 byte is not UTF-8 (0xFF, at byte " + (at + 1) + " of the file); shown as \uFFFD"
                + " (is the file ISO-8859-1 or windows-1252? a JSON Feed must be UTF-8)"), problems(feed));
    }

    @Test
    void aFeedInIso88591IsReadWithItsAccentsReplacedAndTheReasonSaid() throws Exception {
        String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Caf\u00e9\",\"items\":["
                + "{\"id\":\"1\",\"title\":\"Cr\u00e8me br\u00fbl\u00e9e\"}]}";
        Feed feed = load(json.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Caf\uFFFD", feed.title());
        assertEquals(List.of("Cr\uFFFDme br\uFFFDl\uFFFDe"), titles(feed));
        assertEquals(List.of("4 bytes are not UTF-8 (the first, 0xE9, at byte " + (json.indexOf('\u00e9') + 1)
                + " of the file); shown as \uFFFD"
                + " (is the file ISO-8859-1 or windows-1252? a JSON Feed must be UTF-8)"), problems(feed));
    }

    @Test
    void aStrayByteInAUtf8FeedIsNotCalledAnotherEncoding() throws Exception {
        byte[] bytes = ("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Caf\u00e9\",\"items\":["
                + "{\"id\":\"1\",\"title\":\"a ? b\"}]}").getBytes(StandardCharsets.UTF_8);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('?');
        bytes[at] = (byte) 0xE9;
        Feed feed = load(bytes);
        assertEquals(List.of("a \uFFFD b"), titles(feed));
        assertEquals(List.of("1 byte is not UTF-8 (0xE9, at byte " + (at + 1) + " of the file); shown as \uFFFD"),
                problems(feed));
    }
}
