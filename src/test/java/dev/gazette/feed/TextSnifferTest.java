package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void nulBytesAndBadUtf8WithControlCharactersAreBinary() {
        assertEquals("not a text file (binary data)", TextSniffer.check(new byte[] {'{', 0, '}'}, true));
        assertEquals("not a text file (binary data)", TextSniffer.check(new byte[] {'{', (byte) 0xff, 2, '}'}, true));
        assertEquals("not a text file (binary data)", TextSniffer.check(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x1a}, true));
    }

    @Test
    void singleByteTextWithAStrayEscapeIsStillText() {
        byte[] cp1252 = ("<title>caf\u00e9 \u20ac \u001b[0m</title>\n" + "<p>text</p>\n".repeat(20))
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertNull(TextSniffer.check(cp1252, true), "one escape in 280 bytes: text, which the XML reader repairs");
    }

    @Test
    void singleByteTextIsText() {
        byte[] latin1 = "<title>Inovação Tecnológica</title>\n".getBytes(StandardCharsets.ISO_8859_1);
        assertNull(TextSniffer.check(latin1, true));
        byte[] cp1252 = "<title>\u201cQuoted\u201d \u20ac</title>".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertNull(TextSniffer.check(cp1252, true));
        assertNull(TextSniffer.notUtf8(latin1), "read as UTF-8: the decoder shows and counts the bytes");
        assertFalse(Utf8Decoder.mostlyUtf8(latin1, 0, true), "and its warning says the file looks single-byte");
    }

    @Test
    void aStrayByteInAMostlyUtf8HeadIsNoReasonToRefuseAJsonFeed() {
        byte[] stray = utf8("{\"title\": \"Café \u00e9 and Caf\u0000\"}");
        stray[stray.length - 3] = (byte) 0xE9;   // the NUL becomes a windows-1252 é
        assertNull(TextSniffer.notUtf8(stray), "read as UTF-8; the decoder reports the byte");
        assertTrue(Utf8Decoder.mostlyUtf8(stray, 0, true));
    }

    @Test
    void aCharacterCutAtTheEndOfTheHeadIsFineUnlessTheFileEndsThere() {
        byte[] head = utf8("x".repeat(10) + "日");
        byte[] cut = Arrays.copyOf(head, head.length - 1);
        assertTrue(Utf8Decoder.mostlyUtf8(cut, 0, false));
        assertFalse(Utf8Decoder.mostlyUtf8(cut, 0, true));
    }

    @Test
    void utf16IsTextButNotForJson() {
        byte[] utf16 = {(byte) 0xff, (byte) 0xfe, '{', 0, '}', 0};
        assertNull(TextSniffer.check(utf16, true));
        assertEquals(TextSniffer.Format.JSON, TextSniffer.format(utf16));
        assertEquals("not UTF-8 text (UTF-16); a JSON Feed must be UTF-8", TextSniffer.notUtf8(utf16));
        assertEquals(TextSniffer.Format.XML, TextSniffer.format("<rss/>".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(TextSniffer.Format.XML, TextSniffer.format("\uFEFF<rss/>".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void theFormatIsTheFirstMarkup() {
        assertEquals(TextSniffer.Format.JSON, TextSniffer.format(utf8("  {\"version\": 1}")));
        assertEquals(TextSniffer.Format.TEXT, TextSniffer.format(utf8("hello")));
        assertEquals(TextSniffer.Format.JSON, TextSniffer.format(utf8("[1]")), "JSON, if not a feed: JSON says why");
        assertEquals(TextSniffer.Format.JSON, TextSniffer.format(utf8("null")));
        assertEquals(TextSniffer.Format.JSON, TextSniffer.format(utf8("\"a\"")));
        assertEquals(TextSniffer.Format.XML, TextSniffer.format(utf8("\uFEFF\n\n<?xml version=\"1.0\"?><rss/>")));
        assertEquals(TextSniffer.Format.XML, TextSniffer.format(utf8("<!DOCTYPE rss PUBLIC \"-//Netscape//DTD RSS 0.91//EN\" \"x\"><rss/>")));
        assertEquals(TextSniffer.Format.HTML, TextSniffer.format(utf8("<!doctype html><title>x</title>")));
        assertEquals(TextSniffer.Format.HTML, TextSniffer.format(utf8("<?xml version=\"1.0\"?>\n<!-- c -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\">")));
        assertEquals(TextSniffer.Format.XML, TextSniffer.format(utf8("<htmlfeed/>")));
    }

    @Test
    void bomLength() {
        assertEquals(3, TextSniffer.utf8BomLength(utf8("\uFEFF{}")));
        assertEquals(0, TextSniffer.utf8BomLength(utf8("{}")));
        assertEquals(0, TextSniffer.utf8BomLength(new byte[] {(byte) 0xef}));
    }
}
