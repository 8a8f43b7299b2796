package dev.gazette.feed;

import java.util.List;

/**
 * A loaded feed: its header fields, its articles in display order (newest first when
 * dated) and what the loader had to skip or repair. The header's text is cleaned here
 * ({@link CleanText#line}); articles, authors and attachments clean their own.
 */
public record Feed(
        String title,
        String homePageUrl,
        String feedUrl,
        String description,
        List<Article> articles,
        List<Problem> problems,
        int skippedItems,
        int repairedItems) {

    public Feed {
        title = CleanText.line(title);
        homePageUrl = CleanText.line(homePageUrl);
        feedUrl = CleanText.line(feedUrl);
        description = CleanText.line(description);
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
