package dev.gazette.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The threads effects run on. Each kind of work has its own worker, so work of one kind
 * keeps its order (two comments are appended in the order they were written) and a slow
 * kind (a 200 MB load) never holds up another (saving a comment). Tests use
 * {@link #direct()}, which runs everything at once on the caller's thread.
 */
public final class Workers implements AutoCloseable {
    /**
     * Feeds load side by side (several URLs wait on the network at once); one feed never
     * loads twice at a time, because the router starts its next load only when one ends.
     */
    private static final int LOAD_THREADS = 4;

    final Executor loads;
    final Executor articles;
    final Executor journal;
    final Executor marks;
    final Executor browser;
    private final List<ExecutorService> owned;

    private Workers(Executor loads, Executor articles, Executor journal, Executor marks, Executor browser,
                    List<ExecutorService> owned) {
        this.loads = loads;
        this.articles = articles;
        this.journal = journal;
        this.marks = marks;
        this.browser = browser;
        this.owned = owned;
    }

    /** One daemon thread per kind of work. */
    public static Workers threads() {
        List<ExecutorService> owned = new ArrayList<>();
        return new Workers(pool("gazette-load", LOAD_THREADS, owned), single("gazette-article", owned),
                single("gazette-journal", owned), single("gazette-marks", owned), single("gazette-browser", owned),
                owned);
    }

    /** Everything on the caller's thread, at once: deterministic, for tests. */
    public static Workers direct() {
        Executor now = Runnable::run;
        return new Workers(now, now, now, now, now, List.of());
    }

    /** Everything at once on the caller's thread except loads, which go to {@code loads}: for tests that play the loader. */
    public static Workers direct(Executor loads) {
        Executor now = Runnable::run;
        return new Workers(loads, now, now, now, now, List.of());
    }

    /** Lets queued work finish for up to {@code millis}, then stops the threads. */
    public void finish(long millis) {
        for (ExecutorService s : owned) s.shutdown();
        long deadline = System.currentTimeMillis() + millis;
        for (ExecutorService s : owned) {
            try {
                s.awaitTermination(Math.max(0, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        finish(0);
    }

    private static ExecutorService single(String name, List<ExecutorService> owned) {
        return pool(name, 1, owned);
    }

    private static ExecutorService pool(String name, int threads, List<ExecutorService> owned) {
        ExecutorService s = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        owned.add(s);
        return s;
    }
}
