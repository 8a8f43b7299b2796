package dev.gazette.feed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a listener hears while a feed loads: the title before the items, then each item in file order. */
class LoadListenerTest {

    @TempDir
    Path dir;

    @Test
    void hearsTheTitleWhenItemsStartThenEachArticleInFileOrder() throws IOException, FeedException {
        Path file = Files.writeString(dir.resolve("f.json"), """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Early title",
                 "items": [{"id": "old", "date_published": "2020-01-01T00:00:00Z"},
                           {"id": "new", "date_published": "2024-01-01T00:00:00Z"}]}""");
        RecordingListener heard = new RecordingListener();
        Feed feed = FeedLoader.load(file, heard);
        assertEquals(List.of("title:Early title", "old", "new"), heard.events);
        assertEquals(List.of("new", "old"), feed.articles().stream().map(Article::id).toList(), "sorted at the end");
    }

    @Test
    void aTitleAfterTheItemsIsNotKnownYetWhenTheyStart() throws IOException, FeedException {
        Path file = Files.writeString(dir.resolve("f.json"), """
                {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1"}], "title": "Late"}""");
        RecordingListener heard = new RecordingListener();
        Feed feed = FeedLoader.load(file, heard);
        assertEquals(List.of("title:null", "1"), heard.events);
        assertEquals("Late", feed.title());
    }
}
