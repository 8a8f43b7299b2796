package dev.gazette.text;

import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleContent;
import dev.gazette.feed.Attachment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The body of the article view: content_html if it shows anything, else content_text, else
 * summary, else a "(no content)" line; then a "Links" section listing every numbered link,
 * image and attachment ("[3] https://… (audio/mpeg, 24.3 MB, 1:02:03)"), and the page a
 * link post points to and the item's picture, which a terminal cannot show otherwise.
 */
public final class ArticleBodyRenderer {
    private ArticleBodyRenderer() {}

    static final String NO_CONTENT = "(no content)";
    static final String LINKS_HEADING = "Links";
    static final String LINKED_PAGE = "linked page";
    static final String DISCUSSION = "discussion";
    static final String IMAGE = "image";

    /**
     * @param article         the item (its url is the base for relative links; its attachments are listed); may be null
     * @param content         its body as the feed gave it; may be null
     * @param feedHomePageUrl the feed's home_page_url, the base when the item has no absolute url; may be null
     */
    public static Document render(Article article, ArticleContent content, String feedHomePageUrl) {
        ArticleContent c = content == null ? ArticleContent.EMPTY : content;
        String base = bodyBase(c.base(), baseUrl(article == null ? null : article.url(), feedHomePageUrl));
        LinkCollector links = new LinkCollector();

        List<Block> body = new ArrayList<>();
        if (hasText(c.html())) {
            body.addAll(HtmlRenderer.blocks(c.html(), base, links));
            if (new Document(body, List.of()).isEmpty()) body.clear();
        }
        if (body.isEmpty() && hasText(c.text())) body.addAll(PlainTextRenderer.blocks(c.text(), links));
        if (body.isEmpty() && hasText(c.summary())) body.addAll(PlainTextRenderer.blocks(c.summary(), links));
        if (body.isEmpty()) {
            StyledText none = new StyledText();
            none.append(NO_CONTENT, Span.styleSet(Style.DIM, Style.ITALIC));
            body.add(new TextBlock(Block.Frame.TOP, none));
        }

        List<Integer> attachments = new ArrayList<>();
        if (article != null) {
            for (Attachment a : article.attachments()) {
                if (a == null || a.url() == null) continue;
                String resolved = base.isEmpty() ? a.url() : LinkCollector.resolve(base, a.url());
                int number = links.add(resolved, a.url(), describe(a), LinkCollector.Kind.ATTACHMENT);
                if (number > 0 && !attachments.contains(number)) attachments.add(number);
            }
            addItemLink(links, base, article.externalUrl(), LINKED_PAGE, LinkCollector.Kind.PAGE);
            addItemLink(links, base, article.discussionUrl(), DISCUSSION, LinkCollector.Kind.PAGE);
            addItemLink(links, base, article.image(), IMAGE, LinkCollector.Kind.IMAGE);
        }

        List<Block> blocks = new ArrayList<>(body);
        if (!links.isEmpty()) blocks.addAll(linksSection(links));
        List<Link> all = links.links();
        return new Document(blocks, all, attachments.stream().map(n -> all.get(n - 1)).toList());
    }

    /**
     * A URL of the item itself (JSON Feed external_url and image, Atom rel="related" or an
     * out-of-line content src, Media RSS thumbnails, the RSS comments page), numbered like the
     * body's links.
     */
    private static void addItemLink(LinkCollector links, String base, String url, String label,
                                    LinkCollector.Kind kind) {
        if (url == null || url.isBlank()) return;
        links.add(base.isEmpty() ? url : LinkCollector.resolve(base, url), url, label, kind);
    }

    /** The base the feed set for the body (xml:base) when it is usable, else the article's. */
    static String bodyBase(String declared, String articleBase) {
        if (declared == null || declared.isBlank()) return articleBase;
        String d = declared.strip();
        if (isAbsolute(d)) return d;
        String resolved = articleBase.isEmpty() ? "" : LinkCollector.resolve(articleBase, d);
        return isAbsolute(resolved) ? resolved : articleBase;
    }

