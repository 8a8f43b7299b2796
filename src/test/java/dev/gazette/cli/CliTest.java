package dev.gazette.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a script sees it: exit code, stdout, stderr. */
class CliTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    static Result run(boolean terminal, String... args) {
        return run(Map.of(), terminal, args);
    }

    static Result run(Map<String, String> env, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env, terminal).run(List.of(args));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result run(String... args) {
        return run(false, args);
    }

    Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    static void assertOneClearLine(Result r, String expected) {
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().endsWith("\n"), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    static final String FEED = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "T",
             "items": [
               {"id": "1", "title": "Older", "date_published": "2025-01-01T10:00:00Z", "content_text": "a"},
               {"id": "2", "title": "Newer <b>bold</b> &amp; more", "date_published": "2025-02-01T10:00:00Z", "content_text": "b"},
               {"id": "3", "content_text": "Untitled post text"}
             ]}""";

    @Test
    void checkListsFiveOfAKindThatComesMoreThanTenTimesThenSaysHowManyMore() throws Exception {
        StringBuilder feed = new StringBuilder("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\", \"items\": [");
        for (int i = 1; i <= 12; i++) {
            feed.append(i == 1 ? "" : ",").append("{\"url\": \"https://example.org/").append(i).append("\"}");
        }
        Path file = Files.writeString(dir.resolve("no-ids.json"), feed + ", {\"id\": \"x\", \"date_published\": \"soon\"}]}");
        List<String> lines = run(false, "--check", file.toString()).out().lines().toList();
        assertEquals(8, lines.size(), String.join("\n", lines));
        for (int i = 0; i < 5; i++) {
            assertTrue(lines.get(i).contains(": item " + (i + 1) + " has no id; using \"url:https://example.org/" + (i + 1) + "\""),
                    lines.get(i));
        }
        assertEquals(file + ": … and 7 more like the one above, not listed", lines.get(5));
        assertTrue(lines.get(6).contains("item 13: date_published"), "another kind is listed whole: " + lines.get(6));
        assertEquals(file + ": ok, 13 items, 13 warnings", lines.get(7));
    }

    @Test
    void listStopsWhenItsReaderHasGoneAndWritesABlockAtATimeUntilThen() throws Exception {
        StringBuilder feed = new StringBuilder("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\", \"items\": [");
        for (int i = 0; i < 3000; i++) {
            feed.append(i == 0 ? "" : ",").append("{\"id\": \"").append(i).append("\", \"title\": \"Headline number ").append(i)
                    .append(" of a list long enough\"}");
        }
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("long.json"), feed + "]}");
        int[] writes = {0};
        java.io.OutputStream closedPipe = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                writes[0]++;
                throw new java.io.IOException("Broken pipe");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(closedPipe, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), false).run(List.of("--list", file.toString()));
        assertEquals(0, code);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertTrue(writes[0] < 30, "one block tried (a write per 8 KB), then it stops; not a failed write for each of "
                + "3,000 headlines: " + writes[0]);

        Result whole = run(false, "--list", file.toString());
        assertEquals(3000, whole.out().lines().count(), "every block written when stdout is there");
    }

    @Test
    void listPrintsOneLinePerItemNewestFirst() throws IOException {
        Result r = run(write("f.json", FEED).toString(), "--list");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("2025-02-01  Newer bold & more", "2025-01-01  Older", "----------  Untitled post text"),
                r.out().lines().toList());
        assertEquals("", r.err());
    }

    @Test
    void checkSaysOkAndExitsZero() throws IOException {
        Path f = write("f.json", FEED);
        Result r = run("--check", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().reduce((a, b) -> b).orElse("").startsWith(f + ": ok, 3 items"), r.out());
    }

    @Test
    void helpAndVersion() {
        Result help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Usage: gazette [SOURCE...] [options]"), help.out());
        assertTrue(help.out().contains("--comments FILE"));
        Result version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("gazette "), version.out());
    }

    @Test
    void theFeedItselfIsRefusedAsItsCommentJournalAndLeftAlone() throws IOException {
        Path feed = write("feed.json", FEED);
        Files.createDirectories(dir.resolve("sub"));
        String sameByAnotherName = dir.resolve("sub").resolve("..").resolve("feed.json").toString();
        // Refused before the terminal is set up: the test's own terminal is never touched.
        Result r = run(Map.of("TERM", "xterm-256color"), true, feed.toString(), "--comments", sameByAnotherName);
        assertOneClearLine(r, "is the feed itself; comments go to a file of their own");
        assertEquals(FEED, Files.readString(feed), "nothing appended to the feed");
    }

    @Test
    void whatTheUserGaveIsQuotedOnStderrWithItsControlCharactersEscaped() throws IOException {
        // ESC, BEL and a C1 CSI in an option, a URL and a feeds-file line: none reaches the terminal.
        assertOneClearLine(run("--bogus\u001b]0;OPT\u0007"), "gazette: unknown option '--bogus\\u001b]0;OPT\\u0007'");
        assertOneClearLine(run("ftp://x/\u001b[2J\u009b1m", "--list"), "ftp://x/\\u001b[2J\\u009b1m: only http and https");
        Path feeds = write("feeds", "http://127.0.0.1:1/x\u001b]0;PWN\u0007 tag\n");
        Result r = run("--feeds", feeds.toString(), "--list");
        assertTrue(r.err().contains("feeds:1: http://127.0.0.1:1/x\\u001b]0;PWN\\u0007: not a valid URL"), r.err());
        assertTrue(r.err().chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f), r.err());
    }

    @Test
    void badCommandLinesAreUsageErrors() {
        assertOneClearLine(run("--frobnicate"), "gazette: unknown option '--frobnicate' (see gazette --help)");
        assertOneClearLine(run("a.json", "b.json", "--comments", "c.jsonl"), "--comments names the journal of one source");
        assertOneClearLine(run("ftp://example.com/feed.xml", "--list"), "only http and https");
        assertOneClearLine(run("--comments"), "--comments needs a value");
        assertOneClearLine(run("--list", "--check"), "cannot be used together");
    }

    @Test
    void aMissingFileThatLooksLikeAnAddressSaysWhatAUrlNeeds() {
        assertOneClearLine(run("127.0.0.1:8765/f/feed.xml", "--list"),
                "127.0.0.1:8765/f/feed.xml: no such file (a URL starts with http:// or https://)");
        assertOneClearLine(run("www.example.com", "--list"), "www.example.com: no such file (a URL starts with");
        assertOneClearLine(run("mailto:ana@example.com", "--list"),
                "mailto:ana@example.com: no such file (only http and https URLs are fetched)");
        Result plain = run(dir.resolve("news.json").toString(), "--list");
        assertOneClearLine(plain, "news.json: no such file");
        assertFalse(plain.err().contains("URL"), "a file name gets no hint: " + plain.err());
    }

    @Test
    void missingFileDirectoryEmptyBinaryAndInvalidJsonAreOneLineExitTwo() throws IOException {
        assertOneClearLine(run(dir.resolve("nope.json").toString(), "--list"), "nope.json");
        assertOneClearLine(run(dir.toString(), "--check"), dir.toString());
        assertOneClearLine(run(write("empty.json", "").toString(), "--list"), "empty.json");
        Files.write(dir.resolve("bin.json"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, (byte) 0xff});
        assertOneClearLine(run(dir.resolve("bin.json").toString(), "--list"), "bin.json");
        assertOneClearLine(run(write("bad.json", "{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n  \"items\": [ }\n").toString(), "--check"),
                "bad.json:3:");
        assertOneClearLine(run(write("array.json", "[1, 2]").toString(), "--list"), "not a JSON Feed");
        assertOneClearLine(run(write("deep.json", "[".repeat(100_000)).toString(), "--list"), "deep.json");
        assertOneClearLine(run(write("deepobj.json", "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"x\":"
                + "[".repeat(100_000) + "]}").toString(), "--list"), "deepobj.json");
    }

    @Test
    void theReaderWithoutATerminalSaysSoAndExitsTwo() throws IOException {
        assertOneClearLine(run(write("f.json", FEED).toString()), "not a terminal");
    }

    @Test
    void aMissingFileIsNamedBeforeTheMissingTerminal() {
        Path missing = dir.resolve("nosuch.json");
        Result r = run(missing.toString());
        assertOneClearLine(r, missing + ": no such file");
        assertFalse(r.err().contains("terminal"), r.err());
    }
}
