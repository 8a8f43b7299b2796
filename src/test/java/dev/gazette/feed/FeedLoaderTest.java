package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a readable JSON Feed turns into: every field, authors, ids, nulls, repairs, order, progress. */
class FeedLoaderTest {
    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("feed.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private Feed load(String json) throws Exception {
        return FeedLoader.load(write(json));
    }

    /** A 1.1 feed around the given items. */
    private static String feed(String items) {
        return "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\", \"items\": [" + items + "]}";
    }

    private static Article only(Feed f) {
        assertEquals(1, f.articles().size());
        return f.articles().get(0);
    }

    @Test
    void readsEveryField() throws Exception {
        Feed f = load("""
                {
                  "version": "https://jsonfeed.org/version/1.1",
                  "title": "Example",
                  "home_page_url": "https://example.org/",
                  "feed_url": "https://example.org/feed.json",
                  "description": "All the news",
                  "items": [
                    {
                      "id": "a1",
                      "title": "Hello & <b>welcome</b>",
                      "url": "https://example.org/a1",
                      "external_url": "https://elsewhere.example/x",
                      "content_html": "<p>Hi ★</p>",
                      "content_text": "Hi ★",
                      "summary": "A greeting",
                      "image": "https://example.org/a1.png",
                      "date_published": "2024-03-01T10:00:00Z",
                      "date_modified": "2024-03-02T11:30:00+01:00",
                      "authors": [{"name": "Ana", "url": "https://ana.example", "avatar": "https://ana.example/a.png"}],
                      "tags": ["news", "hello"],
                      "attachments": [{"url": "https://example.org/a1.mp3", "mime_type": "audio/mpeg",
                                       "title": "Audio", "size_in_bytes": 12345, "duration_in_seconds": 61}]
                    }
                  ]
                }
                """);
        assertEquals("Example", f.title());
        assertEquals("https://example.org/", f.homePageUrl());
        assertEquals("https://example.org/feed.json", f.feedUrl());
        assertEquals("All the news", f.description());
        assertEquals(List.of(), f.problems());
        assertEquals(0, f.skippedItems());
        assertEquals(0, f.repairedItems());

        Article a = only(f);
        assertEquals("a1", a.id());
        assertFalse(a.idDerived());
        assertEquals("Hello & <b>welcome</b>", a.title(), "titles are kept as given; the text package cleans them");
        assertEquals("https://example.org/a1", a.url());
        assertEquals("https://elsewhere.example/x", a.externalUrl());
        assertEquals("https://example.org/a1.png", a.image());
        assertEquals(Instant.parse("2024-03-01T10:00:00Z"), a.published());
        assertEquals(Instant.parse("2024-03-02T10:30:00Z"), a.modified());
        assertEquals(List.of(new Author("Ana", "https://ana.example")), a.authors());
        assertEquals(List.of("news", "hello"), a.tags());
        assertEquals(List.of(new Attachment("https://example.org/a1.mp3", "audio/mpeg", "Audio", 12345L, 61L)),
                a.attachments());
        assertEquals(new ArticleContent("<p>Hi ★</p>", "Hi ★", "A greeting"), a.content().load());
    }

    @Test
    void missingFieldsAreNullOrEmpty() throws Exception {
        Article a = only(load(feed("{\"id\": \"x\"}")));
        assertNull(a.title());
        assertNull(a.url());
        assertNull(a.externalUrl());
        assertNull(a.image());
        assertNull(a.published());
        assertNull(a.modified());
        assertEquals(List.of(), a.authors());
        assertEquals(List.of(), a.tags());
        assertEquals(List.of(), a.attachments());
        assertEquals(ArticleContent.EMPTY, a.content().load());
    }

    @Test
    void readsVersion10AndTheHttpVersionUrl() throws Exception {
        Feed v10 = load("{\"version\": \"https://jsonfeed.org/version/1\", \"title\": \"Old\", \"items\": [{\"id\": \"1\"}]}");
        assertEquals("Old", v10.title());
        assertEquals(1, v10.articles().size());
        Feed http = load("{\"version\": \"http://jsonfeed.org/version/1\", \"items\": [{\"id\": \"1\"}]}");
        assertEquals(1, http.articles().size());
    }

