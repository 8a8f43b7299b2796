package dev.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gazette.Fixtures;
import dev.gazette.feed.Article;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which page a body's relative links are read against (feeds/rss-link-post-relative-links.xml). */
class RelativeLinksTest {
    private static List<String> links(int item) throws FeedException {
        Feed feed = FeedLoader.load(Fixtures.feed("rss-link-post-relative-links.xml"));
        Article a = feed.articles().get(item);
        return ArticleBodyRenderer.render(a, a.content().load(), feed.homePageUrl()).links().stream()
                .map(Link::url).toList();
    }

    @Test
    void aLinkPostsImagesAreTheBlogsNotTheLinkedSites() throws FeedException {
        assertEquals(List.of("https://coding.monkeydom.example/assets/posts/icon.png",
                "https://coding.monkeydom.example/notes.html"), links(0));
    }

    @Test
    void anItemOnTheSameSiteKeepsItsOwnUrlAsTheBase() throws FeedException {
        assertEquals(List.of("https://blog.monkeydom.example/2018/pic.png"), links(1));
    }
}
