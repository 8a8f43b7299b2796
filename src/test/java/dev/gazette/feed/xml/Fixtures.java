package dev.gazette.feed.xml;

import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleContent;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The feeds under src/test/resources/feeds, loaded the way Gazette loads any file. */
final class Fixtures {
    private Fixtures() { }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/feeds/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }

    static Feed load(String name) throws FeedException {
        return FeedLoader.load(path(name));
    }

    static Article article(Feed feed, String title) {
        return feed.articles().stream().filter(a -> title.equals(a.title())).findFirst()
                .orElseThrow(() -> new AssertionError("no article titled " + title));
    }

    static ArticleContent body(Article a) {
        return a.content().load();
    }
}
