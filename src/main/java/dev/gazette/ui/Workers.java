package dev.gazette.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
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
    /**
     * Loads that may wait on the network, each feed's at most one at a time: a thread for each
     * as long as they wait, up to this many. The Refresher limits the fetches themselves (8 at
     * once, 2 per server); these threads only wait for them, so four slow URLs on one server
     * no longer hold up a file's load or another server's fetch.
     */
    private static final int NETWORK_LOAD_THREADS = 256;

    final Executor loads;
    final Executor networkLoads;
    final Executor articles;
    final Executor journal;
    final Executor marks;
    final Executor browser;
    /** Runs a task on the marks worker after a delay (at once in {@link #direct}). */
    final Delayed marksLater;
    private final List<ExecutorService> owned;
    /** The workers that write the user's files (comments, read marks, drafts): waited for at the end. */
    private final List<ExecutorService> writers;

    /** A task to run later, on the worker it names. */
    @FunctionalInterface
    interface Delayed {
        void run(Runnable task, long millis);
    }

    private Workers(Executor loads, Executor networkLoads, Executor articles, Executor journal, Executor marks,
                    Executor browser, Delayed marksLater, List<ExecutorService> owned, List<ExecutorService> writers) {
        this.loads = loads;
        this.networkLoads = networkLoads;
        this.articles = articles;
        this.journal = journal;
        this.marks = marks;
        this.browser = browser;
        this.marksLater = marksLater;
        this.owned = owned;
        this.writers = writers;
    }

    /** One daemon thread per kind of work. */
    public static Workers threads() {
        List<ExecutorService> owned = new ArrayList<>();
        ScheduledExecutorService marks = Executors.newSingleThreadScheduledExecutor(daemon("gazette-marks"));
        owned.add(marks);
        ExecutorService journal = single("gazette-journal", owned);
        // Up to that many threads, then a queue; idle ones end after 30 s.
        ThreadPoolExecutor network = new ThreadPoolExecutor(NETWORK_LOAD_THREADS, NETWORK_LOAD_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemon("gazette-load-url"));
        network.allowCoreThreadTimeOut(true);
        owned.add(network);
        return new Workers(pool("gazette-load", LOAD_THREADS, owned), network, single("gazette-article", owned),
                journal, marks, single("gazette-browser", owned),
                (task, millis) -> marks.schedule(task, millis, TimeUnit.MILLISECONDS), owned, List.of(journal, marks));
    }

    /** Everything on the caller's thread, at once: deterministic, for tests. */
    public static Workers direct() {
        Executor now = Runnable::run;
        return new Workers(now, now, now, now, now, now, (task, millis) -> task.run(), List.of(), List.of());
    }

    /** Everything at once on the caller's thread except loads, which go to {@code loads}: for tests that play the loader. */
    public static Workers direct(Executor loads) {
        Executor now = Runnable::run;
        return new Workers(loads, loads, now, now, now, now, (task, millis) -> task.run(), List.of(), List.of());
    }

    /**
     * Lets the writing of the user's files (comments, read marks, drafts) finish for up to
     * {@code millis}; loads, fetches and article renders are stopped at once: nothing of
     * theirs is lost (a fetched copy is written whole or not at all), and a fetch from a
     * server that does not answer held the exit for seconds.
     */
    public void finish(long millis) {
        for (ExecutorService s : owned) {
            if (writers.contains(s)) s.shutdown();
            else s.shutdownNow();
        }
        long deadline = System.currentTimeMillis() + millis;
        for (ExecutorService s : writers) {
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
        ExecutorService s = Executors.newFixedThreadPool(threads, daemon(name));
        owned.add(s);
        return s;
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
