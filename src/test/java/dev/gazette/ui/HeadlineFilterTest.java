package dev.gazette.ui;

import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleContent;
import dev.gazette.feed.Author;
import dev.gazette.feed.ContentSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class HeadlineFilterTest {

    static Article a(String id, String title, String author, String... tags) {
        return new Article(id, false, title, null, null, null, null, null, null,
                author == null ? List.of() : List.of(new Author(author, null)), List.of(tags), List.of(),
                ContentSource.of(ArticleContent.EMPTY));
    }

    final List<Article> articles = List.of(
            a("1", "Rust in the Kernel", "Ana", "linux"),
            a("2", "東京の天気", null, "weather"),
            a("3", "Gardening notes", "Bo Rustad"),
            a("4", "Weekly roundup", null, "RUST"));
    final HeadlineFilter filter = new HeadlineFilter(articles, Article::title);

    static List<String> ids(List<Article> list) {
        return list.stream().map(Article::id).toList();
    }

    @Test
    void inAllArticlesAnArticleIsFoundByItsFeedsNameAndTheFeedsFilesTags() {
        dev.gazette.feed.Feed blog = new dev.gazette.feed.Feed("Natasha The Robot", null, null, null,
                List.of(a("n1", "Swift tips", null)), List.of(), 0, 0);
        dev.gazette.feed.Feed garden = new dev.gazette.feed.Feed("Garden Weekly", null, null, null,
                List.of(a("g1", "Tomatoes", null)), List.of(), 0, 0);
        FeedEntry tagged = FeedEntry.named(null, null, false, List.of("blogs", "wordpress")).withFeed(FeedState.of(blog, true));
        FeedEntry untagged = FeedEntry.named("My garden", null, false, List.of()).withFeed(FeedState.of(garden, true));
        HeadlineFilter all = FeedState.all(List.of(tagged, untagged)).memo().filter();
        assertEquals(List.of("n1"), ids(all.apply("wordpress", false, x -> false)), "a urls-file tag (newsboat's t)");
        assertEquals(List.of("n1"), ids(all.apply("natasha", false, x -> false)), "the feed's title");
        assertEquals(List.of("g1"), ids(all.apply("my garden", false, x -> false)), "the name the feeds file gave it");
        HeadlineFilter oneFeed = FeedState.of(blog, true).memo().filter();
        assertEquals(List.of(), ids(oneFeed.apply("natasha", false, x -> false)), "in one feed's list, the feed is no word");
    }

    @Test
    void aFilterPreparedOnAnotherThreadFindsWhatOneBuiltOnTheFirstLetterFinds() throws Exception {
        HeadlineFilter prepared = new HeadlineFilter(articles, Article::title);
        Thread worker = new Thread(prepared::prepare);
        worker.start();
        worker.join();
        for (String q : List.of("rust", "東京", "RUST", "x")) {
            assertEquals(ids(filter.apply(q, false, a -> false)), ids(prepared.apply(q, false, a -> false)), q);
        }
    }

    @Test
    void emptyQueryShowsEverythingWithoutCopying() {
        assertSame(articles, filter.apply("", false, a -> false));
        assertSame(articles, filter.apply("   ", false, a -> false));
    }

    @Test
    void matchesTitleAuthorAndTagsIgnoringCase() {
        assertEquals(List.of("1", "3", "4"), ids(filter.apply("rust", false, a -> false)));
        assertEquals(List.of("1"), ids(filter.apply("KERNEL", false, a -> false)));
        assertEquals(List.of("2"), ids(filter.apply("weather", false, a -> false)));
        assertEquals(List.of(), ids(filter.apply("nothing here", false, a -> false)));
    }

    @Test
    void anAccentWrittenEitherWayMatches() {
        HeadlineFilter accents = new HeadlineFilter(List.of(a("d", "Cafe\u0301 society", null), a("p", "Café culture", null)),
                Article::title);
        assertEquals(List.of("d", "p"), ids(accents.apply("CAFÉ", false, a -> false)));
        assertEquals(List.of("d", "p"), ids(accents.apply("cafe\u0301", false, a -> false)));
    }

    @Test
    void matchesWideText() {
        assertEquals(List.of("2"), ids(filter.apply("東京", false, a -> false)));
    }

    @Test
    void unreadOnlyHidesReadArticlesAndCombinesWithTheQuery() {
        assertEquals(List.of("2", "4"), ids(filter.apply("", true, a -> java.util.Set.of("1", "3").contains(a.id()))));
        assertEquals(List.of("4"), ids(filter.apply("rust", true, a -> java.util.Set.of("1", "3").contains(a.id()))));
    }
}
