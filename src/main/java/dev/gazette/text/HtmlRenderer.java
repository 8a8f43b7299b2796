package dev.gazette.text;

import java.util.List;
import org.jsoup.Jsoup;

/** Renders an HTML fragment (a feed's content_html) into a {@link Document}. */
public final class HtmlRenderer {
    private HtmlRenderer() {}

    /**
     * @param html    an HTML fragment; null renders as an empty document
     * @param baseUrl what relative links and image sources resolve against (the item's url,
     *                else the feed's home page); null or "" leaves them as written
     */
    public static Document render(String html, String baseUrl) {
        LinkCollector links = new LinkCollector();
        List<Block> blocks = blocks(html, baseUrl, links);
        return new Document(blocks, links.links());
    }

    /** The blocks of {@code html}, numbering its links in {@code links}. */
    static List<Block> blocks(String html, String baseUrl, LinkCollector links) {
        if (html == null || html.isBlank()) return List.of();
        org.jsoup.nodes.Document dom = Jsoup.parseBodyFragment(html, baseUrl == null ? "" : baseUrl);
        BlockBuilder out = new BlockBuilder();
        new HtmlWalker(out, links, 0).walk(dom.body());
        return out.finish();
    }
}
