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
        assertEquals(List.of(), o.sources(), "no source: feed.json or the feeds file, chosen later");
        assertNull(o.comments());
        assertNull(o.author());
        assertTrue(o.mouse());
    }

    @Test
    void everyOptionInBothSpellings() throws Options.UsageException {
        Options o = Options.parse(List.of("news.json", "--comments", "c.jsonl", "--author=ana", "--no-mouse"));
        assertEquals(List.of("news.json"), o.sources());
        assertEquals(Path.of("c.jsonl"), o.comments());
        assertEquals("ana", o.author());
        assertFalse(o.mouse());
        Options p = Options.parse(List.of("--comments=x.jsonl", "--author", "bo", "--list", "--", "--odd-name.json"));
        assertEquals(Path.of("x.jsonl"), p.comments());
        assertEquals("bo", p.author());
        assertEquals(Options.Mode.LIST, p.mode());
        assertEquals(List.of("--odd-name.json"), p.sources());
    }

    @Test
    void severalSourcesTheFeedsFileOpmlAndOffline() throws Options.UsageException {
        Options o = Options.parse(List.of("a.json", "https://example.com/feed.xml", "--feeds", "f", "--offline"));
        assertEquals(List.of("a.json", "https://example.com/feed.xml"), o.sources());
        assertEquals(Path.of("f"), o.feeds());
        assertTrue(o.offline());
        assertEquals(Options.Mode.IMPORT_OPML, Options.parse(List.of("--import-opml", "x.opml")).mode());
        assertEquals(Path.of("x.opml"), Options.parse(List.of("--import-opml=x.opml")).importOpml());
        assertEquals(Options.Mode.EXPORT_OPML, Options.parse(List.of("--export-opml")).mode());
        Options.UsageException e = assertThrows(Options.UsageException.class,
                () -> Options.parse(List.of("a.json", "b.json", "--comments", "c.jsonl")));
        assertEquals("--comments names the journal of one source, but 2 were given", e.getMessage());
        Options.UsageException two = assertThrows(Options.UsageException.class,
                () -> Options.parse(List.of("--list", "--export-opml")));
        assertEquals("--list and --export-opml cannot be used together", two.getMessage());
    }

    @Test
    void aRepeatedModeIsFineTwoModesAreNot() throws Options.UsageException {
        assertEquals(Options.Mode.CHECK, Options.parse(List.of("--check", "--check")).mode());
        Options.UsageException e = assertThrows(Options.UsageException.class,
                () -> Options.parse(List.of("--help", "--version")));
        assertEquals("--help and --version cannot be used together", e.getMessage());
    }

    @Test
    void anEmptyValueAndAValueOnAFlagSayWhatIsWrong() {
        for (List<String> args : List.of(List.of("--author", ""), List.of("--author="))) {
            assertEquals("--author was given an empty value",
                    assertThrows(Options.UsageException.class, () -> Options.parse(args)).getMessage(), args.toString());
        }
        assertEquals("--feeds needs a value",
                assertThrows(Options.UsageException.class, () -> Options.parse(List.of("--feeds"))).getMessage());
        assertEquals("--list takes no value; a source goes after it, with a space",
                assertThrows(Options.UsageException.class, () -> Options.parse(List.of("--list=a.json"))).getMessage());
        assertEquals("unknown option '--lists=a.json'",
                assertThrows(Options.UsageException.class, () -> Options.parse(List.of("--lists=a.json"))).getMessage());
    }

    @Test
    void anOptionIsNeverTakenForTheValueForgottenBeforeIt() throws Options.UsageException {
        assertEquals("--author needs a value, not the option '--no-mouse' (a value that starts with '-': --author=--no-mouse)",
                assertThrows(Options.UsageException.class,
                        () -> Options.parse(List.of("feed.json", "--author", "--no-mouse"))).getMessage());
        for (List<String> args : List.of(List.of("--feeds", "--list"), List.of("--comments", "-h"), List.of("--import-opml", "--"))) {
            Options.UsageException e = assertThrows(Options.UsageException.class, () -> Options.parse(args));
            assertTrue(e.getMessage().startsWith(args.get(0) + " needs a value, not the option '" + args.get(1) + "'"),
                    e.getMessage());
        }
        assertEquals("-x", Options.parse(List.of("--author=-x")).author(), "with '=', the value is taken as it is");
        assertEquals("-", Options.parse(List.of("--author", "-")).author());
    }
}
