package dev.gazette.feed;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a browser does to a link before it sends it: the characters a URL may not hold, encoded. */
public final class UrlChars {
    private UrlChars() { }

    /** Characters a URI may not hold as they are (spaces of any kind, quotes, braces...) percent-encoded as UTF-8. */
    public static String encodeStrays(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean stray = cp <= 0x20 || cp == 0x7f || "\"<>\\^`{|}".indexOf(cp) >= 0 || Character.isSpaceChar(cp)
                    || Character.isISOControl(cp) || cp == '%' && !isEscape(s, i);
            if (stray) {
                for (byte b : s.substring(i, next).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
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
}
