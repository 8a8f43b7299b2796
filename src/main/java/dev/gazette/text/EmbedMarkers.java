package dev.gazette.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The markers that stand for what a terminal cannot show: "[image: alt][3]" for an img,
 * "[video: title][4]" for video and audio; their URLs are numbered by the {@link LinkCollector}.
 */
final class EmbedMarkers {
    /** The longest alt text read as an emoji: a family or a flag is several code points. */
    private static final int MAX_EMOJI_CODE_POINTS = 10;

    private EmbedMarkers() { }

    /** The marker of an image, or null for a tracking pixel (shown as nothing). */
    static String image(Element img, LinkCollector links) {
        if (isTrackingPixel(img)) return null;
        String alt = TextWidth.collapseSpaces(Sanitizer.clean(img.attr("alt")));
        if (alt.isEmpty()) alt = TextWidth.collapseSpaces(Sanitizer.clean(img.attr("title")));
        String attr = img.hasAttr("src") ? "src" : img.hasAttr("data-src") ? "data-src" : "srcset";
        String raw = img.attr(attr);
        String resolved = links.absUrl(img, attr);
        if (attr.equals("srcset")) {
            raw = firstSrcsetUrl(raw);
            resolved = raw.isEmpty() ? "" : LinkCollector.resolve(img.baseUri(), raw);
        }
        String label = alt.isEmpty() ? "image" : "image: " + alt;
        int n = links.add(resolved, raw, label, LinkCollector.Kind.IMAGE);
        return "[" + label + "]" + (n > 0 ? "[" + n + "]" : "");
    }

    /**
     * An emoji that a page draws as a picture (WordPress's "wp-smiley" images, Twemoji, an
     * "emoji" class): its alt text, which is the emoji itself (or an old smiley's ":)"), for
     * the terminal to draw as text; null for any other image. A marker per emoji
     * ("[image: 💃][13][image: 🏻][14]") made a sentence unreadable.
     */
    static String emoji(Element img) {
        String alt = TextWidth.collapseSpaces(Sanitizer.clean(img.attr("alt")));
        if (alt.isEmpty() || alt.codePointCount(0, alt.length()) > MAX_EMOJI_CODE_POINTS) return null;
        String classes = img.className().toLowerCase(Locale.ROOT);
        String src = img.attr("src").toLowerCase(Locale.ROOT);
        boolean emoji = classes.contains("wp-smiley") || classes.contains("emoji")
                || src.contains("/images/core/emoji/") || src.contains("twemoji");
        return emoji ? alt : null;
    }

    /** The marker of a video or audio element ({@code kind}), its URL from src or its first source. */
    static String media(Element e, String kind, LinkCollector links) {
        String raw = e.attr("src");
        String resolved = e.absUrl("src");
        if (raw.isBlank()) {
            for (Element source : e.children()) {
                if (source.normalName().equals("source") && !source.attr("src").isBlank()) {
                    raw = source.attr("src");
                    resolved = source.absUrl("src");
                    break;
                }
            }
        }
        String title = TextWidth.collapseSpaces(Sanitizer.clean(e.attr("title")));
        String label = title.isEmpty() ? kind : kind + ": " + title;
        int n = links.add(resolved, raw, label, LinkCollector.Kind.MEDIA);
        return "[" + label + "]" + (n > 0 ? "[" + n + "]" : "");
    }

    /**
     * An embedded page (an iframe: a video player, a code sandbox): "[embedded: its title]"
     * or, without a title, "[embedded: www.youtube.com]", numbered as a link, since a
     * terminal shows nothing of it and a post built around a screencast lost it without a
     * trace. Null for a frame that loads no web page (about:blank, a script's data: URL).
     */
    static String frame(Element iframe, LinkCollector links) {
        String attr = iframe.hasAttr("src") ? "src" : "data-src";
        String raw = iframe.attr(attr);
        String resolved = links.absUrl(iframe, attr);
        String host;
        try {
            URI uri = new URI(resolved);
            String scheme = uri.getScheme();
            host = scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) ? uri.getHost() : null;
        } catch (URISyntaxException notAUrl) {
            host = null;
        }
        if (host == null) return null;
        String title = TextWidth.collapseSpaces(Sanitizer.clean(iframe.attr("title")));
        String label = "embedded: " + (title.isEmpty() ? host : title);
        int n = links.add(resolved, raw, label, LinkCollector.Kind.MEDIA);
        return n > 0 ? "[" + label + "][" + n + "]" : null;
    }

    private static String firstSrcsetUrl(String srcset) {
        String s = srcset.strip();
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != ',') end++;
        return s.substring(0, end);
    }

    /**
     * Web beacons, not pictures: 1x1 (or 0x0) images, and the counters feeds append to each
     * item (Matomo/Piwik "?idsite=", WordPress stats, FeedBurner "~r" pixels).
     */
    private static boolean isTrackingPixel(Element img) {
        if (dimension(img.attr("width")) <= 1 && dimension(img.attr("height")) <= 1) return true;
        String src = img.attr("src").toLowerCase(Locale.ROOT);
        return src.contains("idsite=") || src.contains("piwik.php") || src.contains("matomo.php")
                || src.contains("pixel.wp.com") || src.contains("stats.wordpress.com")
                || src.contains("feeds.feedburner.com/~r/") || src.contains("/~ff/");
    }

    private static int dimension(String v) {
        String s = v.strip().toLowerCase(Locale.ROOT);
        if (s.endsWith("px")) s = s.substring(0, s.length() - 2).strip();
        if (s.isEmpty() || s.length() > 6) return Integer.MAX_VALUE;
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException ex) {
            return Integer.MAX_VALUE;
        }
    }
}
