package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read as a feed: one line naming the file (and line:column for bad JSON or XML). */
class FeedLoaderErrorsTest {
    private static final String VERSION = "\"version\": \"https://jsonfeed.org/version/1.1\"";

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        return write(content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(byte[] content) throws IOException {
        Path file = dir.resolve("feed.json");
        Files.write(file, content);
        return file;
    }

    /** The message of the FeedException loading file gives, checked to be one line. */
    private static String error(Path file) {
        FeedException e = assertThrows(FeedException.class, () -> FeedLoader.load(file));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    private String error(String content) throws IOException {
        return error(write(content));
    }

    /** The message for the file without the directory, as if the user had typed "feed.json". */
    private String shortError(String content) throws IOException {
        return error(content).replace(dir + "/", "");
    }

    @Test
    void noSuchFile() {
        Path missing = dir.resolve("missing.json");
        assertEquals(missing + ": no such file", error(missing));
        Path underAFile = dir.resolve("missing-dir").resolve("feed.json");
        assertEquals(underAFile + ": no such file", error(underAFile));
    }

    @Test
    void aDirectory() {
        assertEquals(dir + ": is a directory", error(dir));
    }

    @Test
    void permissionDenied() throws IOException {
        Path file = write("{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "root reads everything");
        assertEquals(file + ": permission denied", error(file));
    }

    @Test
    void emptyFiles() throws IOException {
        assertEquals("feed.json: empty file", shortError(""));
        assertEquals("feed.json: empty file", shortError("  \n\t \n"));
        assertEquals("feed.json: empty file", shortError("\uFEFF"));
    }

    @Test
    void binaryData() throws IOException {
        assertEquals(write("x").toString().replace("x", "") + ": not a text file (binary data)",
                error(write(new byte[] {'{', 0, 0, 1, 2, '}'})));
        assertEquals("feed.json: not a text file (binary data)",
                error(write(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, 1, '"', '}'})).replace(dir + "/", ""));
        byte[] gzip = {(byte) 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};
        assertEquals("feed.json: not a text file (binary data)", error(write(gzip)).replace(dir + "/", ""));
    }

    @Test
    void webPagesAndOtherXmlSayWhatTheyAre() throws IOException {
        assertEquals("feed.json: an HTML page, not a feed", shortError("<!DOCTYPE html>\n<html><body>hi</body></html>"));
        assertEquals("feed.json: an HTML page, not a feed", shortError("\n  <HTML lang=en><p>hi"));
        assertEquals("feed.json: XML but not a feed: root element <svg>",
                shortError("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
    }

    @Test
    void textThatIsNeitherJsonNorXmlSaysSo() throws IOException {
        assertEquals("feed.json: text, not a feed (a feed is JSON or XML)", shortError("hello, this is plain text\n"));
        assertEquals("feed.json: text, not a feed (a feed is JSON or XML)", shortError("\uFEFF  # a list of links\n"));
    }

    @Test
    void utf32IsNamed() throws IOException {
        byte[] utf32 = {(byte) 0xFF, (byte) 0xFE, 0, 0, '<', 0, 0, 0, 'r', 0, 0, 0};
        assertEquals("feed.json: UTF-32 text, which Gazette does not read (a feed is in UTF-8, UTF-16 or a single-byte encoding)",
                error(write(utf32)).replace(dir + "/", ""));
    }

    @Test
    void utf16IsNamed() throws IOException {
        byte[] utf16 = "\uFEFF{}".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("feed.json: not UTF-8 text (UTF-16); a JSON Feed must be UTF-8",
                error(write(utf16)).replace(dir + "/", ""));
    }

    @Test
    void aSyntaxErrorNamesItsLineAndColumn() throws IOException {
        assertEquals("feed.json:4:11: invalid JSON: expected ':'", shortError("""
                {
                  "version": "https://jsonfeed.org/version/1.1",
                  "items": [
                    {"id" "a"}
                  ]
                }
                """));
    }

    @Test
    void truncatedFiles() throws IOException {
        assertEquals("feed.json:1:69: invalid JSON: the file ends too soon",
                shortError("{" + VERSION + ", \"items\": [{\"id\": \"a\""));
        assertEquals("feed.json:1:62: invalid JSON: the file ends too soon, inside a string that starts at 1:58",
                shortError("{" + VERSION + ", \"title\": \"abc"));
        assertEquals("feed.json:2:28: invalid JSON: the file ends too soon, inside a string that starts at 2:23",
                shortError("\uFEFF{" + VERSION + ",\n\"title\": \"x\", \"a\\\"b\": \"c\\\"d"),
                "escaped quotes and a byte order mark are not counted");
        assertEquals("feed.json:1:61: invalid JSON: the file ends too soon, after \"tru\"",
                shortError("{" + VERSION + ", \"title\": tru"), "not 'text must be in double quotes'");
        assertEquals("feed.json:2:15: invalid JSON: the file ends too soon, after \"nul\"",
                shortError("{" + VERSION + ",\n  \"title\": nul\n"));
        assertEquals("feed.json:1:58: invalid JSON: unexpected 't' (text must be in double quotes)",
                shortError("{" + VERSION + ", \"title\": tru}"), "a word that the file goes on after is not a cut");
    }

    @Test
    void aNumberCutByTheEndOfTheFileIsACutNotAnInvalidNumber() throws IOException {
        String before = "{" + VERSION + ", \"items\": [{\"id\": \"a\", \"x\": ";
        int column = before.length() + 1;
        for (String cut : new String[] {"-", "12.", "1e", "1.5E+", "-0.25e-"}) {
            assertEquals("feed.json:1:" + (column + cut.length()) + ": invalid JSON: the file ends too soon, after \"" + cut + "\"",
                    shortError(before + cut), cut);
            assertEquals("feed.json:2:" + (cut.length() + 1) + ": invalid JSON: the file ends too soon, after \"" + cut + "\"",
                    shortError(before + "\n" + cut + "\n"), cut + " and a line break");
        }
        assertEquals("feed.json:1:" + column + ": invalid JSON: invalid number", shortError(before + "12.}]}"),
                "a number the file goes on after is not a cut");
        assertEquals("feed.json:1:" + column + ": invalid JSON: invalid number", shortError(before + "1.e5"),
                "'1.e' begins no number");
    }

    @Test
    void strictJsonOnly() throws IOException {
        assertEquals("feed.json:3:3: invalid JSON: unexpected text after the end of the feed object",
                shortError("{" + VERSION + "}\n\n  x"));
        assertEquals("feed.json:1:48: invalid JSON: unexpected text after the end of the feed object",
                shortError("{" + VERSION + "}{}"));
        assertEquals("feed.json:2:3: invalid JSON: comments are not allowed in JSON",
                shortError("{\n  // c\n  " + VERSION + "}"));
        assertEquals("feed.json:1:2: invalid JSON: single quotes are not allowed (JSON strings use double quotes)",
                shortError("{'version': 1}"));
        assertEquals("feed.json:1:71: invalid JSON: unexpected ']' (a comma before it?)",
                shortError("{" + VERSION + ", \"items\": [{\"id\": \"a\"},]}"));
        assertEquals("feed.json:1:70: invalid JSON: expected a property name in double quotes",
                shortError("{" + VERSION + ", \"items\": [{\"id\": \"a\",}]}"));
        assertEquals("feed.json:1:58: invalid JSON: unexpected 'h' (text must be in double quotes)",
                shortError("{" + VERSION + ", \"title\": hello}"));
        assertEquals("feed.json:1:71: invalid JSON: unexpected ','",
                shortError("{" + VERSION + ", \"items\": [{\"id\": \"a\"},,{\"id\": \"b\"}]}"));
        assertEquals("feed.json:1:58: invalid JSON: invalid number",
                shortError("{" + VERSION + ", \"title\": 01}"));
    }

    @Test
    void absurdNestingStopsAt64LevelsWithoutOverflowingTheStack() throws IOException {
        String prefix = "{" + VERSION + ", \"_x\": ";
        // The feed object is level 1, so the 64th '[' would be level 65.
        int column = prefix.length() + 64;
        assertEquals("feed.json:1:" + column + ": nesting too deep (more than 64 levels)",
                shortError(prefix + "[".repeat(100_000)));
    }

    @Test
    void nestingUpTo64LevelsIsFine() throws Exception {
        String deep = "[".repeat(63) + "]".repeat(63); // inside the feed object: 64 levels
        Feed f = FeedLoader.load(write("{" + VERSION + ", \"_x\": " + deep + ", \"items\": [{\"id\": \"a\"}]}"));
        assertEquals(1, f.articles().size());
    }

    @Test
    void jsonThatIsNotAFeed() throws IOException {
        assertEquals("feed.json: not a JSON Feed (top level is an array)", shortError("[{\"id\": \"a\"}]"));
        assertEquals("feed.json: not a JSON Feed (top level is a string)", shortError("\"hello\""));
        assertEquals("feed.json: RSS written as JSON (a top-level \"rss\" object), not a JSON Feed",
                shortError("{\"rss\": {\"version\": \"2.0\", \"channel\": {\"title\": \"x\"}}}"));
        assertEquals("feed.json: not a JSON Feed (no \"version\" such as \"https://jsonfeed.org/version/1.1\")",
                shortError("{\"title\": \"x\", \"items\": []}"));
        assertEquals("feed.json: not a JSON Feed (no \"version\" such as \"https://jsonfeed.org/version/1.1\")",
                shortError("{\"version\": null, \"items\": []}"));
        assertEquals("feed.json: not a JSON Feed (version \"2.0\" is not a JSON Feed version such as \"https://jsonfeed.org/version/1.1\")",
                shortError("{\"version\": \"2.0\", \"items\": []}"));
        assertEquals("feed.json: not a JSON Feed (\"version\" is a number, not a string)",
                shortError("{\"version\": 1.1, \"items\": []}"));
    }

    @Test
    void aVersionAfterTheItemsStillCountsButItemsAreOnlyAnnouncedOnceItIsKnown() throws Exception {
        Path file = write("{\"items\": [{\"id\": \"a\"}], " + VERSION + "}");
        int[] announced = {0};
        Feed f = FeedLoader.load(file, new LoadListener() {
            @Override
            public void progress(long bytesRead, long totalBytes, int itemsSoFar) { }

            @Override
            public void article(Article a) {
                announced[0]++;
            }
        });
        assertEquals(1, f.articles().size());
        assertEquals(0, announced[0]);
    }

    @Test
    void aFileNameWithANewlineStillGivesOneLine() throws IOException {
        Path odd = dir.resolve("odd\nname.json");
        Files.writeString(odd, "");
        assertEquals(dir + "/odd\\nname.json: empty file", error(odd));
    }

    @Test
    void aListenerThatThrowsBecomesAFeedException() throws IOException {
        Path file = write("{" + VERSION + ", \"items\": [{\"id\": \"a\"}]}");
        FeedException e = assertThrows(FeedException.class, () -> FeedLoader.load(file, (b, t, n) -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals(file + ": cannot be read (internal error: java.lang.IllegalStateException: boom)", e.getMessage());
    }
}
