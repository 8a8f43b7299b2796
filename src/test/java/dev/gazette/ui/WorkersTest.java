package dev.gazette.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WorkersTest {
    @Test
    void finishingWaitsForTheWritersAndStopsALoadThatHangs() throws Exception {
        Workers workers = Workers.threads();
        CountDownLatch loadStarted = new CountDownLatch(1);
        CountDownLatch writeStarted = new CountDownLatch(1);
        CountDownLatch writeMayEnd = new CountDownLatch(1);
        AtomicBoolean loadInterrupted = new AtomicBoolean();
        AtomicBoolean written = new AtomicBoolean();
        workers.loads.execute(() -> {
            loadStarted.countDown();
            try {
                new CountDownLatch(1).await();   // a fetch from a server that never answers
            } catch (InterruptedException e) {
                loadInterrupted.set(true);
            }
        });
        workers.journal.execute(() -> {
            writeStarted.countDown();
            try {
                writeMayEnd.await();
                written.set(true);   // a comment reaching the disk
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(loadStarted.await(10, TimeUnit.SECONDS));
        assertTrue(writeStarted.await(10, TimeUnit.SECONDS));
        Thread finishing = new Thread(() -> workers.finish(60_000));
        finishing.start();
        waitUntil(loadInterrupted::get);
        assertTrue(finishing.isAlive(), "the comment is still being written: finish waits for it");
        writeMayEnd.countDown();
        finishing.join(10_000);
        assertTrue(!finishing.isAlive() && written.get(), "finish returned once the comment was written");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("condition not met within 10 s");
            Thread.sleep(5);
        }
    }
}
