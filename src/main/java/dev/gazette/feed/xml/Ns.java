package dev.gazette.feed.xml;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The namespaces feeds use, recognised leniently: feeds in the wild write them with https,
 * without the trailing slash or in another case ({@code https://www.w3.org/2005/Atom}).
 */
enum Ns {
    /** No namespace: plain RSS 0.9x/2.0, or a lenient Atom feed. */
    NONE,
    /** RSS 1.0 and 0.90's own namespaces, and the userland RSS 2.0 one some feeds declare. */
    RSS,
    ATOM,
    ATOM03,
    RDF,
    DC,
    DCTERMS,
    CONTENT,
    ITUNES,
    MEDIA,
    XHTML,
    OTHER;

    private static final Map<String, Ns> KNOWN = Map.ofEntries(
            Map.entry("purl.org/rss/1.0", RSS),
            Map.entry("my.netscape.com/rdf/simple/0.9", RSS),
            Map.entry("backend.userland.com/rss2", RSS),
            Map.entry("www.w3.org/2005/atom", ATOM),
            Map.entry("purl.org/atom/ns", ATOM03),
            Map.entry("www.w3.org/1999/02/22-rdf-syntax-ns", RDF),
            Map.entry("purl.org/dc/elements/1.1", DC),
            Map.entry("purl.org/dc/terms", DCTERMS),
            Map.entry("purl.org/rss/1.0/modules/content", CONTENT),
            Map.entry("www.itunes.com/dtds/podcast-1.0.dtd", ITUNES),
            Map.entry("search.yahoo.com/mrss", MEDIA),
            Map.entry("www.w3.org/1999/xhtml", XHTML));

    /** Namespace URIs seen so far; a feed uses a handful, so this stays tiny. */
    private static final Map<String, Ns> SEEN = new ConcurrentHashMap<>();

    static Ns of(String uri) {
        if (uri == null || uri.isEmpty()) return NONE;
        Ns known = SEEN.get(uri);
        if (known != null) return known;
        Ns ns = KNOWN.getOrDefault(normalise(uri), OTHER);
        if (SEEN.size() < 1000) SEEN.put(uri, ns);
        return ns;
    }

    private static String normalise(String uri) {
        String u = uri.strip().toLowerCase(Locale.ROOT);
        if (u.startsWith("http://")) u = u.substring(7);
        else if (u.startsWith("https://")) u = u.substring(8);
        while (u.endsWith("/") || u.endsWith("#")) u = u.substring(0, u.length() - 1);
        return u;
    }

    /** The element names of RSS itself: no namespace or an RSS one. */
    boolean isRss() {
        return this == NONE || this == RSS;
    }

    /** The element names of Atom, 1.0 or 0.3, or none at all inside an Atom feed. */
    boolean isAtom() {
        return this == ATOM || this == ATOM03 || this == NONE;
    }
}
