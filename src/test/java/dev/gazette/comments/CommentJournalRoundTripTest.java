package dev.gazette.comments;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.gazette.feed.CleanText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommentJournalRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void appendedCommentsAreOneLineEachAndReadBackByAFreshJournal() throws Exception {
        Path file = dir.resolve("feed.comments.jsonl");
        CommentJournal journal = new CommentJournal(file);
        Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        Comment a1 = journal.append("a", "ana", "first");
        Comment b1 = journal.append("b", "bo", "other article");
        Comment a2 = journal.append("a", "ana", "second");

        List<String> lines = JournalFiles.completeLines(file);
        assertEquals(3, lines.size());
        JsonObject first = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertEquals(List.of("id", "article", "author", "date", "text"), new ArrayList<>(first.keySet()));
        assertEquals(a1.id(), first.get("id").getAsString());
        assertEquals("a", first.get("article").getAsString());
        assertEquals("ana", first.get("author").getAsString());
        assertEquals("first", first.get("text").getAsString());
        assertTrue(first.get("date").getAsString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
                first.get("date").getAsString());
        UUID.fromString(a1.id()); // a real UUID
        assertFalse(a1.date().isBefore(before));
        assertEquals(0, a1.date().getNano(), "dates are stored to the second");

        CommentJournal fresh = new CommentJournal(file);
        assertEquals(List.of(a1, a2), fresh.commentsFor("a"));
        assertEquals(List.of(b1), fresh.commentsFor("b"));
        assertEquals(List.of(), fresh.commentsFor("nope"));
        assertEquals(0, fresh.unreadableLines());
        assertNull(fresh.readProblem());
    }

    @Test
    void aNewCommentShowsAtOnceInTheWritingInstance() throws Exception {
        CommentJournal journal = new CommentJournal(dir.resolve("j.jsonl"));
        assertEquals(List.of(), journal.commentsFor("a"));
        Comment c = journal.append("a", "ana", "hello");
        assertEquals(List.of(c), journal.commentsFor("a"));
    }

    @Test
    void aMissingJournalMeansNoCommentsAndIsCreatedOnlyByTheFirstComment() throws Exception {
        Path file = dir.resolve("feed.comments.jsonl");
        CommentJournal journal = new CommentJournal(file);
        assertEquals(List.of(), journal.commentsFor("a"));
        assertEquals(0, journal.unreadableLines());
        assertNull(journal.readProblem());
        assertFalse(Files.exists(file), "reading must not create the journal");

        journal.append("a", "ana", "hi");
        assertTrue(Files.isRegularFile(file));
        JournalFiles.assertLineCount(1, file);
    }

    @Test
    void emptyOrBlankTextIsRefusedAndNothingIsWritten() {
        Path file = dir.resolve("j.jsonl");
        CommentJournal journal = new CommentJournal(file);
        for (String blank : new String[] {null, "", "   ", "\n\t \r\n", "\u2003"}) {
            JournalException e = assertThrows(JournalException.class, () -> journal.append("a", "ana", blank));
            assertEquals("nothing to save: the comment is empty", e.getMessage());
        }
        assertFalse(Files.exists(file));
    }

    @Test
    void aMissingAuthorIsStoredAsAnonymous() throws Exception {
        Path file = dir.resolve("j.jsonl");
        new CommentJournal(file).append("a", null, "x");
        new CommentJournal(file).append("a", "  ", "y");
        List<Comment> back = new CommentJournal(file).commentsFor("a");
        assertEquals(List.of("anonymous", "anonymous"), back.stream().map(Comment::author).toList());
    }

    @Test
    void unicodeNewlinesQuotesAndLongTextSurviveAsOneLineEach() throws Exception {
        Path file = dir.resolve("j.jsonl");
        List<String> texts = List.of(
                "日本語のコメント、中文评论，한국어 댓글",
                "emoji 👍🏽 👨‍👩‍👧 🇵🇹 and a lone astral 𝄞",
                "עברית and العربية mixed with LTR, plus a \u202Eright-to-left override",
                "line one\nline two\r\nline three\rfour",
                "quotes \" ' ` and backslash \\ and slash / and {\"json\":\"inside\"}",
                "separators \u2028 and \u2029, NUL \u0000, ESC \u001b[31m red, BEL \u0007, DEL \u007f, C1 \u009b",
                "tab\there, <html> & entities &amp;",
                "x".repeat(9_992) + "日本語👍\nend"); // 10,000 code points
        CommentJournal journal = new CommentJournal(file);
        for (String t : texts) journal.append("ü-ñ-日本", "Zoë 李", t);

        // One physical line per comment: every newline inside a text was escaped.
        List<String> lines = JournalFiles.completeLines(file);
        assertEquals(texts.size(), lines.size());
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(raw.contains("日本語のコメント"), "non-ASCII is stored as UTF-8, not \\u escapes");
        assertTrue(raw.contains("line one\\nline two\\r\\nline three\\rfour"));
        assertFalse(raw.contains("\u2028"), "U+2028 is escaped so no tool sees a line break");
        assertFalse(raw.contains("\u001b"), "no raw ESC in the file");

        List<Comment> back = new CommentJournal(file).commentsFor("ü-ñ-日本");
        // Stored as typed, read back cleaned: controls and the bidi override gone, CR/CRLF as \n.
        assertEquals(texts.stream().map(CleanText::multiline).toList(), back.stream().map(Comment::text).toList());
        assertEquals("line one\nline two\nline three\nfour", back.get(3).text());
        assertEquals("separators \n and \n, NUL , ESC  red, BEL , DEL , C1 ", back.get(5).text());
        String longText = back.get(texts.size() - 1).text();
        assertEquals(10_000, longText.codePointCount(0, longText.length()));
        assertTrue(back.stream().allMatch(c -> c.author().equals("Zoë 李")));
    }

    @Test
    void handWrittenLinesWithoutIdAuthorOrDateAreStillRead() throws Exception {
        Path file = dir.resolve("j.jsonl");
        JournalFiles.write(file, String.join("\n",
                "{\"article\":\"a\",\"text\":\"no id, no author, no date\"}",
                "{\"article\":\"a\",\"text\":\"offset date\",\"date\":\"2025-02-25T15:03:00+01:00\",\"extra\":[1,{\"x\":2}]}",
                "{\"article\":\"a\",\"text\":\"bad date\",\"date\":\"yesterday\",\"author\":null}",
                ""));
        CommentJournal journal = new CommentJournal(file);
        List<Comment> back = journal.commentsFor("a");
        assertEquals(3, back.size());
        assertEquals(0, journal.unreadableLines());
        assertEquals("anonymous", back.get(0).author());
        assertNull(back.get(0).date());
        assertEquals("line@0", back.get(0).id(), "derived from the byte offset, stable in an append-only file");
        assertEquals(Instant.parse("2025-02-25T14:03:00Z"), back.get(1).date());
        assertNull(back.get(2).date());
        assertEquals(3, back.stream().map(Comment::id).distinct().count());
    }
}
