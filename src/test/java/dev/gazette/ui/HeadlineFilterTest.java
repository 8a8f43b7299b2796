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
