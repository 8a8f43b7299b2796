package dev.gazette.feed;

/**
 * The body of an article as the feed gave it. Any field may be null. Kept apart from
 * {@link Article} so the headline list can hold many articles without their bodies.
 */
public record ArticleContent(String html, String text, String summary) {
    public static final ArticleContent EMPTY = new ArticleContent(null, null, null);
}