    /**
     * The item url when it is absolute, else resolved against the home page, else the home page.
     * An item url on another site than the home page (a link post: the item links to GitHub, its
     * text was written on the blog) gives way to the home page, as newsboat and feedparser read
     * relative links against the feed's own site: "/assets/icon.png" is the blog's. Hosts that
     * end alike (blog.example.com and example.com) are one site: the item's url stays the base.
     */
    static String baseUrl(String itemUrl, String homePageUrl) {
        String home = homePageUrl == null ? "" : homePageUrl.strip();
        String item = itemUrl == null ? "" : itemUrl.strip();
        if (isAbsolute(item) && isAbsolute(home) && !sameSite(item, home)) return home;
        if (isAbsolute(item)) return item;
        if (isAbsolute(home)) return item.isEmpty() ? home : LinkCollector.resolve(home, item);
        return "";
    }

    private static boolean sameSite(String a, String b) {
        try {
            String siteA = site(java.net.URI.create(a).getHost());
            String siteB = site(java.net.URI.create(b).getHost());
            return siteA == null || siteB == null || siteA.equals(siteB);
        } catch (IllegalArgumentException e) {
            return true;    // not a URI the JDK reads: the item's own url stays the base
        }
    }

    /** The last two labels of a host, lower case ("github.com", "monkeydom.de"); null for none. */
    private static String site(String host) {
        if (host == null) return null;
        String h = host.toLowerCase(Locale.ROOT);
        int last = h.lastIndexOf('.');
        int before = last <= 0 ? -1 : h.lastIndexOf('.', last - 1);
        return before < 0 ? h : h.substring(before + 1);
    }

    private static boolean isAbsolute(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static List<Block> linksSection(LinkCollector links) {
        BlockBuilder out = new BlockBuilder();
        StyledText heading = new StyledText();
        heading.append(LINKS_HEADING, Span.styleSet(Style.HEADING, Style.BOLD));
        out.paragraph(heading);
        int widest = ("[" + links.entries().size() + "] ").length();
        for (LinkCollector.Entry e : links.entries()) {
            String marker = "[" + e.number + "]";
            marker = marker + " ".repeat(widest - marker.length());
            out.push(Prefix.of(marker, Style.DIM), Prefix.of(" ".repeat(widest)), false);
            StyledText line = new StyledText();
            line.append(UrlText.readable(e.url), Span.styleSet(Style.LINK));   // shown decoded, opened as written
            if (e.kind != LinkCollector.Kind.LINK && !e.label.isEmpty()) {
                line.append(" (" + e.label + ")", Span.styleSet(Style.DIM));
            }
            out.paragraph(line);
            out.pop();
        }
        List<Block> blocks = new ArrayList<>(out.finish());
        // a blank line between the body and the list
        blocks.set(0, new TextBlock(Block.Frame.TOP_GAP, heading));
        return blocks;
    }

    /** "Episode 1, audio/mpeg, 24.3 MB, 1:02:03": what is known about an attachment. */
    static String describe(Attachment a) {
        List<String> parts = new ArrayList<>();
        String title = TextWidth.plainTitle(a.title());
        if (!title.isEmpty()) parts.add(title);
        String type = TextWidth.collapseSpaces(Sanitizer.clean(a.mimeType()));
        if (!type.isEmpty()) parts.add(type);
        if (a.sizeInBytes() != null && a.sizeInBytes() > 0) parts.add(humanSize(a.sizeInBytes()));
        if (a.durationInSeconds() != null && a.durationInSeconds() > 0) parts.add(duration(a.durationInSeconds()));
        return String.join(", ", parts);
    }

    /** Decimal units as on the files' pages and in Finder: 24,300,000 bytes is "24.3 MB". */
    static String humanSize(long bytes) {
        if (bytes < 1000) return bytes + (bytes == 1 ? " byte" : " bytes");
        String[] units = {"kB", "MB", "GB", "TB", "PB", "EB"};
        double v = bytes;
        int u = -1;
        while (v >= 999.95 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return (v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v)) + " " + units[u];
    }

    /** h:mm:ss or m:ss. */
    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
