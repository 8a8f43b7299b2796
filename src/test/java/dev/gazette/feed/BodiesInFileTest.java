package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gazette.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A big feed loaded for the reader leaves its bodies in the file and reads each back when it
 * is opened: what the article shows must be what keeping the bodies gives, for every escape,
 * body kind and key order, and a file that changed must say so instead of showing other text.
 */
class BodiesInFileTest {
    @TempDir
    Path dir;

    private static Feed load(Path file, boolean bodiesInFile) throws FeedException {
        return FeedLoader.load(file, LoadListener.NONE, null, bodiesInFile);
    }

    private static Map<String, Article> byTitle(Feed feed) {
        return feed.articles().stream().collect(Collectors.toMap(
                a -> a.title() == null ? "(untitled)" : a.title(), Function.identity()));
    }

    private static void assumeDecodedAhead() {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1,
                "bodies stay in the file only when decoded ahead, on a second core");
    }

    /** A new modification time, as an editor saving the file gives it. */
    private static void touch(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bodies-in-file.json", "bodies-in-file.rss", "bodies-in-file.atom"})
    void everyArticleShowsWhatKeepingTheBodiesShows(String fixture) throws IOException, FeedException {
        Path big = Fixtures.bigBodiesInFile(dir, fixture);
        assertTrue(Files.size(big) > ReadAhead.MIN_BYTES);
        Feed kept = load(big, false);
        Feed inFile = load(big, true);
        assertEquals(kept.articles().size(), inFile.articles().size());
        for (int i = 0; i < kept.articles().size(); i++) {
            Article k = kept.articles().get(i);
            Article f = inFile.articles().get(i);
            assertEquals(k.id(), f.id());
            assertEquals(k.title(), f.title());
            assertEquals(k.content().load(), f.content().load(), k.title());
        }
        // Left in the file, a body is not looked at until it is opened; the other warnings stay.
        List<String> keptWarnings = kept.problems().stream().map(Problem::message)
                .filter(m -> !m.contains("control characters")).toList();
        assertEquals(keptWarnings, inFile.problems().stream().map(Problem::message).toList());
    }

    @Test
    void jsonBodiesReadBackWithEveryEscape() throws IOException, FeedException {
        Map<String, Article> a = byTitle(load(Fixtures.bigBodiesInFile(dir, "bodies-in-file.json"), true));
        assertEquals("<p>\"quoted\" back\\slash / tab\there new\nline été 👍🏽 and 日本語 raw</p>",
                a.get("Every escape JSON has").content().load().html());
        assertEquals(new ArticleContent(null, "Plain text body\nwith two lines", "A summary"),
                a.get("Text and summary, no HTML").content().load());
        assertEquals("", a.get("An empty body").content().load().html());
        assertEquals(new ArticleContent(null, null, "Only the summary is a string"),
                a.get("A null body and a number for text").content().load());
        assertEquals("<p>second</p>", a.get("The same key twice: the last one counts").content().load().html());
        assertEquals("url:https://example.org/no-id", a.get("No id, but a url").id());
    }

    @Test
    void xmlBodiesReadBackAsTheyWereWritten() throws IOException, FeedException {
        Map<String, Article> rss = byTitle(load(Fixtures.bigBodiesInFile(dir, "bodies-in-file.rss"), true));
        assertEquals("<p>Markup in CDATA: <b>bold</b> &amp; 日本語 👍🏽</p>", rss.get("CDATA description").content().load().html());
        assertEquals("<p>Fish &amp; chips&nbsp;</p> and\u00a0a real nbsp, été",
                rss.get("Escaped description with entities").content().load().html());
        assertEquals(new ArticleContent("<p>The long version</p>", null, null),
                rss.get("Content over description").content().load());
        assertEquals("Only this", rss.get("Blank content falls back to the description").content().load().html());
        assertEquals("Plain text <not a tag>", rss.get("Podcast summary").content().load().text());
        assertEquals("Text with <b>unescaped</b> <mark>tags</mark> in it",
                rss.get("Tags in the description and a namespace on the item").content().load().html());
        assertEquals("second", rss.get("Two descriptions: the last one counts").content().load().html());

        Map<String, Article> atom = byTitle(load(Fixtures.bigBodiesInFile(dir, "bodies-in-file.atom"), true));
        assertEquals(new ArticleContent("<p>HTML <em>escaped</em></p>", null, "A plain summary", "https://example.org/"),
                atom.get("HTML content and a text summary").content().load());
        assertEquals("Two < three", atom.get("Text content").content().load().text());
        assertTrue(atom.get("XHTML content").content().load().html().contains("<a href=\"/rel\">XHTML</a> body &amp; more"),
                atom.get("XHTML content").content().load().html());
        assertEquals("<p>The article is at <a href=\"https://example.org/elsewhere\">https://example.org/elsewhere</a></p>",
                atom.get("Out-of-line content").content().load().html());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bodies-in-file.json", "bodies-in-file.rss", "bodies-in-file.atom"})
    void aChangedFileSaysSoWhereKeptBodiesStillShow(String fixture) throws IOException, FeedException {
        assumeDecodedAhead();
        Path big = Fixtures.bigBodiesInFile(dir, fixture);
        Map<String, Article> articles = byTitle(load(big, true));
        touch(big);
        String first = Map.of("bodies-in-file.json", "Every escape JSON has", "bodies-in-file.rss", "CDATA description",
                "bodies-in-file.atom", "XHTML content").get(fixture);
        FileText.Unavailable e = assertThrows(FileText.Unavailable.class, () -> articles.get(first).content().load());
        assertEquals(big.getFileName() + " changed since it was read; it is being read again", e.getMessage());
        if (fixture.endsWith(".atom")) return;   // every entry has a title and an id
        // Kept in memory: an untitled item (the list shows its words) and an id derived from the body.
        assertNotNull(articles.get("(untitled)").content().load());
        String derived = fixture.endsWith(".json") ? "No id and no url: the id comes from the body" : "No guid and no link";
        assertNotNull(articles.get(derived).content().load().html());
    }

    @Test
    void aJsonBodyBeforeItsTitleIsKept() throws IOException, FeedException {
        assumeDecodedAhead();
        Path big = Fixtures.bigBodiesInFile(dir, "bodies-in-file.json");
        Map<String, Article> articles = byTitle(load(big, true));
        touch(big);
        assertEquals("<p>The title comes after this body</p>", articles.get("Title after the body").content().load().html());
    }

    /**
     * A body skipped, not read, still fails the load when it is not XML, at the same line as a
     * body read; inside a CDATA section past its first line the parser knows the line only, and
     * the message then gives the line alone ("big.rss:85: ...", not "big.rss:85:0: ...").
     */
    @Test
    void aControlCharacterInABodyIsASpaceWithAWarningWhetherTheBodyIsKeptOrLeftInTheFile()
            throws IOException, FeedException {
        Path big = Fixtures.bigBodiesInFile(dir, "bodies-in-file.rss");
        Files.writeString(big, Files.readString(big).replace("<p>The long version</p>", "<p>The long\nversion, a page\f later</p>"));
        Feed kept = load(big, false);
        Feed inFile = load(big, true);
        Problem warning = kept.problems().stream().filter(p -> p.message().startsWith("a control character")).findFirst()
                .orElseThrow(() -> new AssertionError(kept.problems()));
        assertEquals("a control character XML does not allow (U+000C); read as a space", warning.message());
        List<String> lines = Files.readAllLines(big);
        int line = 0;
        while (lines.get(line).indexOf('\f') < 0) line++;
        assertEquals(line + 1, warning.line(), "the line of the form feed in the file");
        assertEquals(lines.get(line).indexOf('\f') + 1, warning.column());
        assertTrue(inFile.problems().contains(warning), "the same warning at the same place: " + inFile.problems());
        String body = "<p>The long\nversion, a page  later</p>";
        assertEquals(body, byTitle(kept).get("Content over description").content().load().html());
        assertEquals(body, byTitle(inFile).get("Content over description").content().load().html(), "read back from the file");
    }

    @Test
    void checkingKeepsEveryBodyAndItsWarnings() throws IOException, FeedException {
        Path big = Fixtures.bigBodiesInFile(dir, "bodies-in-file.json");
        int f = Fixtures.FILLERS;   // the items put before the fixture's own
        assertEquals(List.of("item " + (f + 4) + ": content_text is a number, not a string; ignored",
                "item " + (f + 7) + " has no id; using \"sha256:" + DerivedIds.sha256Hex16(
                        "No id and no url: the id comes from the body", "<p>Hashed into the id</p>", null, null) + "\"",
                "item " + (f + 8) + " has no id; using \"url:https://example.org/no-id\"",
                "item " + (f + 9) + ": content_html had control characters (removed)"),
                load(big, false).problems().stream().map(Problem::message).toList());
    }

    @Test
    void aSmallFileKeepsItsBodies() throws IOException, FeedException {
        Path small = Files.copy(Fixtures.feed("bodies-in-file.rss"), dir.resolve("small.rss"));
        Feed inFile = load(small, true);
        Files.delete(small);
        assertEquals("Only this", byTitle(inFile).get("Blank content falls back to the description").content().load().html());
    }
}
