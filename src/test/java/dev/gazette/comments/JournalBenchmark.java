package dev.gazette.comments;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Prints how long the journal takes at 100,000 comments. Not a test: nothing asserts a time.
 *
 * <pre>
 * mvn -B -q -o test-compile
 * java -cp target/classes:target/test-classes:$HOME/.m2/repository/com/google/code/gson/gson/2.13.2/gson-2.13.2.jar \
 *     dev.gazette.comments.JournalBenchmark [DIR] [COMMENTS]
 * </pre>
 * DIR defaults to a fresh temporary folder (deleted afterwards); give one on the disk you care
 * about, since append time is mostly the fsync.
 */
public final class JournalBenchmark {

    private static final int ARTICLES = 1_000;

    private JournalBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean ownDir = args.length == 0;
        Path dir = ownDir ? Files.createTempDirectory("gazette-bench") : Files.createDirectories(Path.of(args[0]));
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path file = dir.resolve("bench.comments.jsonl");
        Files.deleteIfExists(file);
        try {
            run(file, count);
        } finally {
            if (ownDir) deleteTree(dir);
        }
    }

    private static void run(Path file, int count) throws Exception {
        long t = System.nanoTime();
        build(file, count);
        System.out.printf("journal: %,d comments over %,d articles, %.1f MB, written in %.0f ms (%s)%n",
                count, ARTICLES, Files.size(file) / 1e6, ms(System.nanoTime() - t), file);

        // Opening an article on a fresh journal = full load. The first is a cold JVM.
        List<Double> loads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            CommentJournal fresh = new CommentJournal(file);
            long t0 = System.nanoTime();
            int n = fresh.commentsFor("article-42").size();
            loads.add(ms(System.nanoTime() - t0));
            if (n != count / ARTICLES) throw new IllegalStateException("expected " + count / ARTICLES + ", got " + n);
        }
        System.out.printf("open article, full load:        first %.1f ms, median of next 5 %.1f ms%n",
                loads.get(0), median(loads.subList(1, loads.size())));

        CommentJournal journal = new CommentJournal(file);
        journal.commentsFor("article-1");
        List<Double> unchanged = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            long t0 = System.nanoTime();
            journal.commentsFor("article-" + (i % ARTICLES));
            unchanged.add(ms(System.nanoTime() - t0));
        }
        System.out.printf("open article, file unchanged:   median %.3f ms (a stat, plus copying the list)%n",
                median(unchanged));

        // append = lock + write + fsync + reading back the tail; warm up first.
        for (int i = 0; i < 5; i++) journal.append("article-7", "bench", "warm-up " + i);
        List<Double> appends = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            journal.append("article-7", "bench", "timed append " + i);
            appends.add(ms(System.nanoTime() - t0));
        }
        System.out.printf("append + sync one comment:      median %.2f ms (min %.2f, max %.2f, 20 runs)%n",
                median(appends), Collections.min(appends), Collections.max(appends));

        // Another Gazette process appends one comment; the reader's next open reads just that line.
        CommentJournal reader = new CommentJournal(file);
        reader.commentsFor("article-0");
        List<Double> afterProcess = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int before = reader.commentsFor("article-0").size();
            appendFromAnotherProcess(file);
            long t0 = System.nanoTime();
            int after = reader.commentsFor("article-0").size();
            afterProcess.add(ms(System.nanoTime() - t0));
            if (after != before + 1) throw new IllegalStateException("other process's comment not seen");
        }
        System.out.printf("open article after another process appended one line: median %.2f ms (5 runs: %s)%n",
                median(afterProcess), format(afterProcess));

        CommentJournal other = new CommentJournal(file);
        List<Double> afterInstance = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            other.append("article-0", "other", "from another instance " + i);
            long t0 = System.nanoTime();
            reader.commentsFor("article-0");
            afterInstance.add(ms(System.nanoTime() - t0));
        }
        System.out.printf("open article after another instance appended one line: median %.3f ms (20 runs)%n",
                median(afterInstance));
        System.out.printf("unreadable lines: %d%n", reader.unreadableLines());
    }

    /** Writes the journal directly (no fsync per line): setting up, not what is measured. */
    private static void build(Path file, int count) throws IOException {
        Instant base = Instant.parse("2025-01-01T00:00:00Z");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String text = "Comment " + i + " on the article. " + "Some words, ünïcödé, 日本語 and 👍. ".repeat(1 + i % 6)
                        + (i % 10 == 0 ? "\nA second paragraph." : "");
                Comment c = new Comment(UUID.randomUUID().toString(), "article-" + (i % ARTICLES),
                        "user" + (i % 97), base.plusSeconds(i * 37L), text);
                w.write(CommentCodec.encode(c));
                w.write('\n');
            }
        }
    }

    private static void appendFromAnotherProcess(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JournalAppendMain.class.getName(), file.toString(), "1", "bench-process")
                .inheritIO().start();
        if (p.waitFor() != 0) throw new IllegalStateException("appender process failed");
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static String format(List<Double> xs) {
        return xs.stream().map(x -> String.format("%.2f", x)).toList().toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
