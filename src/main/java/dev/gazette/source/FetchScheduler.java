package dev.gazette.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs tasks with at most {@code maxTotal} at once and at most {@code maxPerHost} for any
 * one host, in the order given otherwise. It counts slots itself, like a semaphore per host
 * and one for all, but never parks a thread on a full host: a task for a busy host waits
 * in the queue while tasks for other hosts go ahead.
 */
final class FetchScheduler {
    private final int maxTotal;
    private final int maxPerHost;
    private final Executor executor;
    private final Deque<Pending<?>> queue = new ArrayDeque<>();
    private final Map<String, Integer> runningPerHost = new HashMap<>();
    private int running;

    private record Pending<T>(String host, Supplier<T> task, CompletableFuture<T> result) { }

    FetchScheduler(int maxTotal, int maxPerHost, Executor executor) {
        this.maxTotal = maxTotal;
        this.maxPerHost = maxPerHost;
        this.executor = executor;
    }

    <T> CompletableFuture<T> submit(String host, Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        synchronized (this) {
            queue.add(new Pending<>(host, task, result));
        }
        dispatch();
        return result;
    }

    private void dispatch() {
        while (true) {
            Pending<?> next = null;
            synchronized (this) {
                if (running >= maxTotal) return;
                for (Iterator<Pending<?>> it = queue.iterator(); it.hasNext(); ) {
                    Pending<?> p = it.next();
                    if (runningPerHost.getOrDefault(p.host(), 0) < maxPerHost) {
                        it.remove();
                        next = p;
                        break;
                    }
                }
                if (next == null) return;
                running++;
                runningPerHost.merge(next.host(), 1, Integer::sum);
            }
            start(next);
        }
    }

    private <T> void start(Pending<T> p) {
        try {
            executor.execute(() -> {
                try {
                    p.result().complete(p.task().get());
                } catch (RuntimeException | Error e) {
                    p.result().completeExceptionally(e);
                } finally {
                    finished(p.host());
                }
            });
        } catch (RuntimeException e) {
            // The executor refused (shut down): the task will never run, so say so and free its slot.
            p.result().completeExceptionally(e);
            finished(p.host());
        }
    }

    private void finished(String host) {
        synchronized (this) {
            running--;
            runningPerHost.computeIfPresent(host, (h, n) -> n == 1 ? null : n - 1);
        }
        dispatch();
    }
}
