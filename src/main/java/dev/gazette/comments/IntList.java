package dev.gazette.comments;

import java.util.Arrays;

/** A growable list of ints without boxing: per-article record lists of a million entries. */
final class IntList {

    private int[] a;
    private int size;

    IntList(int capacity) {
        a = new int[Math.max(capacity, 2)];
    }

    void add(int v) {
        if (size == a.length) a = Arrays.copyOf(a, size * 2);
        a[size++] = v;
    }

    int get(int i) {
        return a[i];
    }

    int size() {
        return size;
    }

    /** A sorted copy (records attached late, e.g. an edit read before its comment, come last). */
    int[] sortedCopy() {
        int[] copy = Arrays.copyOf(a, size);
        for (int i = 1; i < size; i++) {
            if (copy[i - 1] > copy[i]) {
                Arrays.sort(copy);
                break;
            }
        }
        return copy;
    }
}
