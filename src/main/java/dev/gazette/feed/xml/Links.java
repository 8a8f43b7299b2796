package dev.gazette.feed.xml;

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
                return resolveUris(encodeStrays(base.strip()), encodeStrays(r));
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

    /** Characters a URI may not hold as they are (spaces of any kind, quotes, braces...) percent-encoded as UTF-8. */
    static String encodeStrays(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean stray = cp <= 0x20 || cp == 0x7f || "\"<>\\^`{|}".indexOf(cp) >= 0 || Character.isSpaceChar(cp)
                    || Character.isISOControl(cp) || cp == '%' && !isEscape(s, i);
            if (stray) {
                for (byte b : s.substring(i, next).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
                }
            } else {
                sb.appendCodePoint(cp);
            }
            i = next;
        }
        return sb.toString();
    }

    private static boolean isEscape(String s, int i) {
        return i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0;
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
