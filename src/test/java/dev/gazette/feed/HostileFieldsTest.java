package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed that puts ESC sequences, BEL, a C1 control, a bidi override and a zero-width space
 * into every field: the model hands out clean text, the id is kept as the key it is, and
 * --check's problems name each field with its line and column, escaped.
 */
class HostileFieldsTest {
    /** What the feed adds to every field, as JSON escapes: ESC[2J, BEL, CSI (C1), RLO, ZWSP. */
    private static final String JUNK = "\\u001b[2J\\u0007\\u009b31m\\u202e\\u200b";

    @TempDir
    Path dir;

    private static String dirty(String s) {
        return s + JUNK + "!";
    }

    private Feed load(String json) throws Exception {
        Path file = dir.resolve("feed.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return FeedLoader.load(file);
    }

    @Test
    void everyDisplayedFieldLoadsCleanAndTheIdIsKept() throws Exception {
        Feed f = load("{\"version\":\"https://jsonfeed.org/version/1.1\","
                + "\"title\":\"" + dirty("Feed") + "\","
                + "\"home_page_url\":\"" + dirty("https://h.example/") + "\","
                + "\"feed_url\":\"" + dirty("https://h.example/f") + "\","
                + "\"description\":\"" + dirty("About") + "\","
                + "\"items\":[{"
                + "\"id\":\"" + dirty("id") + "\","
                + "\"title\":\"" + dirty("Title") + "\","
                + "\"url\":\"" + dirty("https://h.example/a") + "\","
                + "\"external_url\":\"" + dirty("https://x.example/") + "\","
                + "\"image\":\"" + dirty("https://h.example/i.png") + "\","
                + "\"authors\":[{\"name\":\"" + dirty("Mallory") + "\",\"url\":\"" + dirty("https://m.example/") + "\"}],"
                + "\"tags\":[\"" + dirty("tag") + "\"],"
                + "\"attachments\":[{\"url\":\"" + dirty("https://h.example/a.mp3") + "\","
                + "\"mime_type\":\"" + dirty("audio/mpeg") + "\",\"title\":\"" + dirty("Episode") + "\"}],"
                + "\"content_text\":\"" + dirty("Body") + "\"}]}");

        assertEquals("Feed!", f.title());
        assertEquals("https://h.example/!", f.homePageUrl());
        assertEquals("https://h.example/f!", f.feedUrl());
        assertEquals("About!", f.description());
        Article a = f.articles().get(0);
        assertEquals("id\u001b[2J\u0007\u009b31m\u202e\u200b!", a.id(), "the id is a key: kept as written");
        assertEquals("Title!", a.title());
        assertEquals("https://h.example/a!", a.url());
        assertEquals("https://x.example/!", a.externalUrl());
        assertEquals("https://h.example/i.png!", a.image());
        assertEquals(List.of(new Author("Mallory!", "https://m.example/!")), a.authors());
        assertEquals("Mallory!", a.byline());
        assertEquals(List.of("tag!"), a.tags());
        assertEquals(List.of(new Attachment("https://h.example/a.mp3!", "audio/mpeg!", "Episode!", null, null)),
                a.attachments());

        List<String> messages = f.problems().stream().map(Problem::message).toList();
        for (String field : List.of("title", "home_page_url", "feed_url", "description")) {
            assertTrue(messages.contains("feed: " + field + " had control characters (removed)"), field + " in " + messages);
        }
        for (String field : List.of("title", "url", "external_url", "image", "authors[0].name", "authors[0].url",
                "tags[0]", "attachments[0].url", "attachments[0].mime_type", "attachments[0].title", "content_text")) {
            assertTrue(messages.contains("item 1: " + field + " had control characters (removed)"), field + " in " + messages);
        }
        assertTrue(messages.contains("item 1: id had control characters (kept: it is the key for comments and read marks)"),
                messages.toString());
        assertEquals(16, messages.size(), messages.toString());
    }

    @Test
    void theWarningPointsAtTheValue() throws Exception {
        // Line 3, the value's opening quote in column 10.
        Feed f = load("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\n"
                + "\"items\":[{\"id\":\"1\",\n"
                + "\"title\": \"a\\u001bb\\\"c\\\\\\nd\"}]}");
        assertEquals(List.of(new Problem(3, 10, "item 1: title had control characters (removed)")), f.problems());
        assertEquals("a\"c\\ d", f.articles().get(0).title());
    }

    @Test
    void longFieldsAreCutWithAWarningAsInRssAndAtom() throws Exception {
        String title = "t".repeat(FieldLimits.SHORT - 1) + "😀" + "t".repeat(100);   // the cut falls inside the emoji
        String body = "<p>" + "b".repeat(FieldLimits.BODY) + "</p>";
        Feed f = load("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"" + "f".repeat(70_000) + "\",\n"
                + "\"items\":[{\"id\":\"" + "i".repeat(70_000) + "\",\"title\":\"" + title + "\",\n"
                + "\"content_html\":\"" + body + "\"}]}");
        assertEquals(List.of(new Problem(1, 55, "feed: title is longer than 65536 characters; cut"),
                        new Problem(2, 16, "item 1: id is longer than 65536 characters; cut"),
                        new Problem(2, 70_027, "item 1: title is longer than 65536 characters; cut"),
                        new Problem(3, 16, "item 1: content_html is longer than 8388608 characters; cut")),
                f.problems());
        assertEquals(FieldLimits.SHORT, f.title().length());
        Article a = f.articles().get(0);
        assertEquals(FieldLimits.SHORT, a.id().length());
        assertEquals("t".repeat(FieldLimits.SHORT - 1), a.title(), "no half of a surrogate pair is kept");
        assertEquals(FieldLimits.BODY, a.content().load().html().length());
    }

    @Test
    void aBodysWarningPointsAtItsOwnValueNotAtTheItem() throws Exception {
        // The item starts on line 2; content_html's quote is on line 4, column 16; summary's on line 5, column 12.
        Feed f = load("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":[\n"
                + "{\"id\":\"1\",\n"
                + "\"title\":\"ok\",\n"
                + "\"content_html\":\"<p>a\u001b[31mb</p>\",\n"
                + "\"summary\": \"s\u0007\"}]}");
        assertEquals(List.of(new Problem(4, 16, "item 1: content_html had control characters (removed)"),
                new Problem(5, 12, "item 1: summary had control characters (removed)")), f.problems());
        assertEquals("<p>a\u001b[31mb</p>", f.articles().get(0).content().load().html(), "stored as written; the renderer drops it");
    }

    @Test
    void bodiesMayKeepTabsLineBreaksAndZeroWidthSpacesWithoutAWarning() throws Exception {
        Feed f = load("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":[{\"id\":\"1\","
                + "\"content_html\":\"<p>a\\tb\\r\\nc\\u200bd \\u202atext\\u202c</p>\"}]}");
        assertEquals(List.of(), f.problems());
    }

    @Test
    void messagesQuotingFeedTextNeverCarryBidiOrInvisibleCharacters() throws Exception {
        Feed f = load("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":["
                + "{\"id\":\"1\",\"date_published\":\"evil\\u202egnp\\u200b.\\u001b[0m\"}]}");
        assertEquals(List.of("item 1: date_published had control characters (removed)",
                "item 1: date_published \"evil\\u202egnp\\u200b.\\u001b[0m\" is not a date; ignored"),
                f.problems().stream().map(Problem::message).toList());
        for (Problem p : f.problems()) assertTrue(CleanText.isClean(p.message()), p.message());
        assertEquals("x\\u202ey", new Problem(0, 0, "x\u202ey").message(), "any loader's message is made safe");
    }

    @Test
    void theModelCleansWhateverLoaderBuildsIt() {
        Article a = new Article("k\u0007", false, "T\u001b]0;owned\u0007itle", "u\u0085rl", null, null, null, null, null,
                List.of(new Author(null, "\u202eurl")), List.of("t\u200bag"), List.of(), null);
        assertEquals("k\u0007", a.id());
        assertEquals("Title", a.title());
        assertEquals("u rl", a.url(), "NEL is a line break: one line gets a space");
        assertEquals("url", a.byline());
        assertEquals(List.of("tag"), a.tags());
        assertNull(a.externalUrl());
    }

    @Test
    void aDateWithAnInvisibleCharacterIsStillADate() throws Exception {
        Feed f = load("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":["
                + "{\"id\":\"1\",\"date_published\":\"2019-05-31T12:00:00Z\\u200b\"}]}");
        assertEquals(Instant.parse("2019-05-31T12:00:00Z"), f.articles().get(0).date());
        assertEquals(List.of("item 1: date_published had control characters (removed)"),
                f.problems().stream().map(Problem::message).toList());
    }

    @Test
    void cleanTagListsAreKeptAsTheyAre() {
        List<String> tags = List.of("a", "b ★");
        Article a = new Article("1", false, null, null, null, null, null, null, null, List.of(), tags, List.of(), null);
        assertSame(tags, a.tags(), "loaders share one list between items; cleaning must not copy it");
    }

    @Test
    void datesOutsideTheYears1To9999AreMissingWithAWarning() throws Exception {
        Feed f = load("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":["
                + "{\"id\":\"far\",\"date_published\":\"Fri, 31 Dec +999999999 23:59:59 -1800\"},"
                + "{\"id\":\"before\",\"date_modified\":\"0000-12-31T23:59:59Z\"},"
                + "{\"id\":\"edge\",\"date_published\":\"9999-12-31T23:59:59Z\"}]}");
        assertEquals(List.of("edge", "far", "before"), f.articles().stream().map(Article::id).toList());
        assertEquals(Instant.parse("9999-12-31T23:59:59Z"), f.articles().get(0).date());
        assertNull(f.articles().get(1).date());
        assertNull(f.articles().get(2).date());
        assertEquals(List.of(
                "item 1: date_published \"Fri, 31 Dec +999999999 23:59:59 -1800\" is outside the years 1 to 9999; ignored",
                "item 2: date_modified \"0000-12-31T23:59:59Z\" is outside the years 1 to 9999; ignored"),
                f.problems().stream().map(Problem::message).toList());
        assertEquals(2, f.repairedItems());
    }

    @Test
    void theModelDropsOutOfRangeDatesFromAnyLoader() {
        Instant far = Instant.MAX;
        Article a = new Article("1", false, null, null, null, null, null, far, Instant.parse("0000-12-31T23:59:59Z"),
                List.of(), List.of(), List.of(), null);
        assertNull(a.published());
        assertNull(a.modified());
        Instant first = Instant.parse("0001-01-01T00:00:00Z");
        assertEquals(first, new Article("1", false, null, null, null, null, null, first, null,
                List.of(), List.of(), List.of(), null).date());
    }
}