    @Test
    void stripsAUtf8ByteOrderMark() throws Exception {
        Feed f = load("\uFEFF" + feed("{\"id\": \"1\", \"title\": \"Ünïcödé\"}"));
        assertEquals("Ünïcödé", only(f).title());
    }

    @Test
    void authors11WinOverAuthor10AndItemsInheritTheFeeds() throws Exception {
        Feed f = load("""
                {"version": "https://jsonfeed.org/version/1.1",
                 "authors": [{"name": "Feed One"}, {"name": "Feed Two"}],
                 "author": {"name": "Feed Legacy"},
                 "items": [
                   {"id": "none"},
                   {"id": "legacy", "author": {"name": "Item Legacy"}},
                   {"id": "modern", "authors": [{"name": "M1"}, {"url": "https://m2.example"}]},
                   {"id": "both", "authors": [{"name": "M1"}], "author": {"name": "Item Legacy"}},
                   {"id": "empty", "authors": [{"name": null, "url": null}]}
                 ]}
                """);
        List<Article> a = f.articles();
        assertEquals(List.of(new Author("Feed One", null), new Author("Feed Two", null)), a.get(0).authors());
        assertEquals(List.of(new Author("Item Legacy", null)), a.get(1).authors());
        assertEquals(List.of(new Author("M1", null), new Author(null, "https://m2.example")), a.get(2).authors());
        assertEquals("M1, https://m2.example", a.get(2).byline());
        assertEquals(List.of(new Author("M1", null)), a.get(3).authors());
        assertEquals("Feed One, Feed Two", a.get(4).byline(), "an author with no name or url is no author");
    }

    @Test
    void feedAuthor10IsInheritedEvenWhenItComesAfterTheItems() throws Exception {
        Feed f = load("""
                {"items": [{"id": "1"}, {"id": "2", "author": {"name": "Own"}}],
                 "author": {"name": "Late"},
                 "version": "https://jsonfeed.org/version/1"}
                """);
        assertEquals("Late", f.articles().get(0).byline());
        assertEquals("Own", f.articles().get(1).byline());
    }

    @Test
    void numericIdsBecomeTheirWrittenForm() throws Exception {
        Feed f = load(feed("{\"id\": 123}, {\"id\": 1.5}, {\"id\": 12345678901234567890}, {\"id\": -0}"));
        assertEquals(List.of("123", "1.5", "12345678901234567890", "-0"), ids(f));
        assertEquals(0, f.repairedItems());
        assertTrue(f.problems().isEmpty());
    }

    @Test
    void anItemWithoutIdGetsAStableDerivedIdAndAWarning() throws Exception {
        String json = feed("""
                {"url": "https://example.org/post", "title": "With url"},
                {"title": "No url", "content_text": "body"},
                {"id": "", "title": "Empty id", "content_html": "<p>x</p>"}
                """);
        Path file = write(json);
        Feed first = FeedLoader.load(file);
        Feed again = FeedLoader.load(file);
        assertEquals(ids(first), ids(again), "the same file gives the same ids");

        List<Article> a = first.articles();
        assertEquals("url:https://example.org/post", a.get(0).id());
        assertTrue(a.get(0).idDerived());
        assertEquals("sha256:" + DerivedIds.sha256Hex16("No url", null, "body", null), a.get(1).id());
        assertTrue(a.get(1).id().matches("sha256:[0-9a-f]{16}"));
        assertTrue(a.get(2).idDerived(), "an empty id cannot key comments");
        assertEquals(3, first.repairedItems());
        assertEquals(new Problem(1, 73, "item 1 has no id; using \"url:https://example.org/post\""),
                first.problems().get(0));
        assertTrue(first.problems().get(1).message().startsWith("item 2 has no id; using \"sha256:"));
    }

    @Test
    void itemsThatWouldDeriveTheSameIdStillGetDistinctIds() throws Exception {
        Feed f = load(feed("{\"title\": \"Same\"}, {\"title\": \"Same\"}, {\"title\": \"Same\"}"));
        String base = "sha256:" + DerivedIds.sha256Hex16("Same", null, null, null);
        assertEquals(List.of(base, base + "#2", base + "#3"), ids(f));
    }

