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

    private static Process startAppender(Path file, String writer) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JournalAppendMain.class.getName(), file.toString(), String.valueOf(PER_WRITER), writer)
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
