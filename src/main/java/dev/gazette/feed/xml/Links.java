package dev.gazette.feed.xml;

import dev.gazette.feed.UrlChars;

import java.net.URI;
import java.net.URISyntaxException;

/** Relative links made absolute against a base ({@code xml:base}, the feed's own address). */
final class Links {
    private Links() { }

    /**
     * ref resolved against base; ref as written when it is absolute, when there is no base
     * or when either is not a URI Java can resolve; null for a missing or blank ref.
     */
    static String resolve(String base, String ref) {
        if (ref == null) return null;
        String r = ref.strip();
        if (r.isEmpty()) return null;
        if (base == null || isAbsolute(r)) return r;
        try {
            return resolveUris(base.strip(), r);
        } catch (URISyntaxException | IllegalArgumentException notAUri) {
            // A space or a "|" in a path: what a browser does, percent-encoding it, and then again.
            try {
                return resolveUris(UrlChars.encodeStrays(base.strip()), UrlChars.encodeStrays(r));
            } catch (URISyntaxException | IllegalArgumentException stillNot) {
                return r;
            }
        }
    }

    private static String resolveUris(String base, String r) throws URISyntaxException {
        URI b = new URI(base);
        if (!b.isAbsolute()) return r;
        // A query alone ("?p=2") keeps the base's path (RFC 3986, 5.2.2); java.net.URI
        // follows RFC 2396 there and drops its last segment.
        if (r.startsWith("?")) return withoutQuery(b.toString()) + new URI(r);
        return b.resolve(new URI(r)).toString();
    }

    private static String withoutQuery(String uri) {
        int hash = uri.indexOf('#');
        String u = hash >= 0 ? uri.substring(0, hash) : uri;
        int query = u.indexOf('?');
        return query >= 0 ? u.substring(0, query) : u;
    }

    /** True when s starts with a scheme ("https:", "mailto:"). */
    static boolean isAbsolute(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') return i > 0;
            boolean schemeChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!schemeChar) return false;
        }
        return false;
    }

    /** True for an http or https URL, the kind a guid that is a permalink holds. */
    static boolean isWebUrl(String s) {
        return s != null && (s.startsWith("http://") || s.startsWith("https://"));
    }
}
