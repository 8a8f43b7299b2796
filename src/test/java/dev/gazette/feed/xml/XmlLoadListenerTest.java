package dev.gazette.feed.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.feed.Article;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.RecordingListener;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An RSS or Atom load is heard like a JSON one: the title, then each article as it is read. */
class XmlLoadListenerTest {
    @TempDir
    Path dir;

    @Test
    void rssItemsAreHeardInFileOrderAfterTheTitle() throws Exception {
        Path file = XmlTestFiles.write(dir, """
                <rss version="2.0"><channel><title>Heard</title>
                <item><guid>old</guid><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item>
                <item><guid>new</guid><pubDate>Tue, 02 Jan 2024 00:00:00 GMT</pubDate></item>
                </channel></rss>""");
        RecordingListener r = new RecordingListener();
        Feed f = FeedLoader.load(file, r);
        assertEquals(List.of("title:Heard", "old", "new"), r.events);
        assertEquals(List.of("new", "old"), f.articles().stream().map(Article::id).toList(), "the list is newest first");
        assertEquals(2, r.lastItems);
        assertEquals(r.total, r.lastBytes, "the end is reported with the whole file read");
    }

    @Test
    void feedAuthorsGivenAfterTheEntriesStillApply() throws Exception {
        RecordingListener r = new RecordingListener();
        Feed f = FeedLoader.load(XmlTestFiles.write(dir, """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Late</title>
                <entry><id>a</id><title>A</title></entry>
                <author><name>Feed Author</name></author></feed>"""), r);
        assertEquals(List.of("title:Late", "a"), r.events);
        assertEquals("Feed Author", f.articles().get(0).byline());
        assertTrue(f.problems().isEmpty());
    }
}
