package dev.gazette.comments;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where the journal lives and whose name goes on a comment. */
class JournalNamingTest {

    @Test
    void theJournalLivesBesideTheFeed() {
        assertEquals(Path.of("feed.comments.jsonl"), CommentJournal.defaultPathFor(Path.of("feed.json")));
        assertEquals(Path.of("/news/daily.comments.jsonl"), CommentJournal.defaultPathFor(Path.of("/news/daily.json")));
        assertEquals(Path.of("/news/WEIRD.comments.jsonl"), CommentJournal.defaultPathFor(Path.of("/news/WEIRD.JSON")));
        assertEquals(Path.of("dir/feed.xml.comments.jsonl"), CommentJournal.defaultPathFor(Path.of("dir/feed.xml")));
        assertEquals(Path.of("dir/feed.comments.jsonl"), CommentJournal.defaultPathFor(Path.of("dir/feed")));
        assertEquals(Path.of("a.b.comments.jsonl"), CommentJournal.defaultPathFor(Path.of("a.b.json")));
        assertEquals(Path.of(".json.comments.jsonl"), CommentJournal.defaultPathFor(Path.of(".json")));
    }

    @Test
    void theAuthorComesFromTheCommandLineThenTheEnvironment() {
        Map<String, String> env = new HashMap<>(Map.of("GAZETTE_AUTHOR", "gaz", "USER", "login"));
        assertEquals("ana", CommentJournal.defaultAuthor("ana", env));
        assertEquals("ana", CommentJournal.defaultAuthor("  ana  ", env));
        assertEquals("gaz", CommentJournal.defaultAuthor(null, env));
        assertEquals("gaz", CommentJournal.defaultAuthor("   ", env));
        env.put("GAZETTE_AUTHOR", " ");
        assertEquals("login", CommentJournal.defaultAuthor(null, env));
        env.remove("GAZETTE_AUTHOR");
        assertEquals("login", CommentJournal.defaultAuthor("", env));
        env.remove("USER");
        assertEquals("anonymous", CommentJournal.defaultAuthor(null, env));
        assertEquals("anonymous", CommentJournal.defaultAuthor(null, null));
        assertEquals("李 Zoë", CommentJournal.defaultAuthor(null, Map.of("USER", "李 Zoë")));
    }
}
