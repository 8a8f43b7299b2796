package dev.gazette.comments;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The comments of one feed: an append-only JSON Lines file, one comment a line (DESIGN.md 6).
 *
 * <p>Reading never writes: lines that cannot be parsed are skipped and counted, never repaired.
 * Every read method first checks, with one stat, whether the file changed since the last read,
 * so another process's comments show up the next time an article is opened. Appending is safe
 * against other Gazette processes on the same file (see {@link JournalWriter}).
 *
 * <p>Thread-safe: methods are synchronized per instance, and instances on the same file share a
 * JVM-wide lock for the file.
 */
public final class CommentJournal {

    private final Path file;
    private final JournalLoader loader;

    public CommentJournal(Path file) {
        this.file = Objects.requireNonNull(file, "file");
        this.loader = new JournalLoader(file);
    }

    /** {@code --author} if given, else $GAZETTE_AUTHOR, else $USER, else "anonymous"; blanks skipped. */
    public static String defaultAuthor(String cliAuthor, Map<String, String> env) {
        Map<String, String> e = env == null ? Map.of() : env;
        for (String candidate : new String[] {cliAuthor, e.get("GAZETTE_AUTHOR"), e.get("USER")}) {
            if (candidate != null && !candidate.isBlank()) return candidate.strip();
        }
        return CommentCodec.ANONYMOUS;
    }

    public Path file() {
        return file;
    }

    /** The article's comments in file order; empty when there are none or the journal is unreadable. */
    public synchronized List<Comment> commentsFor(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        loader.refreshIfChanged();
        return loader.index().commentsFor(articleId);
    }

    /** Lines skipped because they could not be parsed (garbage, a torn last line, a hand edit). */
    public synchronized int unreadableLines() {
        loader.refreshIfChanged();
        return loader.unreadableLines();
    }

    /** Why the journal could not be read (one line for the status bar), or null when it could. */
    public synchronized String readProblem() {
        loader.refreshIfChanged();
        return loader.problem();
    }

    /**
     * Writes a new comment and forces it to disk; when this returns, it is saved and already
     * part of {@link #commentsFor}. On failure the file is left as it was and the message says
     * why in one line; the caller keeps the draft.
     *
     * @param author null or blank is stored as "anonymous"
     * @throws JournalException when the text is empty or the file cannot be written
     */
    public synchronized Comment append(String articleId, String author, String text) throws JournalException {
        if (text == null || text.isBlank()) {
            throw new JournalException("nothing to save: the comment is empty");
        }
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("a comment needs an article id");
        }
        String by = author == null || author.isBlank() ? CommentCodec.ANONYMOUS : author;
        Comment c = new Comment(UUID.randomUUID().toString(), articleId, by,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), text);
        JournalWriter.append(file, CommentCodec.encode(c));
        // Read the tail now rather than inserting c by hand: lines other processes appended
        // before ours come in first, so the index stays in file order and the offset stays
        // exact. Should that read fail, c is still shown; the dedupe by id keeps it single
        // when the file is read again.
        loader.refreshIfChanged();
        loader.index().add(c);
        return c;
    }
}
