package dev.gazette.text;

import dev.gazette.feed.CleanText;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * URLs as a person reads them, as browsers show them in the address bar: percent-encoded
 * UTF-8 shown as the characters it stands for ({@code /wiki/%E6%97%A5} as {@code /wiki/日}).
 * For display only: the URL that is opened or copied stays as it was written.
 *
 * <p>Only characters outside ASCII are decoded: an encoded "/", "?", "%" or space changes
 * what the URL means when read, so it stays encoded. So do sequences that are not valid
 * UTF-8, and characters that would be invisible or misleading in a URL (controls, format
 * characters such as bidi overrides and joiners, spaces of every kind, unassigned and
 * private-use code points): a URL on screen never hides or reorders its own text.
 */
public final class UrlText {
    private UrlText() {}

    /** Below this many columns for the end of a URL beside its host, {@link #fit} cuts in the middle instead. */
    private static final int MIN_TAIL_COLUMNS = 8;

    /**
     * A URL (as {@link #readable} gives it) in {@code width} columns: whole when it fits, else
     * its scheme and host whole, "…" and as much of its end as fits, since the site is what a
     * reader picks a link by ("https://twitter.com/…/status/1090684505910898691"); a host too
     * long for that is cut in the middle with the rest.
     */
    public static String fit(String url, int width) {
        if (url == null || TextWidth.columns(url) <= width) return url;
        int scheme = url.indexOf("://");
        int hostEnd = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
        if (hostEnd > 0) {
            String host = url.substring(0, hostEnd);
            int room = width - TextWidth.columns(host) - 1;
            if (room >= MIN_TAIL_COLUMNS) return host + TextWidth.ELLIPSIS + TextWidth.tail(url.substring(hostEnd), room);
        }
        return TextWidth.fitMiddle(url, width);
    }

    /**
     * Whether a link's text only repeats its URL ("github.com/vercel/next.js/b…" for
     * "https://github.com/vercel/next.js/blob/…"): the scheme, "www." and a closing "/" aside,
     * the text is the URL or, cut with an ellipsis, its start.
     */
    public static boolean repeats(String text, String url) {
        if (text == null || url == null || text.isBlank()) return false;
        String t = bare(text.strip());
        boolean cut = t.endsWith(TextWidth.ELLIPSIS) || t.endsWith("...");
        if (cut) t = t.substring(0, t.length() - (t.endsWith("...") ? 3 : 1));
        String u = bare(url);
        return t.equalsIgnoreCase(u) || cut && t.length() >= MIN_TAIL_COLUMNS && u.toLowerCase(Locale.ROOT)
                .startsWith(t.toLowerCase(Locale.ROOT));
    }

    private static String bare(String s) {
        String b = s.replaceFirst("^(?i)[a-z][a-z0-9+.-]*://", "").replaceFirst("^(?i)www\\.", "");
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /** {@code url} with its percent-encoded non-ASCII characters decoded; null stays null. */
    public static String readable(String url) {
        if (url == null || url.indexOf('%') < 0) return url;
        int n = url.length();
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            int b0 = byteAt(url, i);
            int length = b0 < 0 ? 0 : sequenceLength(b0);
            if (length == 0) {
                out.append(url.charAt(i));
                i++;
                continue;
            }
            String decoded = decode(url, i, length);
            if (decoded == null) {
                out.append(url, i, i + 3);          // keep this %XX, try the next one on its own
                i += 3;
            } else {
                out.append(decoded);
                i += 3 * length;
            }
        }
        return out.toString();
    }

    /** The byte written as "%XX" at {@code i}, or -1 when there is none. */
    private static int byteAt(String s, int i) {
        if (i + 2 >= s.length() || s.charAt(i) != '%') return -1;
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        return hi < 0 || lo < 0 ? -1 : hi << 4 | lo;
    }

    /** How many bytes a UTF-8 sequence starting with {@code b0} has; 0 for ASCII or a byte no sequence starts with. */
    private static int sequenceLength(int b0) {
        if (b0 >= 0xC2 && b0 <= 0xDF) return 2;
        if (b0 >= 0xE0 && b0 <= 0xEF) return 3;
        if (b0 >= 0xF0 && b0 <= 0xF4) return 4;
        return 0;
    }

    /** The character that {@code length} encoded bytes from {@code i} make, or null when they do not make a showable one. */
    private static String decode(String s, int i, int length) {
        byte[] bytes = new byte[length];
        for (int k = 0; k < length; k++) {
            int b = byteAt(s, i + 3 * k);
            if (b < 0) return null;
            bytes[k] = (byte) b;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        return showable(text.codePointAt(0)) ? text : null;
    }

    private static boolean showable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE -> {
                return false;
            }
            default -> {
                // noncharacters, and what the one cleaning rule would remove
                return (cp & 0xFFFE) != 0xFFFE && !(cp >= 0xFDD0 && cp <= 0xFDEF)
                        && CleanText.isClean(new String(Character.toChars(cp)));
            }
        }
    }
}
