package dev.gazette.feed;

import dev.gazette.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each trait the shared corpus of real JSON Feeds taught (../shared/corpus/SOURCES.md), as a
 * small fixture of src/test/resources/feeds/jsonfeed, so a clone without the corpus still
 * checks them. The file each trait came from is named in the test's comment.
 */
class JsonFeedTraitsTest {

    @TempDir
    Path dir;

    private static Feed load(String fixture) throws FeedException {
        return FeedLoader.load(Fixtures.jsonFeed(fixture));
    }

    private static String failure(String fixture) {
        Path file = Fixtures.jsonFeed(fixture);
        String message = assertThrows(FeedException.class, () -> FeedLoader.load(file)).getMessage();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.startsWith(file + ":"), message);
        return message.substring(file.toString().length());
    }

    private static List<String> problems(Feed f) {
        return f.problems().stream().map(Problem::message).toList();
    }

    private static List<String> ids(Feed f) {
        return f.articles().stream().map(Article::id).toList();
    }

    @Test
    void aVersionUrlWithHttpIsAJsonFeed() throws Exception {
        // 07 pixel envy: "http://jsonfeed.org/version/1"
        Feed f = load("http-version-url.json");
        assertEquals("Pixel Envy (http version URL)", f.title());
        assertEquals(List.of("https://pxlnv.example/2017/06/26/a"), ids(f));
        assertEquals(Instant.parse("2017-06-26T22:00:00Z"), f.articles().get(0).published());
        assertEquals(List.of(), f.problems());
    }

    @Test
    void aFeedOnOneLineLoadsAndKeepsTheSummary() throws Exception {
        // 08 all this: the whole feed on one line, summary beside content_html
        Feed f = load("single-line.json");
        assertEquals(List.of("b", "a"), ids(f));
        ArticleContent b = f.articles().get(0).content().load();
        assertEquals("A summary, not a body.", b.summary());
        assertEquals("<p>Body B</p>", b.html());
        assertEquals(List.of(), f.problems());
    }

    @Test
    void aTruncatedFileSaysWhereItStops() {
        // 09 all this, cut off mid-string (a partial download): the position is where the file ends
        assertEquals(":2:76: invalid JSON: the file ends too soon, inside a string that starts at 2:40", failure("truncated.json"));
    }

    @Test
    void datesWithoutSecondsOrOffsetAreReadAsUtc() throws Exception {
        // 10 curt clifton: "2018-01-06T08:00"
        Feed f = load("dates-without-seconds.json");
        assertEquals(List.of("later", "quitter"), ids(f), "newest first, a modified date counts");
        assertEquals(Instant.parse("2018-01-06T08:00:00Z"), f.articles().get(1).published());
        assertEquals(Instant.parse("2018-01-07T09:30:00Z"), f.articles().get(0).date());
        assertEquals(List.of(
                "item 1: date_published \"2018-01-06T08:00\" is not RFC 3339, JSON Feed's date format; read as 2018-01-06T08:00:00Z",
                "item 2: date_modified \"2018-01-07T09:30\" is not RFC 3339, JSON Feed's date format; read as 2018-01-07T09:30:00Z"),
                problems(f), "read, and --check says how");
    }

    @Test
    void htmlAndTextAreBothKeptAndTagsAsAStringAreRepaired() throws Exception {
        // 11 rosemary orchard: content_html and content_text on every item, tags as "a,b"
        Feed f = load("html-and-text.json");
        Article a = f.articles().get(0);
        ArticleContent c = a.content().load();
        assertTrue(c.html().startsWith("<p>The <strong>HTML</strong> body"), c.html());
        assertEquals("The plain text body.", c.text());
        assertEquals(List.of(), a.tags());
        assertEquals(1, f.repairedItems());
        assertEquals(List.of("item 1: tags is a string, not an array; ignored"), problems(f));
    }

    @Test
    void authorsWinOverAuthorAndTheFeedsAuthorsFillIn() throws Exception {
        // 13 authors.json: feed-level authors+author; items with neither, author, authors, both
        List<Article> a = load("authors-and-author.json").articles();
        assertEquals(List.of("1-none", "2-legacy", "3-modern", "4-both"), a.stream().map(Article::id).toList());
        assertEquals("Root Author 1, Root Author 2", a.get(0).byline());
        assertEquals("Legacy Item Author", a.get(1).byline());
        assertEquals("Item Author 1, Item Author 2", a.get(2).byline());
        assertEquals("Item Author 1, Item Author 2", a.get(3).byline());
    }

    @Test
    void extensionsAndUnknownKeysAreIgnoredQuietly() throws Exception {
        // 12 fboes (_rss, _geo, language, banner_image), 14 _contoso, 16 "__TEST__", 17 hubs/next_url/expired
        Feed f = load("extensions.json");
        assertEquals("Extensions", f.title());
        assertEquals(List.of("x"), ids(f));
        assertEquals("Lecker, lecker.", f.articles().get(0).content().load().text());
        assertEquals(List.of(), f.problems());
    }

    @Test
    void rfc822DatesAndAnEntityInTheFeedTitle() throws Exception {
        // 15 influxdata: "Fri, 31 May 2019 12:17:58 -0700", title "Blog &#8211; InfluxData"
        Feed f = load("rfc822-dates.json");
        assertEquals(List.of("new", "old"), ids(f));
        assertEquals(Instant.parse("2019-06-03T08:00:00Z"), f.articles().get(0).published());
        assertEquals(Instant.parse("2019-05-31T19:17:58Z"), f.articles().get(1).published());
        assertEquals(List.of(
                "item 1: date_published \"Fri, 31 May 2019 12:17:58 -0700\" is not RFC 3339, JSON Feed's date format; read as 2019-05-31T19:17:58Z",
                "item 2: date_published \"Mon, 03 Jun 2019 08:00:00 GMT\" is not RFC 3339, JSON Feed's date format; read as 2019-06-03T08:00:00Z"),
                problems(f));
    }

    @Test
    void itemsWithoutIdsGetStableDerivedIds() throws Exception {
        // 15 influxdata: no item has an id
        Feed f = load("no-ids.json");
        assertEquals(3, f.articles().size());
        assertTrue(f.articles().stream().allMatch(Article::idDerived));
        assertTrue(ids(f).contains("url:https://noids.example/first"), ids(f).toString());
        assertTrue(ids(f).contains("url:https://noids.example/second"), ids(f).toString());
        assertEquals(3, ids(f).stream().distinct().count());
        assertEquals(3, f.repairedItems());
        assertEquals(ids(f), ids(load("no-ids.json")), "the same ids on every load");
    }

    @Test
    void aScriptTagIsKeptInTheModel() throws Exception {
        // 16 feedparser: <script> inside content_html (the article page drops it: JsonFeedTraitsScreenTest)
        Article a = load("script-tag.json").articles().get(0);
        assertTrue(a.content().load().html().contains("<script>"));
        assertEquals("you", a.byline());
        assertNull(a.title());
    }

    @Test
    void untitledItemsHaveNoTitle() throws Exception {
        // 16, 19 and 20: micro.blog posts mostly have no title; an empty title is none
        Feed f = load("untitled.json");
        assertEquals(List.of("m2", "m1", "m0"), ids(f));
        assertNull(f.articles().get(0).title());
        assertTrue(f.articles().get(1).title() == null || f.articles().get(1).title().isEmpty());
        assertNull(f.articles().get(2).title());
    }

    @Test
    void aNullItemIsSkippedAndReported() throws Exception {
        // 18 gofeed issue 355: null inside the items array
        Feed f = load("null-item.json");
        assertEquals(List.of("a"), ids(f));
        assertEquals(1, f.skippedItems());
        assertEquals(List.of(new Problem(9, 5, "item 2 is null; skipped")), f.problems());
    }

    @Test
    void aHugeCjkItemComesBackWhole() throws Exception {
        // 22 zh-cn: one item of ~219k characters of content_html; made here, not stored
        StringBuilder body = new StringBuilder("<p>");
        String text = "一二三四五六七八九十中文内容没有空格";
        while (body.length() < 200_000) body.append(text);
        body.append("</p>");
        Path file = dir.resolve("cjk.json");
        Files.writeString(file, "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"中文\",\"items\":["
                + "{\"id\":\"small\",\"content_html\":\"<p>小</p>\"},"
                + "{\"id\":\"big\",\"title\":\"很长\",\"content_html\":\"" + body + "\"}]}", StandardCharsets.UTF_8);
        Feed f = FeedLoader.load(file);
        Article big = f.articles().stream().filter(a -> a.id().equals("big")).findFirst().orElseThrow();
        assertEquals(body.toString(), big.content().load().html());
        assertEquals("很长", big.title());
    }

    @Test
    void percentEncodedUrlsAreKeptAsWritten() throws Exception {
        // 23 japanese 11ty: percent-encoded ids and urls, "-00:00" offsets, an empty author url
        Feed f = load("percent-encoded-urls.json");
        Article a = f.articles().get(0);
        assertEquals("https://ikmnjrd.example/posts/%E3%82%B9%E3%83%9E%E3%83%BC%E3%83%88/", a.id());
        assertEquals(a.id(), a.url());
        assertEquals(a.id(), a.link());
        assertEquals("スマート", a.title());
        assertEquals(Instant.parse("2022-02-03T00:00:00Z"), a.published());
        assertEquals("K.Ikeda", a.byline());
    }

    @Test
    void rtlTextLosesItsBidiControlsAndKeepsItsLetters() throws Exception {
        // 20 (U+202A/U+202C around words), 25 Hebrew, 26 Urdu
        Feed f = load("rtl-bidi.json");
        assertEquals("רד האט ישראל", f.title());
        Article he = f.articles().get(0);
        assertEquals("שיתוף הפעולה עם מכללת תל-חי", he.title());
        assertEquals("Red Hat", he.byline());
        Article ur = f.articles().get(1);
        assertEquals("اردو کے لیے", ur.title(), "the Arabic letter mark is a control too");
        assertEquals("کچھ متن \u200dاور", ur.content().load().text(), "ZWJ is writing and stays");
    }

    @Test
    void nullsWhereStringsBelongAreNothing() throws Exception {
        // 26 urdu: null summary, author url and avatar
        Feed f = load("nulls.json");
        assertNull(f.homePageUrl());
        Article a = f.articles().get(0);
        assertEquals("Hacks for Urdu", a.title());
        assertEquals("gesko", a.byline());
        assertNull(a.image());
        assertNull(a.content().load().summary());
        assertNull(a.content().load().html());
        assertEquals("Text beside nulls.", a.content().load().text());
        assertEquals(List.of(), a.tags());
        assertEquals(List.of(), a.attachments());
        assertEquals(List.of(), f.problems());
    }

    @Test
    void invalidJsonFromTheWildSaysWhere() {
        // 27 sidey: author written as an unescaped Ruby hash
        assertEquals(":4:18: invalid JSON: expected ',' or '}'", failure("invalid-ruby-hash.json"));
    }

    @Test
    void rssInJsonIsNotAJsonFeed() {
        // 28 scripting news: a top-level "rss" object
        assertEquals(": RSS written as JSON (a top-level \"rss\" object), not a JSON Feed", failure("rss-in-json.json"));
    }

    @Test
    void itemsThatShareAnIdAreKeptApartInFileOrder() throws Exception {
        // A comment or read mark is keyed by the id: two items with one id would share them.
        Feed f = load("shared-ids.json");
        assertEquals(List.of("same", "same#2", "same#2#2", "other", "same#3"), idsInFileOrder(f));
        assertEquals(List.of("item 2 has the id of item 1; using \"same#2\"",
                "item 3 has the id of item 2; using \"same#2#2\"",
                "item 5 has the id of item 1; using \"same#3\""), problems(f));
        assertEquals(3, f.repairedItems());
        assertEquals(idsInFileOrder(f), idsInFileOrder(load("shared-ids.json")), "the same ids on every load");
    }

    /** The ids by title, in the order the fixture lists them. */
    private static List<String> idsInFileOrder(Feed f) {
        List<String> titles = List.of("First with the id", "Second with the id", "An id that looks like a repaired one",
                "Its own id", "Third with the id");
        return titles.stream().map(t -> f.articles().stream().filter(a -> a.title().equals(t)).findFirst()
                .orElseThrow().id()).toList();
    }
}
