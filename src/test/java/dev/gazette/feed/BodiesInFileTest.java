package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gazette.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A big JSON Feed loaded for the reader leaves its bodies in the file and reads each back
 * when it is opened: what the article shows must be what keeping the bodies gives, for every
 * escape and key order, and a file that changed must say so instead of showing other text.
 */
class BodiesInFileTest {
    private Path big;

    @BeforeEach
    void bigCopyOfTheFixture(@TempDir Path dir) throws IOException {
        big = Fixtures.bigBodiesInFile(dir);
        assertTrue(Files.size(big) > ReadAhead.MIN_BYTES);
    }

    private static Feed load(Path file, boolean bodiesInFile) throws FeedException {
        return FeedLoader.load(file, LoadListener.NONE, null, bodiesInFile);
    }

    private static java.util.Map<String, Article> byTitle(Feed feed) {
        return feed.articles().stream().collect(Collectors.toMap(
                a -> a.title() == null ? "(untitled)" : a.title(), Function.identity()));
    }

    @Test
    void everyArticleShowsWhatKeepingTheBodiesShows() throws FeedException {
        Feed kept = load(big, false);
        Feed inFile = load(big, true);
        assertEquals(10, inFile.articles().size());
        for (int i = 0; i < kept.articles().size(); i++) {
            Article k = kept.articles().get(i);
            Article f = inFile.articles().get(i);
            assertEquals(k.id(), f.id());
            assertEquals(k.title(), f.title());
            assertEquals(k.content().load(), f.content().load(), k.title());
        }
        Article escapes = byTitle(inFile).get("Every escape JSON has");
        assertEquals("<p>\"quoted\" back\\slash / tab\there new\nline été 👍🏽 and 日本語 raw</p>",
                escapes.content().load().html());
        assertEquals(new ArticleContent(null, "Plain text body\nwith two lines", "A summary"),
                byTitle(inFile).get("Text and summary, no HTML").content().load());
        assertEquals("", byTitle(inFile).get("An empty body").content().load().html());
        assertEquals(new ArticleContent(null, null, "Only the summary is a string"),
                byTitle(inFile).get("A null body and a number for text").content().load());
        assertEquals("<p>second</p>", byTitle(inFile).get("The same key twice: the last one counts").content().load().html());
        assertEquals("url:https://example.org/no-id", byTitle(inFile).get("No id, but a url").id());
    }

    @Test
    void aChangedFileSaysSoWhereKeptBodiesStillShow() throws IOException, FeedException {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "bodies stay in the file only when decoded ahead, on a second core");
        Feed inFile = load(big, true);
        Files.setLastModifiedTime(big, FileTime.fromMillis(Files.getLastModifiedTime(big).toMillis() + 5000));
        java.util.Map<String, Article> articles = byTitle(inFile);
        FileText.Unavailable e = assertThrows(FileText.Unavailable.class,
                () -> articles.get("Every escape JSON has").content().load());
        assertEquals("big.json changed since it was read; it is being read again", e.getMessage());
        // Kept in memory: untitled (the list shows its words), a title after the body, an id from the body.
        assertEquals("An untitled post shows these opening words in the list",
                articles.get("(untitled)").content().load().text());
        assertEquals("<p>The title comes after this body</p>", articles.get("Title after the body").content().load().html());
        assertNotNull(articles.get("No id and no url: the id comes from the body").content().load().html());
    }

    @Test
    void checkingKeepsEveryBodyAndItsWarnings() throws FeedException {
        Feed kept = load(big, false);
        Feed inFile = load(big, true);
        List<String> warnings = kept.problems().stream().map(Problem::message).toList();
        assertEquals(List.of("item 4: content_text is a number, not a string; ignored",
                "item 7 has no id; using \"sha256:" + DerivedIds.sha256Hex16("No id and no url: the id comes from the body",
                        "<p>Hashed into the id</p>", null, null) + "\"",
                "item 8 has no id; using \"url:https://example.org/no-id\"",
                "item 9: content_html had control characters (removed)"), warnings);
        // Left in the file, a body is not looked at until it is opened; the rest is the same.
        assertEquals(warnings.subList(0, 3), inFile.problems().stream().map(Problem::message).toList());
    }

    @Test
    void aSmallFileKeepsItsBodies(@TempDir Path dir) throws IOException, FeedException {
        Path small = Files.copy(Fixtures.feed("bodies-in-file.json"), dir.resolve("small.json"));
        Feed inFile = load(small, true);
        Files.delete(small);
        assertEquals("<p>Known by its url</p>", byTitle(inFile).get("No id, but a url").content().load().html());
    }
}
