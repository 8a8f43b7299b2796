package dev.gazette.bench;

import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleContent;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.LoadListener;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Loads a feed (JSON Feed, RSS or Atom) in process and prints when the first article
 * reached the listener, when the whole list was read and sorted, the CPU time that took
 * (on a busy machine the wall-clock figures stretch, the CPU figures much less), and the
 * peak resident memory: the loader's share of what `./gazette` shows. Not a test.
 *
 * <pre>java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/gazette.jar:target/test-classes \
 *     dev.gazette.bench.LoadBenchmark bench/out/feed-100000.rss [RUNS] [kept]</pre>
 *
 * Bodies are loaded as the reader loads a file: a big JSON Feed's are left in the file
 * ({@code FeedLoader.load(..., true)}); with "kept", all are kept in memory, as --check does.
 *
 * Each run is a fresh load in the same JVM, so runs after the first show a warmed-up JVM;
 * run it once per JVM (RUNS=1) for the cold figure a user sees.
 */
public final class LoadBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LoadBenchmark() { }

    /** CPU time of the whole process (every thread, the JIT and GC included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        boolean bodiesInFile = args.length <= 2 || !args[2].equals("kept");
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            long threadStart = THREADS.getCurrentThreadCpuTime();
            long[] first = {0};
            LoadListener listener = new LoadListener() {
                @Override
                public void progress(long bytesRead, long totalBytes, int itemsSoFar) { }

                @Override
                public void article(Article a) {
                    if (first[0] == 0) first[0] = System.nanoTime();
                }
            };
            ThreadCpu others = ThreadCpu.follow();
            Feed feed = FeedLoader.load(file, listener, null, bodiesInFile);
            long end = System.nanoTime();
            String helpers = others.stop();
            long thread = THREADS.getCurrentThreadCpuTime() - threadStart;
            long cpu = processCpuNanos() - cpuStart;
            System.out.printf(Locale.ROOT, "%s%s run %d: %,d articles; first article %.0f ms, whole list read and sorted %.0f ms"
                            + " (CPU: loading thread %.0f ms,%s whole process %.0f ms); peak RSS %s%n",
                    file.getFileName(), bodiesInFile ? "" : " (bodies kept)", run, feed.articles().size(), (first[0] - start) / 1e6, (end - start) / 1e6,
                    thread / 1e6, helpers, cpu / 1e6, peakRss());
        }
        bodiesOpened(Path.of(args[0]), bodiesInFile);
    }

    /** How long opening an article takes to get its body: 1,000 articles spread over the feed, after the runs. */
    private static void bodiesOpened(Path file, boolean bodiesInFile) throws Exception {
        Feed feed = FeedLoader.load(file, LoadListener.NONE, null, bodiesInFile);
        List<Article> articles = feed.articles();
        int n = Math.min(1000, articles.size());
        long[] nanos = new long[n];
        long chars = 0;
        for (int i = 0; i < n; i++) {
            Article a = articles.get((int) ((long) i * 7919 % articles.size()));   // a prime stride: all over the file
            long t0 = System.nanoTime();
            ArticleContent c = a.content().load();
            nanos[i] = System.nanoTime() - t0;
            chars += c.html() == null ? 0 : c.html().length();
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s: body of an opened article, %d articles (%,d characters): p50 %.3f ms, p99 %.3f ms,"
                        + " max %.3f ms%n", file.getFileName(), n, chars, nanos[n / 2] / 1e6, nanos[n * 99 / 100] / 1e6,
                nanos[n - 1] / 1e6);
    }

    /**
     * The CPU time of the loader's helper threads (read-ahead, body store), which end with
     * the load: sampled every few milliseconds while it runs, the last value of each kept.
     */
    private static final class ThreadCpu {
        private final java.util.Map<Long, long[]> seen = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.Map<Long, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile boolean running = true;
        private final Thread sampler = new Thread(this::sample, "bench-sampler");

        static ThreadCpu follow() {
            ThreadCpu t = new ThreadCpu();
            t.sampler.setDaemon(true);
            t.sampler.start();
            return t;
        }

        private void sample() {
            while (running) {
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    if (!t.getName().startsWith("gazette-")) continue;
                    long cpu = THREADS.getThreadCpuTime(t.getId());
                    if (cpu < 0) continue;
                    names.put(t.getId(), t.getName());
                    seen.computeIfAbsent(t.getId(), k -> new long[1])[0] = cpu;
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** " read-ahead 300 ms, bodies 400 ms," (at least; a thread's last 5 ms may be missed). */
        String stop() throws InterruptedException {
            running = false;
            sampler.join();
            java.util.Map<String, Long> byName = new java.util.TreeMap<>();
            seen.forEach((id, cpu) -> byName.merge(names.get(id).substring("gazette-".length()), cpu[0], Long::sum));
            StringBuilder sb = new StringBuilder();
            byName.forEach((name, cpu) -> sb.append(String.format(Locale.ROOT, " %s %.0f ms,", name, cpu / 1e6)));
            return sb.toString();
        }
    }

    /** VmHWM of this process (Linux), e.g. "212 MB"; "?" elsewhere. */
    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return (kb / 1024) + " MB";
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return "?";
    }
}
