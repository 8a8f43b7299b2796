package dev.gazette.text;

import dev.gazette.feed.UrlChars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * Numbers the URLs of one article in order of appearance: links, images, media and
 * attachments share one list, and the same URL always gets the same number. URLs that a
 * reader cannot use are refused (0): javascript:, vbscript:, data:, empty ones, and links
 * to a fragment of the article itself ("#fn1"), whose target is already on the screen.
 */
final class LinkCollector {
    /** What a URL is; every kind but LINK shows its label in the list ("image", "linked page"). */
    enum Kind { LINK, IMAGE, MEDIA, ATTACHMENT, PAGE }

    /** One numbered URL; {@code label} is the link text or a description of the file. */
    static final class Entry {
        final int number;
        final String url;
        String label;
        Kind kind;

        Entry(int number, String url, String label, Kind kind) {
            this.number = number;
            this.url = url;
            this.label = label;
            this.kind = kind;
        }
    }

    /** Longest label kept; the text itself is in the article. */
    private static final int MAX_LABEL = 200;

    private final Map<String, Entry> byUrl = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, String> resolved = new HashMap<>();

    /**
     * {@code element.absUrl(attribute)}, remembered per written value: resolving is costly
     * (jsoup strips controls with a regular expression) and feeds repeat the same hrefs.
     * Every element of one fragment shares the same base URI.
     */
    String absUrl(Element element, String attribute) {
        String raw = element.attr(attribute);
        String abs = resolved.get(raw);
        if (abs == null) {
            // Cleaned before jsoup resolves it: jsoup drops only the ESC of "ESC[2J" and leaves "[2J".
            String clean = Sanitizer.clean(raw);
            abs = clean.equals(raw) ? element.absUrl(attribute) : resolve(element.baseUri(), clean);
            if (resolved.size() < 100_000) resolved.put(raw, abs);
        }
        return abs;
    }

    /**
     * {@code relative} resolved against {@code base} as jsoup resolves an href (public API: a
     * detached element carrying the base); "" when it cannot be resolved.
     */
    static String resolve(String base, String relative) {
        Element a = new Element(Tag.valueOf("a"), base);
        a.attr("href", relative);
        return a.absUrl("href");
    }

    /**
     * Registers a URL; returns its number, or 0 when it is not usable.
     *
     * @param resolved the absolute URL (jsoup's absUrl), empty when it could not be resolved
     * @param raw      the attribute as written, used when there was nothing to resolve against
     */
    int add(String resolved, String raw, String label, Kind kind) {
        String url = usable(resolved, raw);
        if (url == null) return 0;
        Entry e = byUrl.get(url);
        String cleanLabel = shorten(TextWidth.collapseSpaces(Sanitizer.clean(label)));
        if (e == null) {
            e = new Entry(entries.size() + 1, url, cleanLabel, kind);
            entries.add(e);
            byUrl.put(url, e);
        } else if (kind == Kind.ATTACHMENT || (e.label.isEmpty() && !cleanLabel.isEmpty())) {
            if (kind == Kind.ATTACHMENT || e.kind == Kind.LINK) e.kind = kind;
            e.label = cleanLabel;
        }
        return e.number;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    List<Entry> entries() {
        return entries;
    }

    List<Link> links() {
        List<Link> out = new ArrayList<>(entries.size());
        for (Entry e : entries) out.add(new Link(e.number, e.url, e.label));
        return List.copyOf(out);
    }

    /** The URL to list, or null when it must not be listed. */
    static String usable(String resolved, String raw) {
        String rawClean = raw == null ? "" : squeeze(raw);
        if (rawClean.startsWith("#")) return null;
        if (isDangerous(rawClean)) return null;
        String candidate = resolved != null && !resolved.isBlank() ? squeeze(resolved) : rawClean;
        if (candidate.isEmpty() || isDangerous(candidate)) return null;
        // A no-break space or a "|" in it, encoded as a browser does, so that o can open it.
        return UrlChars.encodeStrays(candidate);
    }

    /** Controls and whitespace removed (browsers ignore tabs and newlines inside URLs). */
    private static String squeeze(String s) {
        String clean = Sanitizer.clean(s).strip();
        if (clean.indexOf(' ') < 0) return clean;
        return clean.replace(" ", "%20");
    }

    private static boolean isDangerous(String url) {
        String lower = url.replace("%20", "").toLowerCase(Locale.ROOT);
        return lower.startsWith("javascript:") || lower.startsWith("vbscript:") || lower.startsWith("data:");
    }

    private static String shorten(String s) {
        return s.length() <= MAX_LABEL ? s : TextWidth.fit(s, MAX_LABEL);
    }
}
