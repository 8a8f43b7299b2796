package dev.gazette.text;

import dev.gazette.feed.CleanText;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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
