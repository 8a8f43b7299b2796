package dev.gazette.comments;

import dev.gazette.files.DamagedFiles;
import dev.gazette.files.StaleFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Unsent comments, one per article, kept in {@code NAME.drafts.json} beside the journal
 * (DESIGN.md section 6), so that nothing typed is lost to a quit, a crash or a hangup:
 *
 * <pre>
 * {"&lt;article id&gt;": {"text": "half a thought"},
 *  "&lt;article id&gt;": {"text": "I agree", "parent": "&lt;comment id&gt;"},
 *  "&lt;article id&gt;": {"text": "corrected", "edits": "&lt;comment id&gt;"}}
 * </pre>
 *
 * <p>Read once when constructed. {@link #put} and {@link #remove} change memory only;
 * {@link #save} (on a worker thread) writes what changed, atomically: a temporary file beside
 * it, synced, renamed over the old one. Saving merges with the file as it is on disk, so two
 * Gazette processes on one feed keep each other's drafts (a save that races another one in
 * the same instant can still lose the other's latest change). On one article, a draft another
 * process wrote since this one last looked is never replaced nor removed: a sent comment
 * removes only this process's own draft, and a draft of this one that would replace another's
 * stays unsaved ({@link #unsaved}, printed at quit) until that one is gone. A damaged file reads as no
 * drafts with a {@link #warning()}, and is not overwritten until a draft changes. Temporary
 * files left by a kill during a save are removed when the store is opened.
 *
 * <p>Thread-safe.
 */
public final class DraftStore {

    /** Temporary files older than this are leftovers of a killed save, not one in progress. */
    static final Duration STALE_TEMP = Duration.ofMinutes(1);

    private final Path file;
    private final Object saveLock = new Object();
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Map<String, Optional<Draft>> changed = new HashMap<>(); // empty Optional: removed
    /** Each article's draft as this process read it from the file when opened, or last wrote it there. */
    private final Map<String, Draft> known = new HashMap<>();
    /** The drafts typed in this process and neither sent nor emptied since: {@link #reclaim} keeps them. */
    private final Map<String, Draft> typed = new HashMap<>();
    private String warning;

    /** Opens the store at {@code file}, reading it if it exists; never throws for a bad file. */
    public DraftStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
        StaleFiles.remove(file, STALE_TEMP.toMillis());
        Map<String, Draft> read;
        try {
            read = DraftsFile.read(file);
        } catch (DraftsFile.Damaged e) {
            read = Map.of();
            warning = file.getFileName() + " " + e.getMessage()
                    + "; starting without drafts (" + (Files.isRegularFile(file)
                    ? "a copy is kept)"     // NAME.damaged, by DamagedFiles before a save replaces it
                    : "it is replaced when a draft changes)");
        }
        drafts.putAll(read);
        known.putAll(read);
    }

    public Path file() {
        return file;
    }

    /** One line for the status bar when the file was damaged, else null. */
    public synchronized String warning() {
        return warning;
    }

    /** The article's draft, or null. */
    public synchronized Draft get(String articleId) {
        return drafts.get(articleId);
    }

    /** Every draft, as an immutable snapshot. */
    public synchronized Map<String, Draft> all() {
        return Map.copyOf(drafts);
    }

    /** Keeps the article's draft (a blank text removes it: nothing worth keeping). */
    public synchronized void put(String articleId, Draft draft) {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(draft, "draft");
        if (draft.text().isBlank()) {
            remove(articleId);
            return;
        }
        if (draft.equals(drafts.get(articleId))) return;
        drafts.put(articleId, draft);
        changed.put(articleId, Optional.of(draft));
        typed.put(articleId, draft);
    }

    /** Keeps a top-level comment draft for the article. */
    public void put(String articleId, String text) {
        put(articleId, Draft.comment(text));
    }

    /** Forgets the article's draft (it was sent, or emptied). */
    public synchronized void remove(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        if (drafts.remove(articleId) != null || changed.containsKey(articleId)) {
            changed.put(articleId, Optional.empty());
        }
        typed.remove(articleId);
    }

    /**
     * Before the last save (at quit): the drafts typed here count as unsaved again, so that
     * one another Gazette removed or replaced meanwhile (it sent the draft it found in the
     * file, or wrote over it) is written back where the file has none, or else is left
     * unsaved, for {@link #unsaved} to hand on. One the file still holds costs nothing.
     */
    public synchronized void reclaim() {
        typed.forEach((article, draft) -> {
            if (changed.containsKey(article)) return;
            drafts.put(article, draft);
            changed.put(article, Optional.of(draft));
        });
    }

    /** The drafts typed or changed since the last save that wrote them (none after a good save). */
    public synchronized Map<String, Draft> unsaved() {
        Map<String, Draft> out = new LinkedHashMap<>();
        for (Map.Entry<String, Draft> d : drafts.entrySet()) {
            if (changed.containsKey(d.getKey())) out.put(d.getKey(), d.getValue());
        }
        return out;
    }

    /** True when there are changes {@link #save} would write. */
    public synchronized boolean hasUnsavedChanges() {
        return !changed.isEmpty();
    }

    /**
     * Writes the changes since the last save, merged into the file as it is now; does nothing
     * when nothing changed. Call from a worker thread.
     *
     * @return null, or one line when a draft stays unsaved because another Gazette wrote one
     *         on the same article meanwhile (the next save tries it again)
     * @throws JournalException with a one-line message ("cannot save drafts: disk full"); the
     *                          drafts stay in memory and the next save tries again
     */
    public String save() throws JournalException {
        synchronized (saveLock) {
            Map<String, Optional<Draft>> mine;
            Map<String, Draft> inMemory;
            Map<String, Draft> lastSeen;
            synchronized (this) {
                if (changed.isEmpty()) return null;
                mine = new HashMap<>(changed);
                inMemory = new LinkedHashMap<>(drafts);
                lastSeen = new HashMap<>(known);
            }
            Map<String, Draft> onDisk;
            Map<String, Draft> before = Map.of();
            boolean damaged = false;
            try {
                onDisk = new LinkedHashMap<>(DraftsFile.read(file));
                before = Map.copyOf(onDisk);
            } catch (DraftsFile.Damaged e) {
                onDisk = inMemory; // nothing readable to keep: what this process knows
                damaged = true;
                keepDamaged();
            }
            final Map<String, Draft> merged = onDisk;
            Map<String, Draft> blocked = damaged ? Map.of() : apply(mine, merged, lastSeen);
            try {
                if (damaged || !merged.equals(before)) DraftsFile.write(file, merged);
            } catch (IOException e) {
                throw new JournalException(IoMessages.forDrafts(file, e), e);
            }
            synchronized (this) {
                // What changed while writing stays changed, and so do the drafts another
                // process's draft blocks; the rest now matches the file.
                mine.forEach((k, v) -> {
                    if (!blocked.containsKey(k)) changed.remove(k, v);
                });
                for (Map.Entry<String, Draft> d : merged.entrySet()) {
                    if (!changed.containsKey(d.getKey())) drafts.put(d.getKey(), d.getValue());
                }
                drafts.keySet().removeIf(k -> !merged.containsKey(k) && !changed.containsKey(k));
                // Only what this process wrote counts as seen: another's draft found on the way
                // (left in place, or blocking one of ours) is still someone else's next time.
                mine.forEach((k, v) -> {
                    if (blocked.containsKey(k) || !Objects.equals(merged.get(k), v.orElse(null))) return;
                    if (v.isPresent()) known.put(k, v.get());
                    else known.remove(k);
                });
                warning = null;
            }
            if (blocked.isEmpty()) return null;
            // The other Gazette may have quit since: its draft shows at the next start, and this
            // one is printed at quit if it is still not saved by then.
            return (blocked.size() == 1 ? "Draft not saved: another Gazette saved one here"
                    : blocked.size() + " drafts not saved: another Gazette saved some there") + "; yours is printed at quit";
        }
    }

    /**
     * Applies this process's changes to the file's drafts ({@code to}), except where the file
     * holds a draft that is not the one this process last saw there ({@code lastSeen}): another
     * process wrote it. A removal leaves that one be; a draft of ours that would replace it is
     * returned, blocked.
     */
    private static Map<String, Draft> apply(Map<String, Optional<Draft>> changes, Map<String, Draft> to,
                                            Map<String, Draft> lastSeen) {
        Map<String, Draft> blocked = new HashMap<>();
        for (Map.Entry<String, Optional<Draft>> c : changes.entrySet()) {
            String article = c.getKey();
            Draft there = to.get(article);
            boolean theirs = there != null && !there.equals(lastSeen.get(article)) && !c.getValue().equals(Optional.of(there));
            if (theirs) {
                c.getValue().ifPresent(mine -> blocked.put(article, mine));
            } else if (c.getValue().isPresent()) {
                to.put(article, c.getValue().get());
            } else {
                to.remove(article);
            }
        }
        return blocked;
    }

    /** The damaged file is copied aside before it is replaced: it may hold a long draft. */
    private void keepDamaged() throws JournalException {
        try {
            DamagedFiles.keepCopy(file);
        } catch (IOException e) {
            throw new JournalException(IoMessages.forDrafts(file, e), e);
        }
    }
}
