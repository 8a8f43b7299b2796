package dev.gazette.source;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Recognises an HTML page where a feed was expected (a site's home page given instead of
 * its feed) and finds the feed it announces with
 * {@code <link rel="alternate" type="application/rss+xml" href="...">}, resolved against
 * the page's URL, so the reader can be offered the right URL.
 */
final class FeedLinks {
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/feed+xml", "application/feed+json", "application/json", "application/rdf+xml");

    private FeedLinks() { }

    /**
     * Whether the start of a body is an HTML document: after a BOM, blanks, an XML
     * declaration and comments, a {@code <!DOCTYPE html>} or an {@code <html>} element.
     * Any other start (an RSS or Atom root, JSON) is left for the feed loader to judge.
     */
    static boolean looksLikeHtml(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        int i = s.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
            if (s.startsWith("<?", i)) {
                int end = s.indexOf("?>", i);
                if (end < 0) return false;
                i = end + 2;
            } else if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i);
                if (end < 0) return false;
                i = end + 3;
            } else {
                break;
            }
        }
        String rest = s.substring(i, Math.min(s.length(), i + 20)).toLowerCase(Locale.ROOT);
        return rest.matches("(?s)<!doctype\\s+html.*") || rest.matches("(?s)<html[\\s>].*") || rest.equals("<html");
    }

    /** The first feed the page at file (fetched from pageUrl) links to as an alternate, if any. */
    static Optional<URI> offeredFeed(Path file, URI pageUrl) {
        Document page;
        try {
            page = Jsoup.parse(file.toFile(), null, pageUrl.toString());
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Element link : page.select("link[rel][type][href]")) {
            boolean alternate = false;
            for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) alternate |= rel.equals("alternate");
            String type = link.attr("type").toLowerCase(Locale.ROOT).split(";")[0].strip();
            if (!alternate || !FEED_TYPES.contains(type)) continue;
            String href = link.absUrl("href");
            try {
                if (Source.parse(href) instanceof UrlSource u) return Optional.of(u.url());
            } catch (SourceException e) {
                // A link that cannot be fetched is no offer; look at the next one.
            }
        }
        return Optional.empty();
    }
}
