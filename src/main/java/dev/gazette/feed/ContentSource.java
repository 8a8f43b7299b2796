package dev.gazette.feed;

/** Where an article's body comes from when it is opened: memory, or the feed file again. */
@FunctionalInterface
public interface ContentSource {
    ArticleContent load();

    static ContentSource of(ArticleContent content) {
        return () -> content;
    }
}
