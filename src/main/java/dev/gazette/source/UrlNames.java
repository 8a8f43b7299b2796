package dev.gazette.source;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One rule for the file name that stands for a URL, in the cache and in the data folder:
 * a readable prefix (host and path, letters, digits, dots, dashes and underscores only,
 * at most 60 characters) so that a person listing the folder knows which feed is which,
 * then a dash and 16 hex digits of the SHA-256 of the whole URL so that two URLs never
 * share a name. {@code https://example.com/blog/feed.xml?x=1} ->
 * {@code example.com_blog_feed.xml_x_1-1a2b3c4d5e6f7a8b}.
 */
public final class UrlNames {
    static final int PREFIX_LIMIT = 60;

    private UrlNames() { }

    public static String of(URI url) {
        String s = url.toString();
        // Host, port, path and query only: a user name and password in the URL must not end up in a file name.
        String shown = (url.getHost() == null ? "" : url.getHost()) + (url.getPort() == -1 ? "" : "_" + url.getPort())
                + (url.getRawPath() == null ? "" : url.getRawPath()) + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        String readable = shown
                .replaceAll("[^A-Za-z0-9._-]+", "_")
                .replaceAll("^[._]+|[._]+$", "")
                .toLowerCase(Locale.ROOT);
        if (readable.length() > PREFIX_LIMIT) readable = readable.substring(0, PREFIX_LIMIT).replaceAll("[._]+$", "");
        if (readable.isEmpty()) readable = "feed";
        return readable + "-" + hash(s);
    }

    private static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
