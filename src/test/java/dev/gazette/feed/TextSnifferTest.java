package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextSnifferTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void utf8TextPasses() {
        assertNull(TextSniffer.check(utf8("{\"title\": \"日本語 ★ 👍\"}"), true));
        assertNull(TextSniffer.check(utf8("\uFEFF{}"), true));
    }

    @Test
    void emptyAndBomOnly() {
        assertEquals("empty file", TextSniffer.check(new byte[0], true));
        assertEquals("empty file", TextSniffer.check(utf8("\uFEFF"), true));
    }

    @Test
    void nulBytesAndBadUtf8AreBinary() {
        assertEquals("not a text file (binary data)", TextSniffer.check(new byte[] {'{', 0, '}'}, true));
        assertEquals("not a text file (binary data)", TextSniffer.check(new byte[] {'{', (byte) 0xff, '}'}, true));
        assertEquals("not a text file (binary data)", TextSniffer.check(new byte[] {'{', (byte) 0xe6, '}'}, true));
    }

    @Test
    void aCharacterCutAtTheEndOfTheHeadIsFineUnlessTheFileEndsThere() {
        byte[] head = utf8("x".repeat(10) + "日");
        byte[] cut = Arrays.copyOf(head, head.length - 1);
        assertNull(TextSniffer.check(cut, false));
        assertEquals("not a text file (binary data)", TextSniffer.check(cut, true));
    }

    @Test
    void utf16IsNamed() {
        assertEquals("not UTF-8 text (UTF-16); a JSON Feed must be UTF-8",
                TextSniffer.check(new byte[] {(byte) 0xff, (byte) 0xfe, '{', 0}, true));
    }

    @Test
    void bomLength() {
        assertEquals(3, TextSniffer.utf8BomLength(utf8("\uFEFF{}")));
        assertEquals(0, TextSniffer.utf8BomLength(utf8("{}")));
        assertEquals(0, TextSniffer.utf8BomLength(new byte[] {(byte) 0xef}));
    }
}
