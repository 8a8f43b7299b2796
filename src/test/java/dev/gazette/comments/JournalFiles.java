package dev.gazette.comments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small helpers for tests that look at what the journal file really holds. */
final class JournalFiles {

    private JournalFiles() {}

    /** The file split on '\n'; asserts that it ends with a newline (no torn last line). */
    static List<String> completeLines(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(s.isEmpty() || s.endsWith("\n"), "journal must end with a newline");
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        lines.remove(lines.size() - 1); // the empty string after the last newline
        return lines;
    }

    /** Every line parsed as a comment; fails on any line that is not one. */
    static List<Comment> parseAll(Path file) throws IOException {
        List<Comment> out = new ArrayList<>();
        for (String line : completeLines(file)) {
            Comment c = CommentCodec.decode(line, 0);
            assertTrue(c != null, "not a valid comment line: " + line);
            out.add(c);
        }
        return out;
    }

    static void write(Path file, String content) throws IOException {
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    static void assertLineCount(int expected, Path file) throws IOException {
        assertEquals(expected, completeLines(file).size(), "lines in " + file);
    }

    /** A journal line as Gazette writes it. */
    static String line(String id, String article, String author, String date, String text) {
        return CommentCodec.encode(new Comment(id, article, author, java.time.Instant.parse(date), text));
    }
}
