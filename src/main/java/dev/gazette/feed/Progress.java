package dev.gazette.feed;

import java.util.function.LongSupplier;

/**
 * Reports a load's progress to a {@link LoadListener} every {@value #EVERY_ITEMS} items
 * or {@value #EVERY_BYTES} bytes (whichever comes first, so a file of few huge items
 * still moves the bar), and keeps the cost per item to two comparisons.
 */
public final class Progress {
    static final int EVERY_ITEMS = 1000;
    static final long EVERY_BYTES = 4L << 20;

    private final LoadListener listener;
    private final LongSupplier bytesRead;
    private final long totalBytes;
    private int lastItems;
    private long lastBytes;

    Progress(LoadListener listener, LongSupplier bytesRead, long totalBytes) {
        this.listener = listener;
        this.bytesRead = bytesRead;
        this.totalBytes = totalBytes;
    }

    /** An item was read (or skipped); items is the count so far. */
    public void item(int items) {
        long bytes = bytesRead.getAsLong();
        if (items - lastItems >= EVERY_ITEMS || bytes - lastBytes >= EVERY_BYTES) report(items, bytes);
    }

    /** The whole file was read. */
    public void done(int items) {
        report(items, bytesRead.getAsLong());
    }

    private void report(int items, long bytes) {
        lastItems = items;
        lastBytes = bytes;
        listener.progress(bytes, totalBytes, items);
    }
}
