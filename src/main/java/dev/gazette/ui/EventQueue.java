package dev.gazette.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The one queue every event goes through, from any thread: keys from the reader thread,
 * resizes, and the answers of effects from worker threads. The UI thread takes them in order.
 */
public final class EventQueue {
    private final Deque<Event> events = new ArrayDeque<>();

    public synchronized void post(Event e) {
        events.addLast(e);
        notifyAll();
    }

    /** The next event, or null when none is waiting. */
    public synchronized Event poll() {
        return events.pollFirst();
    }

    /** The next event, waiting up to {@code timeout}; null when none came. */
    public synchronized Event take(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (events.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return null;
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return events.pollFirst();
    }

    /** Waits until an event matching {@code wanted} is queued (it stays queued); false on timeout. */
    public synchronized boolean awaitQueued(Predicate<Event> wanted, long timeout, TimeUnit unit)
            throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (events.stream().noneMatch(wanted)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return false;
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
