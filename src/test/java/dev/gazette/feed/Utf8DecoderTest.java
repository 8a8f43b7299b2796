package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8DecoderTest {
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            else out.write((Integer) p);
        }
        return out.toByteArray();
    }

    @Test
    void wellFormedTextReadsAsItIsWhateverThePieceSize() throws IOException {
        String text = "news Zürich 日本語 👍🏽 naïve 𝄞\n".repeat(5000);
        for (int piece : new int[] {1, 2, 7, 100_000}) {
            Utf8Decoder d = new Utf8Decoder(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 0, null);
            assertEquals(text, ReadAheadTest.readAll(d, piece));
            assertNull(d.problem());
        }
    }

    @Test
    void aByteThatIsNotUtf8IsShownAsTheReplacementCharacterAndNamedWithItsPlace() throws IOException {
        // "Café" with a windows-1252 é (byte 4 of the stream, which starts 3 bytes into the file).
        Utf8Decoder d = new Utf8Decoder(new ByteArrayInputStream(bytes("Caf", 0xE9, " ok")), 3, null);
        assertEquals("Caf\uFFFD ok", ReadAheadTest.readAll(d, 1024));
        assertEquals("1 byte is not UTF-8 (0xE9, at byte 7 of the file); shown as \uFFFD", d.problem());
    }

    @Test
    void everyBadByteIsCountedAndTheFirstIsNamed() throws IOException {
        // A stray continuation byte, a lead byte with no continuation, and a sequence cut by the end.
        byte[] in = bytes("a", 0x80, "b", 0xC3, "c é ", 0xE6, 0x97);
        for (int piece : new int[] {1, 1024}) {
            Utf8Decoder d = new Utf8Decoder(new ByteArrayInputStream(in), 0, null);
            assertEquals("a\uFFFDb\uFFFDc é \uFFFD", ReadAheadTest.readAll(d, piece));
            assertEquals("4 bytes are not UTF-8 (the first, 0x80, at byte 2 of the file); shown as \uFFFD", d.problem());
        }
    }

    @Test
    void aBodyAfterABadByteIsFoundAgainInTheFile(@TempDir Path dir) throws IOException {
        byte[] in = bytes("Caf", 0xE9, " — ", "日本語 ".repeat(30_000), 0xFF, "end");
        Path file = Files.write(dir.resolve("feed.xml"), in);
        FileText text = new FileText(file, Files.readAttributes(file, BasicFileAttributes.class), 0);
        String decoded;
        try (Reader r = text.decoder(new ByteArrayInputStream(in))) {
            decoded = ReadAheadTest.readAll(r, 4096);
        }
        assertEquals("Caf\uFFFD — " + "日本語 ".repeat(30_000) + "\uFFFDend", decoded);
        for (int offset : new int[] {0, 3, 4, 5000, decoded.length() - 4, decoded.length() - 1}) {
            try (Reader r = text.readerAt(offset)) {
                assertEquals(decoded.substring(offset), ReadAheadTest.readAll(r, 4096), "from " + offset);
            }
        }
    }
}
