package dev.gazette.comments;

import java.util.Arrays;

/**
 * Gives each distinct id string a small number (0, 1, 2, ...) in a fraction of the memory of a
 * {@code HashMap<String, Integer>}: the ids live in an {@link IdList}, the table holds only int
 * slots. At a million comments about 30 MB instead of about 140 MB. Not thread-safe.
 */
final class IdTable {

    private final IdList ids = new IdList(1024);
    private int[] slots = new int[2048];     // number + 1, 0 = empty; open addressing
    private int mask = slots.length - 1;

    int size() {
        return ids.size();
    }

    IdList ids() {
        return ids;
    }

    /** The id's number, or -1 when it was never interned. */
    int find(String id) {
        return find(id, IdList.key(id));
    }

    /** The id's number, giving it the next one if it is new. */
    int intern(String id) {
        long[] key = IdList.key(id);
        int found = find(id, key);
        if (found >= 0) return found;
        int n = ids.add(id);
        if (ids.size() * 2 > slots.length) rehash(slots.length * 2);
        else place(n);
        return n;
    }

    String id(int n) {
        return ids.get(n);
    }

    void clear() {
        ids.clear();
        Arrays.fill(slots, 0);
    }

    private int find(String id, long[] key) {
        for (int s = IdList.hash(id, key) & mask; ; s = (s + 1) & mask) {
            int n = slots[s] - 1;
            if (n < 0) return -1;
            if (ids.matches(n, id, key)) return n;
        }
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        mask = capacity - 1;
        for (int n = 0; n < ids.size(); n++) place(n);
    }

    private void place(int n) {
        int s = ids.hash(n) & mask;
        while (slots[s] != 0) s = (s + 1) & mask;
        slots[s] = n + 1;
    }
}
