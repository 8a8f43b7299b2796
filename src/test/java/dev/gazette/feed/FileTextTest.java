package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTextTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Text with one-, two-, three- and four-byte UTF-8 characters, so chunk edges fall inside them. */
    private static String text(int n) {
        StringBuilder b = new StringBuilder(n);
        String[] words = {"news ", "Zürich ", "日本語 ", "👍🏽 ", "naïve\n", "𝄞"};
        for (int i = 0; b.length() < n; i++) b.append(words[i % words.length]).append(i);
        return b.toString();
    }

    /** The file with a byte order mark, decoded once through the recording decoder in pieces of pieceSize. */
    private static FileText decodedOnce(Path file, String expected, int pieceSize) throws IOException {
        FileText text = new FileText(file, Files.readAttributes(file, BasicFileAttributes.class), BOM.length);
        byte[] all = Files.readAllBytes(file);
        InputStream afterBom = new ByteArrayInputStream(all, BOM.length, all.length - BOM.length);
        try (Reader r = text.decoder(afterBom)) {
            assertEquals(expected, ReadAheadTest.readAll(r, pieceSize));
        }
        return text;
    }

    private static Path write(Path dir, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = Arrays.copyOf(BOM, BOM.length + utf8.length);
        System.arraycopy(utf8, 0, withBom, BOM.length, utf8.length);
        return Files.write(dir.resolve("feed.json"), withBom);
    }

    @Test
    void everyOffsetReadsOnFromThatCharacter(@TempDir Path dir) throws IOException {
        String expected = text(300_000);
        Path file = write(dir, expected);
        for (int piece : new int[] {4093, 65_536}) {
            FileText text = decodedOnce(file, expected, piece);
            for (int offset = 0; offset < expected.length(); offset += 997) {
                try (Reader r = text.readerAt(offset)) {
                    char[] got = new char[40];
                    int n = r.read(got, 0, got.length);
                    String want = expected.substring(offset, Math.min(expected.length(), offset + n));
                    assertEquals(want, new String(got, 0, n), "offset " + offset + ", pieces of " + piece);
                }
            }
            try (Reader r = text.readerAt(expected.length() - 5)) {
                assertEquals(expected.substring(expected.length() - 5), ReadAheadTest.readAll(r, 3));
            }
        }
    }

    @Test
    void malformedBytesReadBackAsTheyWereFirstDecoded(@TempDir Path dir) throws IOException {
        byte[] bytes = "ab\u00e9cd".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[BOM.length + 3 + bytes.length];
        System.arraycopy(BOM, 0, broken, 0, BOM.length);
        broken[3] = 'x';
        broken[4] = (byte) 0xC3;   // a lead byte with no continuation
        broken[5] = 'y';
        System.arraycopy(bytes, 0, broken, 6, bytes.length);
        Path file = Files.write(dir.resolve("broken.json"), broken);
        String decoded = "x\uFFFDyab\u00e9cd";
        FileText text = decodedOnce(file, decoded, 2);
        try (Reader r = text.readerAt(1)) {
            assertEquals(decoded.substring(1), ReadAheadTest.readAll(r, 16));
        }
    }

    @Test
    void aChangedFileIsSaidToHaveChanged(@TempDir Path dir) throws IOException {
        String expected = text(10_000);
        Path file = write(dir, expected);
        FileText text = decodedOnce(file, expected, 4096);
        Files.writeString(file, "{\"other\": \"content\"}");
        FileText.Unavailable e = assertThrows(FileText.Unavailable.class, () -> text.readerAt(100));
        assertEquals("feed.json changed since it was read; it is being read again", e.getMessage());
    }

    @Test
    void aFileRewrittenWithTheSameSizeButANewTimeHasChangedToo(@TempDir Path dir) throws IOException {
        String expected = text(10_000);
        Path file = write(dir, expected);
        FileText text = decodedOnce(file, expected, 4096);
        FileTime before = Files.getLastModifiedTime(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 5000));
        assertThrows(FileText.Unavailable.class, () -> text.readerAt(100));
    }

    @Test
    void aFileThatIsGoneSaysSo(@TempDir Path dir) throws IOException {
        String expected = text(10_000);
        Path file = write(dir, expected);
        FileText text = decodedOnce(file, expected, 4096);
        Files.delete(file);
        FileText.Unavailable e = assertThrows(FileText.Unavailable.class, () -> text.readerAt(100));
        assertTrue(e.getMessage().startsWith("feed.json is gone since it was read"), e.getMessage());
    }
}
