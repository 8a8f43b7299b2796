package dev.gazette.ui;

/**
 * What the article view has open besides the text: a search, a link number being typed
 * (digits, then o opens or y copies that link), the link list. Each is absent when off.
 *
 * @param search the search, or null
 * @param number the digits typed so far, or ""
 * @param links  the link list overlay, or null
 */
record ArticleTools(ArticleSearch search, String number, LinkPicker links) {

    static final ArticleTools NONE = new ArticleTools(null, "", null);

    boolean searchTyping() {
        return search != null && search.typing();
    }

    ArticleTools withSearch(ArticleSearch s) {
        return new ArticleTools(s, number, links);
    }

    ArticleTools withNumber(String n) {
        return new ArticleTools(search, n, links);
    }

    ArticleTools withLinks(LinkPicker l) {
        return new ArticleTools(search, number, l);
    }

    /** The tools after the page was laid out again at another width: the search finds its matches anew. */
    ArticleTools reflowed(ArticleState s) {
        if (search == null || s.page() == null) return this;
        return withSearch(search.reflowed(s.page().layout(s.width()).lines(), s.top()));
    }
}
