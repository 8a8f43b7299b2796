package dev.gazette.ui;

import dev.gazette.comments.Draft;
import dev.gazette.comments.DraftStore;
import dev.gazette.comments.JournalException;

import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One feed's unsent drafts on their worker: each change goes into the {@link DraftStore} at
 * once (memory only), and the file is written a moment later ({@link #BATCH_MS}), once for a
 * burst of typing. {@link #flushAtQuit} writes at once: on quit, Ctrl-C and hangup.
 */
final class DraftSaver {
    static final long BATCH_MS = 1000;

    private final int source;
    private final DraftStore store;
    private final Executor worker;
    private final Workers.Delayed later;
    private final AtomicBoolean queued = new AtomicBoolean();

    /** @param store null when drafts are not kept on disk (tests, benchmarks) */
    DraftSaver(int source, DraftStore store, Executor worker, Workers.Delayed later) {
        this.source = source;
        this.store = store;
        this.worker = worker;
        this.later = later;
    }

    void load(Consumer<Event> post) {
        worker.execute(() -> {
            if (store == null) {
                post.accept(new Event.DraftsLoaded(source, Map.of(), null));
                return;
            }
            post.accept(new Event.DraftsLoaded(source, store.all(), store.warning()));
        });
    }

    /** Keeps (or, for null, forgets) the article's draft; the file follows within {@link #BATCH_MS}. */
    void put(String articleId, Draft draft, Consumer<Event> post) {
        if (store == null) return;
        worker.execute(() -> {
            if (draft == null) store.remove(articleId);
            else store.put(articleId, draft);
        });
        if (queued.compareAndSet(false, true)) later.run(() -> write(post), BATCH_MS);
    }

    /**
     * Gazette is quitting: writes what is unsaved now (queued behind the changes already
     * given), and the drafts typed here again if another Gazette removed them meanwhile
     * ({@link DraftStore#reclaim}).
     */
    void flushAtQuit(Consumer<Event> post) {
        if (store == null) return;
        try {
            worker.execute(() -> {
                store.reclaim();
                write(post);
            });
        } catch (RejectedExecutionException e) {
            // the workers are finished: an earlier flush wrote everything
        }
    }

    private void write(Consumer<Event> post) {
        queued.set(false);
        try {
            String blocked = store.save();
            if (blocked != null) post.accept(new Event.Status(blocked));
        } catch (JournalException e) {
            // Kept first, the reason last: a status too long for its row keeps its start and its end.
            post.accept(new Event.Status("Draft kept, not saved: " + e.getMessage()));
        }
    }
}
