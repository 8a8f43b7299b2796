package dev.gazette.comments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two writers on one journal: nothing lost, nothing interleaved. */
class JournalConcurrencyTest {

    private static final int PER_WRITER = 1_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void twoThreadsWithTwoInstancesLoseNothing() throws Exception {
        Path file = dir.resolve("j.jsonl");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String writer : List.of("t1", "t2")) {
                CommentJournal journal = new CommentJournal(file);
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < PER_WRITER; i++) journal.append("article-" + (i % 7), writer, writer + " " + i);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) f.get(100, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertTwoWritersComplete(file, "t1", "t2");
    }

    @Test
    @Timeout(180)
    void twoProcessesLoseNothing() throws Exception {
        Path file = dir.resolve("j.jsonl");
        Process p1 = startAppender(file, "p1");
        Process p2 = startAppender(file, "p2");
        for (Process p : List.of(p1, p2)) {
            assertTrue(p.waitFor(150, TimeUnit.SECONDS), "appender did not finish");
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), "appender failed: " + err);
        }
        assertTwoWritersComplete(file, "p1", "p2");

        // And a journal in this process reads it all, grouped by article.
        CommentJournal journal = new CommentJournal(file);
        int total = 0;
        for (int a = 0; a < 7; a++) total += journal.commentsFor("article-" + a).size();
        assertEquals(2 * PER_WRITER, total);
        assertEquals(0, journal.unreadableLines());
    }

    @Test
    @Timeout(180)
    void twoProcessesWritingRepliesAndEditsLoseNothing() throws Exception {
        Path file = dir.resolve("j.jsonl");
        int n = 300;
        Process p1 = startAppender(file, "p1", n, "mixed");
        Process p2 = startAppender(file, "p2", n, "mixed");
        for (Process p : List.of(p1, p2)) {
            assertTrue(p.waitFor(150, TimeUnit.SECONDS), "writer did not finish");
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), "writer failed: " + err);
        }

        // Every line whole and readable, every id once, each writer's records all there in order.
        List<String> lines = JournalFiles.completeLines(file);
        assertEquals(2 * n, lines.size());
        Set<String> ids = new HashSet<>();
        Map<String, List<String>> textsByWriter = new java.util.HashMap<>();
        for (String line : lines) {
            JournalRecord r = CommentCodec.decodeRecord(line, 0);
            assertTrue(r != null, "unreadable line: " + line);
            assertTrue(ids.add(r.id()), "duplicate id " + r.id());
            String text = r instanceof JournalRecord.Posted p ? p.comment().text() : ((JournalRecord.Edit) r).text();
            textsByWriter.computeIfAbsent(r.author(), k -> new ArrayList<>()).add(text);
        }
        for (String w : List.of("p1", "p2")) {
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) expected.add(w + " " + i);
            assertEquals(expected, textsByWriter.get(w), "records of " + w);
        }

        // The discussion: every comment and reply once, every reply under a parent, every
        // comment showing its author's edit ("W i" edited to "W i+2").
        CommentJournal journal = new CommentJournal(file);
        Discussion d = journal.discussion("shared");
        assertEquals(2 * (2 * n / 3), d.size());
        assertEquals(0, journal.unreadableLines());
        assertEquals(0, d.ignoredChanges());
        int replies = 0, edited = 0;
        for (int i = 0; i < d.size(); i++) {
            DiscussionRow row = d.row(i);
            String[] words = d.text(i).split(" ");
            int k = Integer.parseInt(words[1]);
            assertEquals(row.author(), words[0]);
            if (row.parentId() != null) {
                replies++;
                assertEquals(1, k % 3, "a reply: " + d.text(i));
                assertTrue(row.depth() >= 1);
            }
            if (row.edited()) {
                edited++;
                assertEquals(2, k % 3, "shows the edit's text: " + d.text(i));
            }
        }
        assertEquals(2 * (n / 3), replies);
        assertEquals(2 * (n / 3), edited);
    }

    private static Process startAppender(Path file, String writer) throws Exception {
        return startAppender(file, writer, PER_WRITER, "plain");
    }

    private static Process startAppender(Path file, String writer, int n, String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JournalAppendMain.class.getName(), file.toString(), String.valueOf(n), writer, mode)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /**
     * 2,000 lines, each a whole comment (so no two writes interleaved), distinct ids, and every
     * writer's texts 0..999 present exactly once and in the order it wrote them.
     */
    private static void assertTwoWritersComplete(Path file, String w1, String w2) throws Exception {
        List<Comment> all = JournalFiles.parseAll(file);
        assertEquals(2 * PER_WRITER, all.size());
        Set<String> ids = new HashSet<>();
        for (Comment c : all) assertTrue(ids.add(c.id()), "duplicate id " + c.id());

        Map<String, List<String>> byWriter = all.stream()
                .collect(Collectors.groupingBy(Comment::author, Collectors.mapping(Comment::text, Collectors.toList())));
        assertEquals(Set.of(w1, w2), byWriter.keySet());
        for (String w : List.of(w1, w2)) {
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < PER_WRITER; i++) expected.add(w + " " + i);
            assertEquals(expected, byWriter.get(w), "comments of " + w);
        }
        assertTrue(Files.size(file) > 0);
    }
}
