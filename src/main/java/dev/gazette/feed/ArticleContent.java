package dev.gazette.feed;

/**
 * The body of an article as the feed gave it. Any field may be null. Kept apart from
 * {@link Article} so the headline list can hold many articles without their bodies.
 *
 * @param base what the body's relative links are relative to when the feed says so (an
 *             RSS or Atom xml:base), else null: they are then relative to the article's link
 */
public record ArticleContent(String html, String text, String summary, String base) {
    public static final ArticleContent EMPTY = new ArticleContent(null, null, null);

    /** A body whose relative links are relative to the article's link. */
    public ArticleContent(String html, String text, String summary) {
        this(html, text, summary, null);
    }

    public ArticleContent withBase(String newBase) {
        return new ArticleContent(html, text, summary, newBase);
    }
}
