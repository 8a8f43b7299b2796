package dev.gazette.comments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the journal lives and whose name goes on a comment. */
class JournalNamingTest {

    @TempDir
    Path dir;

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

    @Test
    void theAuthorIsCleanedWhereItEntersSoTheJournalHoldsNoControlCharacters() throws Exception {
        // What --author "$(printf 'Zoë 👩‍💻\033[31m\nx')" gives: the escape sequence goes whole,
        // the line break becomes a space, the emoji's ZWJ sequence stays whole.
        String author = CommentJournal.defaultAuthor("Zoë 👩‍💻\033[31m\nx", Map.of());
        assertEquals("Zoë 👩‍💻 x", author);
        Path file = dir.resolve("feed.comments.jsonl");
        new CommentJournal(file).append("a", author, "hello");
        String line = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(line.contains("\"author\":\"Zoë 👩‍💻 x\""), line);

        Map<String, String> env = Map.of("GAZETTE_AUTHOR", "\tBo \u0007\r\n  Rustad\u009b1m ", "USER", "login");
        assertEquals("Bo Rustad", CommentJournal.defaultAuthor(null, env), "the environment is cleaned too");
        assertEquals("Bo Rustad", CommentJournal.defaultAuthor("\033[2J\u0007", env),
                "a name that is nothing once cleaned counts as none given");
        assertEquals("anonymous", CommentJournal.defaultAuthor("\033]0;title\007", Map.of("USER", "\u202e\u0000")));
    }
}
