package dev.gazette.feed;

import java.util.List;

/**
 * A loaded feed: its header fields, its articles in display order (newest first when
 * dated) and what the loader had to skip or repair.
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
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
