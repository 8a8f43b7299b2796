package dev.gazette.comments;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where the journal lives and whose name goes on a comment. */
class JournalNamingTest {

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
