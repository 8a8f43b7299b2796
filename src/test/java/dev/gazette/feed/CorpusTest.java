package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import dev.gazette.Corpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The real feeds of ../shared/corpus/jsonfeed (see its SOURCES.md). Skipped, with the reason,
 * where the corpus is not checked out beside the repository ({@link Corpus}); JsonFeedTraitsTest
 * covers what these files taught with small fixtures of its own.
 */
class CorpusTest {
    /** The files SOURCES.md marks as invalid. 18 (a null item) loads: a null item is skipped (DESIGN 5). */
    private static final Set<String> INVALID = Set.of(
            "09-allthis-truncated-invalid.json",
            "27-sidey-invalid-author-hash.json",
            "28-scripting-news-rss-in-json-not-jsonfeed.json");

    /** Non-null items per file, counted with a separate JSON parser. */
    private static final Map<String, Integer> ITEMS = Map.ofEntries(
            Map.entry("01", 2), Map.entry("02", 1), Map.entry("03", 1), Map.entry("04", 1),
            Map.entry("05", 48), Map.entry("06", 20), Map.entry("07", 20), Map.entry("08", 12),
            Map.entry("10", 26), Map.entry("11", 84), Map.entry("12", 20), Map.entry("13", 4),
            Map.entry("14", 3), Map.entry("15", 3), Map.entry("16", 2), Map.entry("17", 2),
            Map.entry("18", 1), Map.entry("19", 25), Map.entry("20", 925), Map.entry("21", 40),
            Map.entry("22", 63), Map.entry("23", 40), Map.entry("24", 7), Map.entry("25", 11),
            Map.entry("26", 6));

    /** Files with something to warn about; every other loadable file must have no problems. */
    private static final Set<String> WITH_PROBLEMS = Set.of("10", "11", "15", "18");

    private static Path file(String prefix) {
        return Corpus.jsonFeed(prefix);
    }

    private static Feed load(String prefix) throws Exception {
        return FeedLoader.load(file(prefix));
    }

    /** One test per corpus file, each skipped with the reason where the corpus is absent. */
    @TestFactory
    Stream<DynamicTest> everyFileLoadsOrFailsWithOneLine() {
        return Corpus.eachJsonFeed(CorpusTest::check);
    }

    private static void check(Path p) throws Exception {
        String name = p.getFileName().toString();
        if (INVALID.contains(name)) {
            FeedException e = assertThrows(FeedException.class, () -> FeedLoader.load(p));
            assertTrue(e.getMessage().startsWith(p + ":"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            return;
        }
        Feed f = FeedLoader.load(p);
        String prefix = name.substring(0, 2);
        assertEquals(ITEMS.get(prefix), f.articles().size(), "items");
        if (!WITH_PROBLEMS.contains(prefix)) assertEquals(List.of(), f.problems());
        FeedChecks.assertWellOrdered(f);
    }

    @Test
    void theInvalidFilesSayWhatIsWrong() {
        Path truncated = file("09");
        assertEquals(truncated + ":2:1: invalid JSON: the file ends too soon, inside a string that starts at 1:10308",
                assertThrows(FeedException.class, () -> FeedLoader.load(truncated)).getMessage());
        Path rubyHash = file("27");
        assertEquals(rubyHash + ":11:18: invalid JSON: expected ',' or '}'",
                assertThrows(FeedException.class, () -> FeedLoader.load(rubyHash)).getMessage());
        Path rss = file("28");
        assertEquals(rss + ": RSS written as JSON (a top-level \"rss\" object), not a JSON Feed",
                assertThrows(FeedException.class, () -> FeedLoader.load(rss)).getMessage());
    }

    @Test
    void daringFireball() throws Exception {
        Feed f = load("05");
        assertEquals("Daring Fireball", f.title());
        Article newest = f.articles().get(0);
        assertEquals("https://daringfireball.net/linked/2017/06/26/the-talk-show-195", newest.id());
        assertEquals("The Talk Show: \u2018I Do Like Throwing a Baby\u2019", newest.title());
        assertEquals(Instant.parse("2017-06-27T00:54:17Z"), newest.published());
        assertEquals("https://daringfireball.net/thetalkshow/2017/06/26/ep-195", newest.externalUrl());
    }

    @Test
    void datesWithoutSecondsOrOffset() throws Exception {
        Feed f = load("10");
        assertTrue(f.articles().stream().allMatch(a -> a.published() != null));
        assertEquals(f.articles().size() + 1, f.problems().size(), "one note per date (26 published, 1 modified): " + f.problems());
        assertTrue(f.problems().stream().allMatch(p -> p.message().contains("is not RFC 3339")), f.problems().toString());
    }

    @Test
    void tagsGivenAsAStringAreReportedAndTheItemsKept() throws Exception {
        Feed f = load("11");
        assertEquals(84, f.repairedItems());
        assertEquals(84, f.problems().size());
        assertTrue(f.problems().get(0).message().endsWith("tags is a string, not an array; ignored"));
        assertTrue(f.articles().stream().allMatch(a -> a.content().load().html() != null && a.content().load().text() != null));
    }

    @Test
    void authors11Against10() throws Exception {
        List<Article> a = load("13").articles();
        assertEquals("Root Author 1, Root Author 2", a.get(0).byline());
        assertEquals("Legacy Item Author", a.get(1).byline());
        assertEquals("Item Author 1, Item Author 2", a.get(2).byline());
        assertEquals("Item Author 1, Item Author 2", a.get(3).byline());
    }

    @Test
    void rfc822DatesAndItemsWithoutIds() throws Exception {
        Feed f = load("15");
        assertEquals(3, f.repairedItems());
        assertTrue(f.articles().stream().allMatch(Article::idDerived));
        assertTrue(f.articles().stream().allMatch(a -> a.id().startsWith("url:")));
        assertEquals(2, f.articles().stream().filter(a -> a.published() != null).count());
        assertEquals(Instant.parse("2019-05-31T19:17:58Z"), f.articles().stream()
                .filter(a -> a.id().equals("url:https://www.influxdata.com/blog/influxdb-outperforms-graphite-in-time-series-data-metrics-benchmark"))
                .findFirst().orElseThrow().published());
        assertEquals(ids(f), ids(load("15")), "derived ids are the same on every load");
    }

    @Test
    void aNullItemIsSkipped() throws Exception {
        Feed f = load("18");
        assertEquals(List.of("a"), ids(f));
        assertEquals(1, f.skippedItems());
        assertEquals(List.of(new Problem(9, 5, "item 2 is null; skipped")), f.problems());
    }

    @Test
    void aVeryLongItemComesBackWhole() throws Exception {
        Article big = load("22").articles().stream()
                .filter(a -> a.id().equals("https://jin-shaohui.gitee.io/Draw/Svg/")).findFirst().orElseThrow();
        assertEquals(219_330, big.content().load().html().length());
    }

    @Test
    void theBiggestArchive() throws Exception {
        Feed f = load("20");
        assertEquals(925, f.articles().size());
        assertEquals("http://kerim.micro.blog/2018/12/10/you-know-that.html", f.articles().get(0).id());
    }

    private static List<String> ids(Feed f) {
        return f.articles().stream().map(Article::id).toList();
    }
}
