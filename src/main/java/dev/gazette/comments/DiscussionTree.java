package dev.gazette.comments;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The arithmetic behind a {@link Discussion}: the order of its records (by date, then file
 * position) and its comments as a tree, walked depth first into rows with a depth. No
 * recursion: a hand-made chain of replies may be a hundred thousand deep.
 */
final class DiscussionTree {

    final int[] rowRecord;
    final int[] rowDepth;
    final int[] rowParent;

    private final int[] childStart;
    private final int[] children;
    private final int[] parent;
    private final BitSet shown;
    private final int[] stack;
    private final int[] cursor;
    private int rows;

    DiscussionTree(Discussion.Input in, int[] order) {
        int n = in.n;
        parent = new int[n];
        int comments = 0;
        int[] childCount = new int[n + 1];
        for (int i = 0; i < n; i++) {
            parent[i] = -1;
            if (in.kind[i] != JournalIndex.COMMENT) continue;
            comments++;
            int p = in.ref[i];
            if (p >= 0 && p != i && in.kind[p] == JournalIndex.COMMENT) {
                parent[i] = p;
                childCount[p + 1]++;
            }
        }
        childStart = new int[n + 1];
        for (int i = 0; i < n; i++) childStart[i + 1] = childStart[i] + childCount[i + 1];
        children = new int[childStart[n]];
        int[] fill = new int[n];
        for (int k = 0; k < n; k++) {
            int c = order[k];
            int p = parent[c];
            if (p >= 0) children[childStart[p] + fill[p]++] = c;
        }

        rowRecord = new int[comments];
        rowDepth = new int[comments];
        rowParent = new int[comments];
        shown = new BitSet(n);
        stack = new int[comments + 1];
        cursor = new int[comments + 1];
        for (int k = 0; k < n; k++) {
            int c = order[k];
            if (in.kind[c] == JournalIndex.COMMENT && parent[c] < 0) walk(c);
        }
        // Whatever no root reached hangs in a cycle of parents: shown at top level, once.
        for (int k = 0; k < n && rows < comments; k++) {
            int c = order[k];
            if (in.kind[c] == JournalIndex.COMMENT && !shown.get(c)) walk(c);
        }
    }

    private void walk(int root) {
        int sp = 0;
        emit(root, 0, -1);
        stack[sp] = root;
        cursor[sp++] = childStart[root];
        while (sp > 0) {
            int top = stack[sp - 1];
            if (cursor[sp - 1] < childStart[top + 1]) {
                int c = children[cursor[sp - 1]++];
                if (shown.get(c)) continue;
                emit(c, sp, top);
                stack[sp] = c;
                cursor[sp++] = childStart[c];
            } else {
                sp--;
            }
        }
    }

    private void emit(int record, int depth, int shownUnder) {
        shown.set(record);
        rowRecord[rows] = record;
        rowDepth[rows] = depth;
        rowParent[rows] = shownUnder;
        rows++;
    }

    /**
     * Positions 0..n-1 by date, then by position. A missing date takes the last date before it
     * in the file, so the sort keys are total and the common case, a journal already in date
     * order, needs no sort at all.
     */
    static int[] dateOrder(long[] date, int n) {
        long[] key = new long[n];
        long last = JournalIndex.NO_DATE;
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            if (date[i] != JournalIndex.NO_DATE) last = date[i];
            key[i] = last;
            if (i > 0 && key[i] < key[i - 1]) sorted = false;
        }
        int[] order = new int[n];
        if (sorted) {
            for (int i = 0; i < n; i++) order[i] = i;
            return order;
        }
        // Dates replaced by their rank, so rank and position pack into one long and a primitive
        // sort does the work (a million boxed comparisons would take ten times longer).
        long[] distinct = key.clone();
        Arrays.sort(distinct);
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            long rank = Arrays.binarySearch(distinct, key[i]); // any index of an equal value: same for equal keys
            packed[i] = rank << 32 | i;
        }
        Arrays.sort(packed);
        for (int k = 0; k < n; k++) order[k] = (int) packed[k];
        return order;
    }
}
