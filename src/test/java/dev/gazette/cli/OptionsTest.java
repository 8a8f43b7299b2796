package dev.gazette.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionsTest {

    @Test
    void defaultsReadFeedJsonWithTheMouseOn() throws Options.UsageException {
        Options o = Options.parse(List.of());
        assertEquals(Options.Mode.READ, o.mode());
        assertEquals(Path.of("feed.json"), o.feed());
        assertNull(o.comments());
        assertNull(o.author());
        assertTrue(o.mouse());
    }

    @Test
    void everyOptionInBothSpellings() throws Options.UsageException {
        Options o = Options.parse(List.of("news.json", "--comments", "c.jsonl", "--author=ana", "--no-mouse"));
        assertEquals(Path.of("news.json"), o.feed());
        assertEquals(Path.of("c.jsonl"), o.comments());
        assertEquals("ana", o.author());
        assertFalse(o.mouse());
        Options p = Options.parse(List.of("--comments=x.jsonl", "--author", "bo", "--list", "--", "--odd-name.json"));
        assertEquals(Path.of("x.jsonl"), p.comments());
        assertEquals("bo", p.author());
        assertEquals(Options.Mode.LIST, p.mode());
        assertEquals(Path.of("--odd-name.json"), p.feed());
    }

    @Test
    void aRepeatedModeIsFineTwoModesAreNot() throws Options.UsageException {
        assertEquals(Options.Mode.CHECK, Options.parse(List.of("--check", "--check")).mode());
        Options.UsageException e = assertThrows(Options.UsageException.class,
                () -> Options.parse(List.of("--help", "--version")));
        assertEquals("--help and --version cannot be used together", e.getMessage());
    }
}
