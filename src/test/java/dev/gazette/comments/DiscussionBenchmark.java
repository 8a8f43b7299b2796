package dev.gazette.comments;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Opening one article with a very large discussion: time and memory. Not a test: nothing
 * asserts a time.
 *
 * <pre>
 * mvn -B -q -o test-compile
 * java -cp target/classes:target/test-classes:$HOME/.m2/repository/com/google/code/gson/gson/2.13.2/gson-2.13.2.jar \
 *     dev.gazette.comments.DiscussionBenchmark [DIR] [COMMENTS]
 * </pre>
 * Writes DIR/big.comments.jsonl (default 1,000,000 comments on article "big": a third replies
 * to an earlier comment, 1 in 50 edited, 1 in 200 withdrawn by their author, 1 in 500 edited
 * by someone else; plus 20,000 comments on 1,000 other articles), then measures in a fresh
 * JVM limited to {@code -Xmx300m}: index and open, the first screen of texts, pages of texts
 * at random places, a reply appended and the discussion opened again, and the heap in use.
 */
public final class DiscussionBenchmark {

    private DiscussionBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--open")) {
            open(Path.of(args[1]));
            return;
        }
        Path dir = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("gazette-bench");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path file = dir.resolve("big.comments.jsonl");
        long t = System.nanoTime();
        build(file, count);
        System.out.printf("journal: %,d comments on one article + 20,000 others, %.0f MB, written in %.1f s (%s)%n",
                count, Files.size(file) / 1e6, (System.nanoTime() - t) / 1e9, file);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx300m", "-cp", System.getProperty("java.class.path"),
                DiscussionBenchmark.class.getName(), "--open", file.toString()).inheritIO().start();
        if (p.waitFor() != 0) throw new IllegalStateException("the measuring JVM failed");
        if (args.length == 0) {
            Files.delete(file);
            Files.delete(dir);
        }
    }

    /** Runs in the JVM limited to 300 MB. */
    private static void open(Path file) throws Exception {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        CommentJournal journal = new CommentJournal(file);
        journal.commentCount("big"); // indexes the whole journal
        long tIndexed = System.nanoTime();
        long cpuIndexed = threads.getCurrentThreadCpuTime();
        Discussion d = journal.discussion("big");
        long t1 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        d.prefetch(0, 60);
        int chars = 0;
        for (int i = 0; i < 60; i++) chars += d.text(i).length();
        long t2 = System.nanoTime();
        long cpu2 = threads.getCurrentThreadCpuTime();
        System.out.printf("load average before: %s", Files.readString(Path.of("/proc/loadavg")));
        System.out.printf("index the journal: %.0f ms wall, %.0f ms CPU; resolve the discussion: %.0f ms wall, %.0f ms CPU%n",
                ms(tIndexed - t0), ms(cpuIndexed - cpu0), ms(t1 - tIndexed), ms(cpu1 - cpuIndexed));
        System.out.printf("discussion: %,d rows, %,d visible, %,d foreign changes ignored; max depth %d%n",
                d.size(), d.commentCount(), d.ignoredChanges(), maxDepth(d));
        System.out.printf("first screen (60 rows, texts read from the file): %.1f ms (%,d chars)%n", ms(t2 - t1), chars);
        System.out.printf("open to first screen, total: %.0f ms wall, %.0f ms CPU of the opening thread%n",
                ms(t2 - t0), ms(cpu2 - cpu0));

        Random rnd = new Random(7);
        List<Double> pages = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            int from = rnd.nextInt(d.size() - 60);
            long a = System.nanoTime();
            d.prefetch(from, from + 60);
            for (int i = from; i < from + 60; i++) d.row(i);
            pages.add(ms(System.nanoTime() - a));
        }
        Collections.sort(pages);
        System.out.printf("a page of 60 rows at a random place: median %.2f ms, p99 %.2f ms (200 pages)%n",
                pages.get(100), pages.get(198));

        List<Double> scroll = new ArrayList<>();
        for (int top = 1_000; top < 1_000 + 500; top++) { // one row down per key, a screen prefetched
            long a = System.nanoTime();
            d.prefetch(top, top + 60);
            for (int i = top; i < top + 60; i++) {
                d.row(i);
                d.cachedText(i);
            }
            scroll.add(ms(System.nanoTime() - a));
        }
        Collections.sort(scroll);
        System.out.printf("scroll one row (row + cached text for 60 rows): median %.3f ms, p99 %.3f ms%n",
                scroll.get(250), scroll.get(495));

        long counts0 = System.nanoTime();
        int articles = journal.commentCounts().size();
        long counts1 = System.nanoTime();
        for (int i = 0; i < 100_000; i++) journal.commentCount("other-" + (i % 1_000));
        long counts2 = System.nanoTime();
        System.out.printf("comment counts: all %,d articles %.1f ms; 100,000 commentCount calls %.0f ms%n",
                articles, ms(counts1 - counts0), ms(counts2 - counts1));

        List<Double> saves = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            long a = System.nanoTime();
            Comment c = journal.reply("big", d.row(k).id(), "bench", "a reply " + k);
            d = journal.discussion("big");
            int row = d.rowOf(c.id());
            d.text(row);
            saves.add(ms(System.nanoTime() - a));
        }
        Collections.sort(saves);
        System.out.printf("reply (append + sync) and reopen the discussion: median %.0f ms (5 runs, %s)%n",
                saves.get(2), saves);

        System.gc();
        System.gc();
        long heap = mem.getHeapMemoryUsage().getUsed();
        System.out.printf("heap in use after GC with the journal and discussion held: %.0f MB (limit -Xmx300m, max %.0f MB)%n",
                heap / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        if (d.size() == 0) throw new IllegalStateException(); // keep d alive through the GC
    }

    private static int maxDepth(Discussion d) {
        int max = 0;
        for (int i = 0; i < d.size(); i++) max = Math.max(max, d.row(i).depth());
        return max;
    }

    /** Writes the journal directly (no fsync per line): setting up, not what is measured. */
    public static void build(Path file, int count) throws IOException {
        Instant base = Instant.parse("2025-01-01T00:00:00Z");
        Random rnd = new Random(42);
        List<String> ids = new ArrayList<>(count);
        List<String> authors = new ArrayList<>(count);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String text = "Comment " + i + " on the article. " + "Some words, ünïcödé, 日本語 and 👍. ".repeat(1 + i % 6)
                        + (i % 10 == 0 ? "\nA second paragraph." : "");
                String id = UUID.randomUUID().toString();
                String author = "user" + (i % 97);
                String parent = i > 0 && i % 3 == 0 ? ids.get(Math.max(0, i - 1 - rnd.nextInt(Math.min(i, 50)))) : null;
                Instant date = base.plusSeconds(i * 7L);
                w.write(CommentCodec.encode(new Comment(id, "big", author, date, text, parent)));
                w.write('\n');
                ids.add(id);
                authors.add(author);
                if (i % 50 == 7) {
                    int t = i - rnd.nextInt(Math.min(i + 1, 1_000));
                    w.write(CommentCodec.encode(new JournalRecord.Edit(UUID.randomUUID().toString(), ids.get(t),
                            authors.get(t), date.plusSeconds(3), "Edited: " + text)));
                    w.write('\n');
                }
                if (i % 200 == 11) {
                    w.write(CommentCodec.encode(new JournalRecord.Withdrawal(UUID.randomUUID().toString(), ids.get(i),
                            authors.get(i), date.plusSeconds(4))));
                    w.write('\n');
                }
                if (i % 500 == 13) {
                    w.write(CommentCodec.encode(new JournalRecord.Edit(UUID.randomUUID().toString(), ids.get(i),
                            "mallory", date.plusSeconds(5), "not yours")));
                    w.write('\n');
                }
                if (i % 50 == 0) {
                    w.write(CommentCodec.encode(new Comment(UUID.randomUUID().toString(), "other-" + (i / 50 % 1_000),
                            author, date, "elsewhere " + i)));
                    w.write('\n');
                }
            }
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
