package dev.gazette.ui;

import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleContent;
import dev.gazette.feed.FileText;
import dev.gazette.text.TextWidth;

/**
 * The words a headline row shows. Most microblog posts have no title, and a list of
 * "(untitled)" tells a reader nothing, so those show the start of their text instead.
 */
public final class HeadlineText {
    static final String UNTITLED = "(untitled)";
    /**
     * Enough of a body for a wide row (~200 columns) with some markup; reading more made
     * `--list` of many untitled items measurably slower for text no row has room for.
     */
    private static final int SNIPPET_CHARS = 400;

    private HeadlineText() {}

    public static String of(Article a) {
        if (a.title() != null) {
            String t = TextWidth.plainTitle(a.title());
            if (!t.isBlank()) return t;
        }
        ArticleContent c;
        try {
            c = a.content().load();
        } catch (FileText.Unavailable e) {
            return UNTITLED;   // the feed file changed under the list; it is being read again
        }
        String[] sources = {c.summary(), c.text(), c.html()};   // the last is HTML
        for (int i = 0; i < sources.length; i++) {
            if (sources[i] == null || sources[i].isBlank()) continue;
            String snippet = TextWidth.plainSnippet(sources[i], i == 2, SNIPPET_CHARS);
            if (!snippet.isBlank()) return snippet;
        }
        return UNTITLED;
    }
}
