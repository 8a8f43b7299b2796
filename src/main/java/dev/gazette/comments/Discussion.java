package dev.gazette.comments;

import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discussion of one article, resolved from its journal records: a tree of comments
 * (replies under their parent), each with its latest text and whether it was edited or
 * withdrawn, flattened into display rows with a depth.
 *
 * <p>Rules (DESIGN.md section 6):
 * <ul>
 * <li>Order: by date, ties and missing dates by file order. A line without a readable date
 *     sorts with the dated line before it in the file (or first, if none), so a hand-written
 *     line stays where it was written and a union merge of two writers reads in date order.
 * <li>A reply shows under its parent, siblings in that order; a reply whose parent is not a
 *     comment of this article (unknown, or another article's), or that names itself, shows at
 *     top level. A cycle of parents (only a hand edit makes one) is broken at its earliest
 *     comment, shown at top level after the rest; every comment shows exactly once.
 * <li>An edit or withdrawal takes effect only when its author is the comment's author; others
 *     are ignored and counted ({@link #ignoredChanges()}). The latest edit (in the order above)
 *     gives the text. A withdrawn comment stays as a row, text "[deleted]", its replies kept.
 * </ul>
 *
 * <p>Rows hold no text: {@link #text(int)} reads it from the journal when a row scrolls into
 * view, through a small cache, so an article with a million comments costs tens of bytes per
 * comment. Immutable apart from that cache; safe to share between threads. {@link #text} and
 * {@link #prefetch} may read the file (run them on a worker); {@link #cachedText} never does.
 */
public final class Discussion {

    /** What {@link #text(int)} gives for a withdrawn comment. */
    public static final String DELETED_TEXT = "[deleted]";

    private static final int CACHE_SIZE = 2_048;

    private final String articleId;
    private final byte[] kind;
    private final String[] author;
    private final long[] date;
    private final long[] offset;
    private final int[] length;
    private final IdList ids;
    private final TextSource texts;

    private final int[] latestEdit;   // per comment: the edit whose text shows, or -1
    private final BitSet deleted;     // comments withdrawn by their author
    private final int[] rowRecord;    // per row: the comment's position among the records
    private final int[] rowDepth;
    private final int[] rowParent;    // per row: the parent's record position, -1 at top level
    private final int ignored;
    private final Map<Integer, String> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** The records of one article in file order; filled by {@link JournalIndex}. */
    static final class Input {
        final String articleId;
        final int n;
        final byte[] kind;
        final int[] ref;          // position of the parent or target among these records, -1 if none
        final String[] author;
        final long[] date;        // epoch millis or JournalIndex.NO_DATE
        final long[] offset;
        final int[] length;
        final IdList ids;
        final TextSource texts;

        Input(String articleId, int n, TextSource texts) {
            this.articleId = articleId;
            this.n = n;
            this.kind = new byte[n];
            this.ref = new int[n];
            this.author = new String[n];
            this.date = new long[n];
            this.offset = new long[n];
            this.length = new int[n];
            this.ids = new IdList(n);
            this.texts = texts;
        }
    }

    Discussion(Input in) {
        int n = in.n;
        articleId = in.articleId;
        kind = in.kind;
        author = in.author;
        date = in.date;
        offset = in.offset;
        length = in.length;
        ids = in.ids;
        texts = in.texts;

        int[] order = DiscussionTree.dateOrder(in.date, n);
        latestEdit = new int[n];
        Arrays.fill(latestEdit, -1);
        deleted = new BitSet(n);
        int foreign = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (kind[i] == JournalIndex.COMMENT) continue;
            int t = in.ref[i];
            if (t < 0 || kind[t] != JournalIndex.COMMENT) continue; // changes nothing shown here
            if (!author[i].equals(author[t])) {
                foreign++;
            } else if (kind[i] == JournalIndex.EDIT) {
                latestEdit[t] = i;
            } else {
                deleted.set(t);
            }
        }
        ignored = foreign;

        DiscussionTree tree = new DiscussionTree(in, order);
        rowRecord = tree.rowRecord;
        rowDepth = tree.rowDepth;
        rowParent = tree.rowParent;
    }

    /**
     * A discussion built from records in memory (tests, previews): the records of
     * {@code articleId} in the given order stand for the file order.
     */
    public static Discussion of(String articleId, List<? extends JournalRecord> records) {
        JournalIndex index = new JournalIndex();
        String[] byPosition = new String[records.size()];
        for (int i = 0; i < records.size(); i++) {
            JournalRecord r = records.get(i);
            index.add(CommentCodec.headOf(r), i, 0);
            if (r instanceof JournalRecord.Posted p) byPosition[i] = p.comment().text();
            else if (r instanceof JournalRecord.Edit e) byPosition[i] = e.text();
        }
        TextSource memory = (offsets, lengths, wanted) -> {
            String[] out = new String[offsets.length];
            for (int k = 0; k < offsets.length; k++) out[k] = byPosition[(int) offsets[k]];
            return out;
        };
        return index.discussion(articleId, memory);
    }

    public String articleId() {
        return articleId;
    }

    /** Number of rows: every comment of the article, withdrawn ones included. */
    public int size() {
        return rowRecord.length;
    }

    /** Comments not withdrawn (what the headline list counts). */
    public int commentCount() {
        return rowRecord.length - deleted.cardinality();
    }

    /** Edits and withdrawals of this article's comments by someone other than their author. */
    public int ignoredChanges() {
        return ignored;
    }

    /** Row {@code i} (0 = first shown), without its text. */
    public DiscussionRow row(int i) {
        int r = rowRecord[i];
        int edit = latestEdit[r];
        boolean isDeleted = deleted.get(r);
        boolean edited = edit >= 0 && !isDeleted;
        return new DiscussionRow(ids.get(r), rowParent[i] < 0 ? null : ids.get(rowParent[i]), author[r],
                instant(date[r]), edited ? instant(date[edit]) : null, rowDepth[i], edited, isDeleted);
    }

    /** The row showing comment {@code commentId}, or -1: to reveal a comment just written. */
    public int rowOf(String commentId) {
        int r = ids.indexOf(commentId);
        if (r < 0) return -1;
        for (int i = 0; i < rowRecord.length; i++) {
            if (rowRecord[i] == r) return i;
        }
        return -1;
    }

    /**
     * The text row {@code i} shows: the latest edit's text, or the comment's own, or
     * {@link #DELETED_TEXT}; cleaned, line breaks as '\n'. May read the journal file.
     */
    public String text(int i) {
        String cached = cachedText(i);
        if (cached != null) return cached;
        prefetch(i, i + 1);
        String read = cachedText(i);
        return read != null ? read : JournalTexts.UNAVAILABLE;
    }

    /** The text of row {@code i} if it is at hand, else null; never reads the file. */
    public String cachedText(int i) {
        int r = rowRecord[i];
        if (deleted.get(r)) return DELETED_TEXT;
        synchronized (cache) {
            return cache.get(textRecord(r));
        }
    }

    /** Reads the texts of rows [from, to) that are not at hand, in one pass over the file. */
    public void prefetch(int from, int to) {
        int lo = Math.max(0, from), hi = Math.min(to, rowRecord.length);
        int[] want = new int[Math.max(0, hi - lo)];
        int n = 0;
        synchronized (cache) {
            for (int i = lo; i < hi; i++) {
                int r = rowRecord[i];
                if (deleted.get(r)) continue;
                int t = textRecord(r);
                if (!cache.containsKey(t)) want[n++] = t;
            }
        }
        if (n == 0) return;
        long[] offs = new long[n];
        int[] lens = new int[n];
        String[] wantIds = new String[n];
        for (int k = 0; k < n; k++) {
            offs[k] = offset[want[k]];
            lens[k] = length[want[k]];
            wantIds[k] = ids.get(want[k]);
        }
        String[] got = texts.texts(offs, lens, wantIds);
        synchronized (cache) {
            for (int k = 0; k < n; k++) cache.put(want[k], got[k]);
        }
    }

    private int textRecord(int r) {
        return latestEdit[r] >= 0 ? latestEdit[r] : r;
    }

    private static Instant instant(long millis) {
        return millis == JournalIndex.NO_DATE ? null : Instant.ofEpochMilli(millis);
    }
}
