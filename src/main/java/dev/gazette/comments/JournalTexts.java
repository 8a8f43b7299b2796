package dev.gazette.comments;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads comment texts from the journal by byte offset, for the rows of a {@link Discussion} that
 * come into view.
 *
 * <p>Each line read is parsed again and must carry the id the index recorded for that offset:
 * if the file was replaced or rewritten since (an editor, a {@code git checkout}), the row says
 * so instead of showing another comment's text. Reads take no lock while reading (see
 * {@link FileLocks#closeQuietly}).
 */
final class JournalTexts implements TextSource {

    /** Shown in place of a text that is no longer where the index said. */
    static final String UNAVAILABLE = "(this comment could not be read from the journal; reopen the article)";

    private final Path file;

    JournalTexts(Path file) {
        this.file = file;
    }

    @Override
    public String[] texts(long[] offsets, int[] lengths, String[] ids) {
        String[] out = new String[offsets.length];
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ);
            for (int k = 0; k < offsets.length; k++) out[k] = read(ch, offsets[k], lengths[k], ids[k]);
        } catch (IOException | RuntimeException e) {
            // the file went away or cannot be opened: what was not read gets the placeholder
        } finally {
            FileLocks.closeQuietly(file, ch);
        }
        for (int k = 0; k < out.length; k++) {
            if (out[k] == null) out[k] = UNAVAILABLE;
        }
        return out;
    }

    private static String read(FileChannel ch, long offset, int length, String id) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            if (ch.read(buf, offset + buf.position()) < 0) return null; // shrunk since
        }
        JournalRecord r = CommentCodec.decodeRecord(new String(buf.array(), StandardCharsets.UTF_8), offset);
        if (r == null || !r.id().equals(id)) return null;
        if (r instanceof JournalRecord.Posted p) return p.comment().text();
        if (r instanceof JournalRecord.Edit e) return e.text();
        return null;
    }
}
