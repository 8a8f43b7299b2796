package dev.gazette.feed;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Looks at the first bytes of a file to tell early, in words a user understands, that it
 * is empty, binary or not UTF-8, instead of a JSON syntax error at some odd position.
 * Invalid UTF-8 further on is not worth failing a long feed for: the loader reads it as
 * U+FFFD.
 */
final class TextSniffer {
    /** How much of the file is examined. */
    static final int HEAD = 8192;

    private TextSniffer() { }

    /**
     * What is wrong with a file that starts with these bytes, or null when they look like
     * UTF-8 text.
     *
     * @param wholeFile true when head is the whole file (so a sequence cut at its end is an error)
     */
    static String check(byte[] head, boolean wholeFile) {
        int bom = utf8BomLength(head);
        if (head.length - bom == 0) return "empty file";
        if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) {
            return "not UTF-8 text (UTF-16); a JSON Feed must be UTF-8";
        }
        for (byte b : head) {
            if (b == 0) return "not a text file (binary data)";
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(head.length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(head), out, wholeFile);
        return result.isError() ? "not a text file (binary data)" : null;
    }

    /** 3 when the bytes start with a UTF-8 byte order mark, else 0. */
    static int utf8BomLength(byte[] head) {
        return startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xff) != prefix[i]) return false;
        }
        return true;
    }
}
