package dev.gazette.comments;

import dev.gazette.feed.CleanText;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The comments of one feed: an append-only JSON Lines file (DESIGN.md section 6) holding
 * comments, replies, edits and withdrawals, one record a line.
 *
 * <p>Reading never writes: lines that cannot be parsed are skipped and counted, never repaired.
 * Every read method first checks, with one stat, whether the file changed since the last read,
 * so another process's comments show up the next time an article is opened. The journal is
 * indexed by article and byte offset; a {@link Discussion} reads its texts as they are shown.
 * Appending is safe against other Gazette processes on the same file (see {@link JournalWriter}).
 *
 * <p>Every method may touch the file: call them from a worker thread, never the UI thread.
 * Thread-safe: the index is guarded by this instance's monitor, held while indexing but never
 * while a line is written and synced; the cross-process file lock is taken only to append.
 */
public final class CommentJournal {

    private final Path file;
    private final JournalLoader loader;
    private final JournalTexts texts;
    /** The last discussions built, reused (with their cached texts) while the journal is unchanged. */
    private final Map<String, Discussion> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Discussion> eldest) {
            return size() > 8;
        }
    };
    private long recentVersion = -1;

    public CommentJournal(Path file) {
        this.file = Objects.requireNonNull(file, "file");
        this.loader = new JournalLoader(file);
        this.texts = new JournalTexts(file);
    }

    /**
     * {@code --author} if given, else $GAZETTE_AUTHOR, else $USER, else "anonymous". Each is
     * cleaned here, where it enters ({@link CommentCodec#cleanName}), so no control character
     * reaches the journal or the screen; one that is blank once cleaned counts as not given.
     */
    public static String defaultAuthor(String cliAuthor, Map<String, String> env) {
        Map<String, String> e = env == null ? Map.of() : env;
        for (String candidate : new String[] {cliAuthor, e.get("GAZETTE_AUTHOR"), e.get("USER")}) {
            String name = CommentCodec.cleanName(candidate);
            if (!name.isEmpty()) return name;
        }
        return CommentCodec.ANONYMOUS;
    }

    public Path file() {
        return file;
    }

    /** For tests: the loader, to watch what happens while it reads. */
    JournalLoader loader() {
        return loader;
    }

    /**
     * The article's discussion as it is in the file now: rows in display order, texts read as
     * they are asked for. Indexing the whole journal the first time takes a moment on a large
     * one (about a second at a million comments); after that, a stat and the new lines. While
     * the journal is unchanged the same instance comes back, with the texts it has read.
     */
    public synchronized Discussion discussion(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        loader.refreshIfChanged();
        JournalIndex index = loader.index();
        if (index.version() != recentVersion) {
            recent.clear();
            recentVersion = index.version();
        }
        return recent.computeIfAbsent(articleId, id -> index.discussion(id, texts));
    }

    /** Comments of the article that are not withdrawn; 0 when none. One stat and one lookup. */
    public synchronized int commentCount(String articleId) {
        loader.refreshIfChanged();
        return loader.index().commentCount(articleId);
    }

    /**
     * {@link #commentCount} of every article that has comments: what the headline list shows,
     * taken on a worker and handed to the UI as one immutable map.
     */
    public synchronized Map<String, Integer> commentCounts() {
        loader.refreshIfChanged();
        return loader.index().commentCounts();
    }

    /**
     * The article's comments in display order, each with the text it shows now (withdrawn:
     * "[deleted]"). Reads every text: meant for small discussions and tests.
     *
     * @deprecated use {@link #discussion(String)}, which reads texts as rows come into view
     */
    @Deprecated
    public List<Comment> commentsFor(String articleId) {
        Discussion d = discussion(articleId);
        d.prefetch(0, d.size());
        List<Comment> out = new ArrayList<>(d.size());
        for (int i = 0; i < d.size(); i++) {
            DiscussionRow r = d.row(i);
            out.add(new Comment(r.id(), articleId, r.author(), r.date(), d.text(i), r.parentId()));
        }
        return List.copyOf(out);
    }

    /** Lines skipped because they could not be parsed (garbage, a torn last line, a hand edit). */
    public synchronized int unreadableLines() {
        loader.refreshIfChanged();
        return loader.unreadableLines();
    }

    /** Edits and withdrawals written by someone other than the comment's author, ignored. */
    public synchronized int ignoredChanges() {
        loader.refreshIfChanged();
        return loader.index().foreignChanges();
    }

    /** Why the journal could not be read (one line for the status bar), or null when it could. */
    public synchronized String readProblem() {
        loader.refreshIfChanged();
        return loader.problem();
    }

    /**
     * Writes a new top-level comment and forces it to disk; when this returns, it is saved and
     * part of the next {@link #discussion}. On failure the file is left as it was and the
     * message says why in one line; the caller keeps the draft.
     *
     * @param author null or blank is stored as "anonymous"
     * @return the comment as the view shows it (cleaned)
     * @throws JournalException when the text is empty or the file cannot be written
     */
    public Comment append(String articleId, String author, String text) throws JournalException {
        return post(articleId, null, author, text);
    }

    /**
     * Writes a reply to comment {@code parentId} of the article, as {@link #append} does.
     *
     * @throws JournalException also when the parent is not a comment of this article
     */
    public Comment reply(String articleId, String parentId, String author, String text) throws JournalException {
        Objects.requireNonNull(parentId, "parentId");
        synchronized (this) {
            loader.refreshIfChanged();
            JournalIndex index = loader.index();
            if (!index.isComment(parentId) || !articleId.equals(index.articleOf(parentId))) {
                throw new JournalException("cannot reply: that comment is no longer in the journal");
            }
        }
        return post(articleId, parentId, author, text);
    }

    /**
     * Replaces the text of one's own comment by appending an edit line; the old line stays.
     *
     * @throws JournalException when the text is empty, the comment is not in the journal, is
     *                          another author's or withdrawn, or the file cannot be written
     */
    public JournalRecord.Edit edit(String commentId, String author, String text) throws JournalException {
        requireText(text);
        checkOwnComment(commentId, author, "edit");
        JournalRecord.Edit e = new JournalRecord.Edit(UUID.randomUUID().toString(), commentId,
                CommentCodec.storedAuthor(author), now(), text);
        JournalRecord.Edit shown = new JournalRecord.Edit(e.id(), commentId, CommentCodec.shownAuthor(author),
                e.date(), CleanText.multiline(text));
        write(e, shown);
        return shown;
    }

    /**
     * Withdraws one's own comment by appending a withdrawal line; it shows as "[deleted]",
     * its replies stay.
     *
     * @throws JournalException when the comment is not in the journal, is another author's or
     *                          already withdrawn, or the file cannot be written
     */
    public JournalRecord.Withdrawal withdraw(String commentId, String author) throws JournalException {
        checkOwnComment(commentId, author, "withdraw");
        JournalRecord.Withdrawal w = new JournalRecord.Withdrawal(UUID.randomUUID().toString(), commentId,
                CommentCodec.storedAuthor(author), now());
        JournalRecord.Withdrawal shown = new JournalRecord.Withdrawal(w.id(), commentId,
                CommentCodec.shownAuthor(author), w.date());
        try {
            write(w, shown);
        } catch (JournalException e) {
            // "cannot withdraw the comment: disk full", not a comment that could not be saved.
            String m = e.getMessage();
            if (!m.startsWith(IoMessages.SAVE)) throw e;
            throw new JournalException(IoMessages.WITHDRAW + m.substring(IoMessages.SAVE.length()), e);
        }
        return shown;
    }

    private Comment post(String articleId, String parentId, String author, String text) throws JournalException {
        requireText(text);
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("a comment needs an article id");
        }
        Comment c = new Comment(UUID.randomUUID().toString(), articleId, CommentCodec.storedAuthor(author), now(),
                text, parentId);
        Comment shown = new Comment(c.id(), articleId, CommentCodec.shownAuthor(author), c.date(),
                CleanText.multiline(text), parentId);
        write(new JournalRecord.Posted(c), new JournalRecord.Posted(shown));
        return shown;
    }

    /**
     * Appends the line outside this monitor (readers are not held up by the sync), then reads
     * the tail. Should that read fail, the record is put in the index by hand from the offset
     * the writer reports; the dedupe by id keeps it single when the file is read again.
     */
    private void write(JournalRecord written, JournalRecord shown) throws JournalException {
        String line = CommentCodec.encode(written);
        long at = JournalWriter.append(file, line);
        synchronized (this) {
            loader.refreshIfChanged();
            JournalIndex index = loader.index();
            if (!index.contains(shown.id())) {
                index.add(CommentCodec.headOf(shown), at, line.getBytes(StandardCharsets.UTF_8).length);
            }
        }
    }

    /** Checks that the comment is there, the author's, and not withdrawn. */
    private synchronized void checkOwnComment(String commentId, String author, String verb) throws JournalException {
        Objects.requireNonNull(commentId, "commentId");
        loader.refreshIfChanged();
        JournalIndex index = loader.index();
        if (!index.isComment(commentId)) {
            throw JournalException.targetGone("cannot " + verb + ": that comment is no longer in the journal");
        }
        String owner = index.authorOf(commentId);
        if (!CommentCodec.shownAuthor(author).equals(owner)) {
            throw new JournalException("cannot " + verb + ": only " + owner + " can " + verb + " this comment");
        }
        if (index.isWithdrawn(commentId)) {
            throw JournalException.targetGone("cannot " + verb + ": the comment was already withdrawn");
        }
    }

    private static void requireText(String text) throws JournalException {
        if (text == null || text.isBlank()) {
            throw new JournalException("nothing to save: the comment is empty");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