    @Test
    void aNullItemIsSkippedCountedAndReported() throws Exception {
        Feed f = load("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "T",
                 "items": [
                   {"id": "a"},
                   null,
                   "not an item",
                   {"id": "b"}
                 ]}
                """);
        assertEquals(List.of("a", "b"), ids(f));
        assertEquals(2, f.skippedItems());
        assertEquals(0, f.repairedItems());
        assertEquals(List.of(
                new Problem(4, 4, "item 2 is null; skipped"),
                new Problem(5, 4, "item 3 is a string, not an object; skipped")), f.problems());
    }

    @Test
    void nullFieldsAreSimplyAbsent() throws Exception {
        Feed f = load("""
                {"version": "https://jsonfeed.org/version/1.1", "title": null, "description": null,
                 "author": null, "authors": null,
                 "items": [{"id": "a", "title": null, "url": null, "content_html": null, "summary": null,
                            "date_published": null, "authors": null, "author": null, "tags": null,
                            "attachments": null, "image": null,
                            "_ext": null}]}
                """);
        assertNull(f.title());
        Article a = only(f);
        assertNull(a.title());
        assertNull(a.published());
        assertEquals(List.of(), a.tags());
        assertEquals(ArticleContent.EMPTY, a.content().load());
        assertEquals(0, f.repairedItems());
        assertEquals(List.of(new Problem(0, 0, "feed: no \"title\" (JSON Feed requires one; the file's name is shown)")),
                f.problems(), "nothing is 'null, not a string'; the feed's title is required, so its absence is said");
    }

    @Test
    void aFeedWithoutATitleIsWarnedAboutOnceSinceJsonFeedRequiresOne() throws Exception {
        Feed f = load("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"id\": \"1\"}]}");
        assertNull(f.title());
        assertEquals(1, f.articles().size());
        assertEquals(List.of(new Problem(0, 0, "feed: no \"title\" (JSON Feed requires one; the file's name is shown)")),
                f.problems());
        assertEquals(List.of(), load(feed("{\"id\": \"1\"}")).problems(), "with one, nothing is said");
    }

    @Test
    void nullsInsideListsAreSkippedSilently() throws Exception {
        Article a = only(load(feed("""
                {"id": "a", "tags": ["x", null, "y"], "authors": [null, {"name": "N"}],
                 "attachments": [null, {"url": "https://e.example/f"}]}
                """)));
        assertEquals(List.of("x", "y"), a.tags());
        assertEquals(List.of(new Author("N", null)), a.authors());
        assertEquals(1, a.attachments().size());
    }

    @Test
    void aWrongTypedFieldIsDroppedButTheItemStaysAndIsRepairedOnce() throws Exception {
        Feed f = load("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "T",
                 "items": [
                  {"id": "a", "title": 42, "tags": "news", "authors": "Ana",
                   "url": {"href": "x"}, "content_text": "kept"},
                  {"id": "b", "title": true, "tags": ["ok", 7], "date_published": 20240101},
                  {"id": "c", "title": "fine"}
                 ]}
                """);
        assertEquals(List.of("a", "b", "c"), ids(f));
        Article a = f.articles().get(0);
        assertNull(a.title());
        assertEquals(List.of(), a.tags());
        assertEquals(List.of(), a.authors());
        assertNull(a.url());
        assertEquals("kept", a.content().load().text());
        assertEquals(List.of("ok"), f.articles().get(1).tags());
        assertEquals(2, f.repairedItems(), "one count per item, however many fields");
        assertEquals(0, f.skippedItems());
        assertEquals(List.of(
                new Problem(3, 24, "item 1: title is a number, not a string; ignored"),
                new Problem(3, 36, "item 1: tags is a string, not an array; ignored"),
                new Problem(3, 55, "item 1: authors is a string, not an array; ignored"),
                new Problem(4, 11, "item 1: url is an object, not a string; ignored"),
                new Problem(5, 24, "item 2: title is a boolean, not a string; ignored"),
                new Problem(5, 45, "item 2: tags[1] is a number, not a string; ignored"),
                new Problem(5, 67, "item 2: date_published is a number, not a string; ignored")),
                f.problems());
    }

    @Test
    void wrongTypedFeedFieldsAreReportedWithoutCountingAnItem() throws Exception {
        Feed f = load("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": [\"x\"], \"items\": {}}");
        assertNull(f.title());
        assertEquals(0, f.articles().size());
        assertEquals(0, f.repairedItems());
        assertEquals(List.of(
                new Problem(1, 58, "feed: title is an array, not a string; ignored"),
                new Problem(1, 74, "feed: items is an object, not an array; ignored")), f.problems());
    }

    @Test
    void unknownKeysAndExtensionsAreSkippedHoweverDeep() throws Exception {
        Feed f = load(feed("""
                {"id": "a", "_ext": {"deep": [[[{"x": [1, 2, {"y": null}]}]]]}, "language": "en",
                 "banner_image": "b.png", "user_comment": "hi", "title": "kept"}
                """));
        assertEquals("kept", only(f).title());
        assertEquals(List.of(), f.problems());
    }

    @Test
    void attachmentsWithoutUrlAreDroppedAndNumbersAreWhole() throws Exception {
        Feed f = load(feed("""
                {"id": "a", "attachments": [
                  {"mime_type": "audio/mpeg"},
                  {"url": "https://e.example/a.mp3", "size_in_bytes": 1.5e3, "duration_in_seconds": 12.4},
                  {"url": "https://e.example/b.mp3", "size_in_bytes": "big", "duration_in_seconds": 1e300}
                ]}
                """));
        List<Attachment> at = only(f).attachments();
        assertEquals(List.of(
                new Attachment("https://e.example/a.mp3", null, null, 1500L, 12L),
                new Attachment("https://e.example/b.mp3", null, null, null, null)), at);
        assertEquals(1, f.repairedItems());
        assertEquals(List.of(
                new Problem(2, 3, "item 1: attachments[0] has no url; ignored"),
                new Problem(4, 55, "item 1: attachments[2].size_in_bytes is a string, not a number; ignored"),
                new Problem(4, 85, "item 1: attachments[2].duration_in_seconds 1e300 is out of range; ignored")),
                f.problems());
    }

    @Test
    void anUnparseableDateIsNullAndReportedWhereItStands() throws Exception {
        Feed f = load(feed("""
                {"id": "a", "date_published": "yesterday", "date_modified": "2024-01-02T03:04:05Z"}
                """));
        Article a = only(f);
        assertNull(a.published());
        assertEquals(Instant.parse("2024-01-02T03:04:05Z"), a.modified());
        assertEquals(a.modified(), a.date(), "the list falls back to the modified date");
        assertEquals(1, f.repairedItems());
        assertEquals(List.of(new Problem(1, 103, "item 1: date_published \"yesterday\" is not a date; ignored")),
                f.problems());
    }

    @Test
    void aFeedWithoutItemsOrWithNullItemsLoadsEmptyWithAWarning() throws Exception {
        Feed missing = load("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\"}");
        assertEquals(List.of(), missing.articles());
        assertEquals(List.of(new Problem(0, 0, "feed: no \"items\" (JSON Feed requires the array, even empty)")),
                missing.problems());
        Feed nulled = load("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": null, \"title\": \"T\"}");
        assertEquals(List.of(), nulled.articles());
        assertEquals(List.of(new Problem(1, 58, "feed: items is null, not an array; ignored")), nulled.problems());
        assertEquals(List.of(), load(feed("")).problems(), "an empty array is a feed with nothing in it yet");
    }

    @Test
    void everyDateFormSeenInTheWild() throws Exception {
        Feed f = load(feed("""
                {"id": "rfc3339-z", "date_published": "2019-05-31T19:17:58Z"},
                {"id": "offset", "date_published": "2019-05-31T12:17:58-07:00"},
                {"id": "fraction", "date_published": "2019-05-31T19:17:58.250Z"},
                {"id": "no-seconds", "date_published": "2018-01-06T08:00"},
                {"id": "no-offset", "date_published": "2018-01-06T08:00:30"},
                {"id": "minus-zero", "date_published": "2018-01-06T08:00:00-00:00"},
                {"id": "rfc822", "date_published": "Fri, 31 May 2019 12:17:58 -0700"}
                """));
        // Each is read; the three that are not RFC 3339 are named by --check.
        assertEquals(List.of("item 4: date_published", "item 5: date_published", "item 7: date_published"),
                f.problems().stream().map(p -> p.message().substring(0, p.message().indexOf(" \""))).toList());
        assertTrue(f.problems().stream().allMatch(p -> p.message().contains("is not RFC 3339")), f.problems().toString());
        assertEquals(Instant.parse("2019-05-31T19:17:58.250Z"), byId(f, "fraction").published());
        assertEquals(Instant.parse("2019-05-31T19:17:58Z"), byId(f, "rfc3339-z").published());
        assertEquals(Instant.parse("2019-05-31T19:17:58Z"), byId(f, "offset").published());
        assertEquals(Instant.parse("2019-05-31T19:17:58Z"), byId(f, "rfc822").published());
        assertEquals(Instant.parse("2018-01-06T08:00:00Z"), byId(f, "no-seconds").published());
        assertEquals(Instant.parse("2018-01-06T08:00:30Z"), byId(f, "no-offset").published());
        assertEquals(Instant.parse("2018-01-06T08:00:00Z"), byId(f, "minus-zero").published());
    }

    @Test
    void datedItemsComeNewestFirstThenUndatedInFileOrder() throws Exception {
        Feed f = load(feed("""
                {"id": "undated-1"},
                {"id": "old", "date_published": "2020-01-01T00:00:00Z"},
                {"id": "new", "date_published": "2024-01-01T00:00:00Z"},
                {"id": "undated-2", "date_published": "not a date"},
                {"id": "modified-only", "date_modified": "2022-01-01T00:00:00Z"},
                {"id": "tie-a", "date_published": "2021-06-01T00:00:00Z"},
                {"id": "tie-b", "date_published": "2021-06-01T02:00:00+02:00"}
                """));
        assertEquals(List.of("new", "modified-only", "tie-a", "tie-b", "old", "undated-1", "undated-2"), ids(f));
    }

    @Test
    void withoutAnyDateItemsKeepFileOrder() throws Exception {
        Feed f = load(feed("{\"id\": \"c\"}, {\"id\": \"a\"}, {\"id\": \"b\"}"));
        assertEquals(List.of("c", "a", "b"), ids(f));
    }

    @Test
    void aFeedWithoutItemsIsAnEmptyFeed() throws Exception {
        Feed f = load("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Quiet\"}");
        assertEquals("Quiet", f.title());
        assertEquals(List.of(), f.articles());
    }

    @Test
    void rawTabsAndNewlinesInsideStringsAreTolerated() throws Exception {
        Article a = only(load(feed("{\"id\": \"a\", \"content_text\": \"one\ttwo\nthree\"}")));
        assertEquals("one\ttwo\nthree", a.content().load().text());
    }

    @Test
    void theListenerSeesProgressAndEachArticle() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 2500; i++) {
            if (i > 0) items.append(',');
            items.append("{\"id\": \"").append(i).append("\", \"content_text\": \"body ").append(i).append("\"}");
        }
        Path file = write(feed(items.toString()));
        long size = Files.size(file);
        List<long[]> progress = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Feed f = FeedLoader.load(file, new LoadListener() {
            @Override
            public void progress(long bytesRead, long totalBytes, int itemsSoFar) {
                progress.add(new long[] {bytesRead, totalBytes, itemsSoFar});
            }

            @Override
            public void article(Article a) {
                seen.add(a.id());
                assertEquals("body " + a.id(), a.content().load().text(), "a body can be opened while loading");
            }
        });
        assertEquals(2500, f.articles().size());
        assertEquals(ids(f), seen);
        assertEquals(List.of(1000L, 2000L, 2500L), progress.stream().map(p -> p[2]).toList());
        long[] last = progress.get(progress.size() - 1);
        assertEquals(size, last[0]);
        assertEquals(size, last[1]);
    }

    @Test
    void aNullListenerIsAllowed() throws Exception {
        assertEquals(1, FeedLoader.load(write(feed("{\"id\": \"a\"}")), null).articles().size());
    }

    private static List<String> ids(Feed f) {
        return f.articles().stream().map(Article::id).toList();
    }

    private static Article byId(Feed f, String id) {
        return f.articles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
