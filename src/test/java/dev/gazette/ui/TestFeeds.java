package dev.gazette.ui;

import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleContent;
import dev.gazette.feed.Author;
import dev.gazette.feed.ContentSource;
import dev.gazette.feed.Feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small feeds built in code, so screen tests state exactly what they show. */
final class TestFeeds {
    private TestFeeds() {}

    static Article article(String id, String title, String date, String author, String text) {
        return new Article(id, false, title, "https://example.invalid/" + id, null, null, null,
                date == null ? null : Instant.parse(date), null,
                author == null ? List.of() : List.of(new Author(author, null)), List.of(), List.of(),
                ContentSource.of(new ArticleContent(null, text, null)));
    }

    /** A body of {@code n} one-line paragraphs "Paragraph i is short." separated by blank lines. */
    static String paragraphs(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            if (i > 1) sb.append("\n\n");
            sb.append("Paragraph ").append(i).append(" is short.");
        }
        return sb.toString();
    }

    static Feed feed(Article... articles) {
        return new Feed("Test News", "https://example.invalid/", null, null, List.of(articles), List.of(), 0, 0);
    }

    /** Three articles, newest first: a long one to scroll, a short one, an untitled one. */
    static Feed threeArticles() {
        return feed(
                article("long", "Long read", "2025-03-03T10:00:00Z", "Ana", paragraphs(40)),
                article("short", "Short note", "2025-03-02T10:00:00Z", "Bo", "Just one line of news."),
                article("third", "Third story", "2025-03-01T10:00:00Z", null, "The third body."));
    }

    static Feed many(int n) {
        List<Article> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(article("a" + i, "Headline " + i, null, null, "Body " + i));
        }
        return new Feed("Many", null, null, null, list, List.of(), 0, 0);
    }
}
