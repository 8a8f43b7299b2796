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
    private static final int SNIPPET_CHARS = 300;

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
        for (String source : new String[] {c.summary(), c.text(), c.html()}) {
            if (source == null || source.isBlank()) continue;
            String cut = source.length() > SNIPPET_CHARS ? source.substring(0, SNIPPET_CHARS) : source;
            String snippet = TextWidth.plainTitle(cut);
            if (!snippet.isBlank()) return snippet;
        }
        return UNTITLED;
    }
}
