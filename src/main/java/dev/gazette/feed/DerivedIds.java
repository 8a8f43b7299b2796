package dev.gazette.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Ids for items that have none. The id keys comments and read marks, so it must come out
 * the same every time the same file is read: "url:" + the item's url when it has one,
 * else "sha256:" + the first 16 hex digits of SHA-256 over its title and bodies. When two
 * items of one feed would get the same id, later ones get "#2", "#3"... (file order), so
 * comments never land on the wrong item.
 */
public final class DerivedIds {
    private final Map<String, Integer> seen = new HashMap<>();

    /** A stable id from the item's url, else from its title and content (nulls count as ""). */
    public String derive(String url, String title, String html, String text, String summary) {
        String id = url != null && !url.isEmpty()
                ? "url:" + url
                : "sha256:" + sha256Hex16(title, html, text, summary);
        int n = seen.merge(id, 1, Integer::sum);
        return n == 1 ? id : id + "#" + n;
    }

    /**
     * SHA-256 over the parts as UTF-8, each followed by a NUL, so that ("ab", "c") and
     * ("a", "bc") differ. Part of the stored data's format: do not change.
     */
    static String sha256Hex16(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                if (p != null) sha.update(p.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
