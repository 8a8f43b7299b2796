package dev.gazette.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The display order of articles (DESIGN 5): newest first when dates are present, else file order. */
public final class ArticleOrder {
    /** Newest first; undated articles after the dated ones. The sort is stable, so ties keep file order. */
    public static final Comparator<Article> NEWEST_FIRST =
            Comparator.comparing(Article::date, Comparator.nullsLast(Comparator.<Instant>reverseOrder()));

    private ArticleOrder() { }

    /** The articles in display order; the input, in file order, is left as it is. */
    static List<Article> newestFirst(List<Article> inFileOrder) {
        List<Article> sorted = new ArrayList<>(inFileOrder);
        if (sorted.stream().anyMatch(a -> a.date() != null)) sorted.sort(NEWEST_FIRST);
        return sorted;
    }
}
