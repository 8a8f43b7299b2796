package dev.gazette.ui;

import dev.gazette.feed.Article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which headlines the list shows: those whose title, author or tags contain the query
 * (ignoring case) and, with "unread only", that are not read. The lower-cased search text
 * of each article is built once, so typing a letter costs one pass of {@code contains}
 * over the titles (a few milliseconds for 100,000).
 */
public final class HeadlineFilter {

    private final List<Article> articles;
    private final Function<Article, String> titleOf;
    /** More words an article is found by (in All articles: its feed's name and tags), or null. */
    private final Function<Article, String> moreWords;
    /** Written once, under this object's lock: by a worker ({@link #prepare}) or the first filtering. */
    private String[] haystacks;

    public HeadlineFilter(List<Article> articles, Function<Article, String> titleOf) {
        this(articles, titleOf, null);
    }

    /** @param moreWords more words each article is found by, or null */
    public HeadlineFilter(List<Article> articles, Function<Article, String> titleOf, Function<Article, String> moreWords) {
        this.articles = articles;
        this.titleOf = titleOf;
        this.moreWords = moreWords;
    }

    public List<Article> articles() {
        return articles;
    }

    /** The articles to show, in feed order; the full list itself when nothing filters. */
    public List<Article> apply(String query, boolean unreadOnly, Predicate<Article> isRead) {
        String q = nfc(query.strip()).toLowerCase(Locale.ROOT);
        if (q.isEmpty() && !unreadOnly) return articles;
        String[] haystacks = q.isEmpty() ? null : haystacks();
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            if (unreadOnly && isRead.test(a)) continue;
            if (!q.isEmpty() && !haystacks[i].contains(q)) continue;
            out.add(a);
        }
        return out;
    }

    /**
     * Works out the search text of every article, if not done yet; on a worker thread as soon
     * as the filter line opens, so the first letter typed does not wait for it (or waits for
     * the rest only).
     */
    public void prepare() {
        haystacks();
    }

    private synchronized String[] haystacks() {
        if (haystacks == null) haystacks = buildHaystacks();
        return haystacks;
    }

    private String[] buildHaystacks() {
        String[] out = new String[articles.size()];
        for (int i = 0; i < out.length; i++) {
            Article a = articles.get(i);
            StringBuilder sb = new StringBuilder(titleOf.apply(a));
            String by = a.byline();
            if (by != null) sb.append('\n').append(by);
            for (String tag : a.tags()) sb.append('\n').append(tag);
            if (moreWords != null) sb.append('\n').append(moreWords.apply(a));
            out[i] = nfc(sb.toString()).toLowerCase(Locale.ROOT);
        }
        return out;
    }

    /** é typed (one code point) finds é written as e and an accent, and the other way round. */
    private static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
