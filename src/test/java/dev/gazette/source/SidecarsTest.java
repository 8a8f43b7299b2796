package dev.gazette.source;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One naming rule for the journal, the read marks and the drafts beside a feed. */
class SidecarsTest {

    @Test
    void everyFileBesideAFeedDropsTheSameExtension() {
        Sidecars s = Sidecars.beside(Path.of("/news/WEIRD.JSON"));
        assertEquals(Path.of("/news/WEIRD.comments.jsonl"), s.journal());
        assertEquals(Path.of("/news/WEIRD.state.json"), s.state());
        assertEquals(Path.of("/news/WEIRD.drafts.json"), s.drafts());
    }

    @Test
    void feedExtensionsOfEveryFormatAreDropped() {
        assertEquals(Path.of("feed.comments.jsonl"), Sidecars.beside(Path.of("feed.json")).journal());
        assertEquals(Path.of("dir/feed.state.json"), Sidecars.beside(Path.of("dir/feed.xml")).state());
        assertEquals(Path.of("podcast.drafts.json"), Sidecars.beside(Path.of("podcast.rss")).drafts());
        assertEquals(Path.of("blog.comments.jsonl"), Sidecars.beside(Path.of("blog.Atom")).journal());
    }

    @Test
    void otherNamesAreKeptWhole() {
        assertEquals(Path.of("dir/feed.comments.jsonl"), Sidecars.beside(Path.of("dir/feed")).journal());
        assertEquals(Path.of("a.b.comments.jsonl"), Sidecars.beside(Path.of("a.b.json")).journal());
        assertEquals(Path.of("notes.txt.state.json"), Sidecars.beside(Path.of("notes.txt")).state());
        assertEquals(Path.of(".json.comments.jsonl"), Sidecars.beside(Path.of(".json")).journal());
    }
}
