package dev.gazette.comments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The journal's records by article, without their texts: per record only its kind, byte offset
 * and length in the file, date, id, author and what it refers to (about 40 bytes, plus its id in
 * the {@link IdTable}). A discussion's texts are read from the file when they are shown.
 *
 * <p>Adding is idempotent by id, for every kind of record: a line offered twice (re-read after
 * an append, or present twice in a journal merged by union) counts once, the first copy wins.
 * Edits and withdrawals name the comment they change, not its article; one read before its
 * comment (lines interleaved by a merge) waits until the comment arrives.
 *
 * <p>Counts per article are kept as records arrive, so {@link #commentCount} is one map lookup
 * for every headline of a large feed. Not thread-safe; {@link CommentJournal} serialises calls.
 */
final class JournalIndex {

    static final long NO_DATE = Long.MIN_VALUE;
    static final byte COMMENT = 0, EDIT = 1, WITHDRAWAL = 2;

    private final IdTable ids = new IdTable();
    private int[] recordOfId = new int[1024];   // by id number: the record with that id, or -1

    private int count;
    private byte[] kind = new byte[1024];
    private long[] offset = new long[1024];
    private int[] length = new int[1024];
    private long[] date = new long[1024];       // epoch millis, NO_DATE when unknown
    private int[] id = new int[1024];           // id number
    private int[] ref = new int[1024];          // id number of parent or target, -1 for none
    private int[] author = new int[1024];       // author number
    private int[] article = new int[1024];      // article number; -1 for a change not attached yet
    private final BitSet withdrawn = new BitSet();

    private final Map<String, Integer> authorNumbers = new HashMap<>();
    private final List<String> authors = new ArrayList<>();
    private final Map<String, Article> articles = new HashMap<>();
    private final List<Article> articleList = new ArrayList<>();
    private final Map<Integer, IntList> waiting = new HashMap<>(); // target id number -> changes
    private int foreignChanges;
    private long version;                       // changes whenever a record is added or all are dropped

    private static final class Article {
        final String id;
        final int number;
        final IntList records = new IntList(4); // comments and the changes attached to them
        int comments;
        int withdrawn;

        Article(String id, int number) {
            this.id = id;
            this.number = number;
        }
    }

    JournalIndex() {
        Arrays.fill(recordOfId, -1);
    }

    /** Records held (comments, edits and withdrawals), duplicates not counted. */
    int size() {
        return count;
    }

    boolean contains(String recordId) {
        int n = ids.find(recordId);
        return n >= 0 && recordOfId[n] >= 0;
    }

    /**
     * Adds one line's record unless a record with its id is already known.
     *
     * @return true if added
     */
    boolean add(CommentCodec.Head h, long lineOffset, int lineLength) {
        int idNumber = ids.intern(h.id(), h.idKey());
        ensureIdCapacity();
        if (recordOfId[idNumber] >= 0) return false;
        version++;
        int r = count++;
        ensureCapacity();
        recordOfId[idNumber] = r;
        offset[r] = lineOffset;
        length[r] = lineLength;
        date[r] = h.date() == null ? NO_DATE : h.date().toEpochMilli();
        id[r] = idNumber;
        author[r] = authorNumber(h.author());
        ref[r] = h.hasRef() ? ids.intern(h.ref(), h.refKey()) : -1;
        ensureIdCapacity();
        article[r] = -1;
        switch (h.kind()) {
            case COMMENT -> {
                kind[r] = COMMENT;
                Article a = articles.computeIfAbsent(h.article(), k -> newArticle(k));
                article[r] = a.number;
                a.records.add(r);
                a.comments++;
                IntList changes = waiting.isEmpty() ? null : waiting.remove(idNumber);
                if (changes != null) {
                    for (int i = 0; i < changes.size(); i++) attach(changes.get(i), r);
                }
            }
            case EDIT, WITHDRAWAL -> {
                kind[r] = h.kind() == CommentCodec.Kind.EDIT ? EDIT : WITHDRAWAL;
                int target = recordOfId[ref[r]];
                if (target >= 0) attach(r, target);
                else waiting.computeIfAbsent(ref[r], k -> new IntList(1)).add(r);
            }
        }
        return true;
    }

    /** A hint before reading {@code bytes} of journal: sizes the id table once, not by doubling. */
    void reserveFor(long bytes) {
        ids.reserve((int) Math.min(Integer.MAX_VALUE, ids.size() + bytes / 256));
    }

    /** Visible comments of the article: its comments less those withdrawn by their author. */
    int commentCount(String articleId) {
        Article a = articles.get(articleId);
        return a == null ? 0 : a.comments - a.withdrawn;
    }

    /** {@link #commentCount} of every article that has comments, as an unmodifiable snapshot. */
    Map<String, Integer> commentCounts() {
        Map<String, Integer> out = new HashMap<>(articles.size() * 2);
        for (Article a : articleList) {
            int n = a.comments - a.withdrawn;
            if (n > 0) out.put(a.id, n);
        }
        return Map.copyOf(out);
    }

    /** Edits and withdrawals written by someone other than the comment's author: ignored. */
    int foreignChanges() {
        return foreignChanges;
    }

    /** The author of a record, or null when it is not known. */
    String authorOf(String commentId) {
        int r = recordOf(commentId);
        return r < 0 ? null : authors.get(author[r]);
    }

    /** The article of a comment (or of what a change changes), or null when not known. */
    String articleOf(String recordId) {
        int r = recordOf(recordId);
        return r < 0 || article[r] < 0 ? null : articleList.get(article[r]).id;
    }

    boolean isComment(String recordId) {
        int r = recordOf(recordId);
        return r >= 0 && kind[r] == COMMENT;
    }

    boolean isWithdrawn(String commentId) {
        int r = recordOf(commentId);
        return r >= 0 && withdrawn.get(r);
    }

    /** The article's records, resolved into a discussion whose texts come from {@code texts}. */
    Discussion discussion(String articleId, TextSource texts) {
        Article a = articles.get(articleId);
        int[] records = a == null ? new int[0] : a.records.sortedCopy();
        int n = records.length;
        Discussion.Input in = new Discussion.Input(articleId, n, texts);
        for (int i = 0; i < n; i++) {
            int r = records[i];
            in.kind[i] = kind[r];
            in.author[i] = authors.get(author[r]);
            in.date[i] = date[r];
            in.offset[i] = offset[r];
            in.length[i] = length[r];
            in.ids.addFrom(ids.ids(), id[r]);
            int target = ref[r] < 0 ? -1 : recordOfId[ref[r]];
            // Local position of the record referred to; -1 when it is in no line of this article.
            in.ref[i] = target < 0 || article[target] != article[r] ? -1 : Math.max(-1, Arrays.binarySearch(records, target));
        }
        return new Discussion(in);
    }

    /** A number that changes whenever what the index holds changes: for caching what is built from it. */
    long version() {
        return version;
    }

    void clear() {
        version++;
        ids.clear();
        Arrays.fill(recordOfId, -1);
        count = 0;
        withdrawn.clear();
        authorNumbers.clear();
        authors.clear();
        articles.clear();
        articleList.clear();
        waiting.clear();
        foreignChanges = 0;
    }

    private int recordOf(String recordId) {
        int n = ids.find(recordId);
        return n < 0 ? -1 : recordOfId[n];
    }

    /** Puts a change under its comment's article; a withdrawal by the author lowers the count. */
    private void attach(int change, int target) {
        if (kind[target] != COMMENT) return; // changes a change: means nothing, shown nowhere
        Article a = articleList.get(article[target]);
        article[change] = a.number;
        a.records.add(change);
        if (author[change] != author[target]) {
            foreignChanges++;
        } else if (kind[change] == WITHDRAWAL && !withdrawn.get(target)) {
            withdrawn.set(target);
            a.withdrawn++;
        }
    }

    private Article newArticle(String articleId) {
        Article a = new Article(articleId, articleList.size());
        articleList.add(a);
        return a;
    }

    private int authorNumber(String name) {
        Integer n = authorNumbers.get(name);
        if (n != null) return n;
        authors.add(name);
        authorNumbers.put(name, authors.size() - 1);
        return authors.size() - 1;
    }

    private void ensureIdCapacity() {
        if (ids.size() > recordOfId.length) {
            int old = recordOfId.length;
            recordOfId = Arrays.copyOf(recordOfId, Math.max(ids.size(), old * 2));
            Arrays.fill(recordOfId, old, recordOfId.length, -1);
        }
    }

    private void ensureCapacity() {
        if (count <= kind.length) return;
        int cap = kind.length * 2;
        kind = Arrays.copyOf(kind, cap);
        offset = Arrays.copyOf(offset, cap);
        length = Arrays.copyOf(length, cap);
        date = Arrays.copyOf(date, cap);
        id = Arrays.copyOf(id, cap);
        ref = Arrays.copyOf(ref, cap);
        author = Arrays.copyOf(author, cap);
        article = Arrays.copyOf(article, cap);
    }
}
