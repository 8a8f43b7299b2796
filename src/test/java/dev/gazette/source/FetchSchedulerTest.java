package dev.gazette.source;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The limits on fetches at once, driven by hand: tasks start only when run from the queue below. */
class FetchSchedulerTest {
    /** An executor that only queues; the test runs each task when it chooses. */
    static final class ByHand implements Executor {
        final Deque<Runnable> queued = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            queued.add(r);
        }

        void runOne() {
            queued.poll().run();
        }
    }

    @Test
    void aBusyHostWaitsWhileOtherHostsGoAhead() {
        ByHand executor = new ByHand();
        FetchScheduler scheduler = new FetchScheduler(3, 2, executor);
        List<String> ran = new ArrayList<>();
        for (String name : List.of("a1", "a2", "a3", "b1", "c1")) {
            scheduler.submit(name.substring(0, 1), () -> ran.add(name));
        }
        assertEquals(3, executor.queued.size(), "three at once in all");
        executor.runOne();
        executor.runOne();
        executor.runOne();
        assertEquals(List.of("a1", "a2", "b1"), ran, "a3 waited for a slot on host a; b1 went ahead");
        assertEquals(2, executor.queued.size());
        executor.runOne();
        executor.runOne();
        assertEquals(List.of("a1", "a2", "b1", "a3", "c1"), ran);
        assertEquals(0, executor.queued.size());
    }

    @Test
    void aTaskThatThrowsFreesItsSlotAndFailsItsFuture() {
        ByHand executor = new ByHand();
        FetchScheduler scheduler = new FetchScheduler(1, 1, executor);
        var failing = scheduler.<String>submit("a", () -> {
            throw new IllegalStateException("boom");
        });
        var next = scheduler.submit("a", () -> "ok");
        executor.runOne();
        assertEquals(true, failing.isCompletedExceptionally());
        executor.runOne();
        assertEquals("ok", next.join());
    }
}
