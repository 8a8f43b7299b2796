package dev.gazette.comments;

import java.util.Arrays;

/**
 * Gives each distinct id string a small number (0, 1, 2, ...) in a fraction of the memory of a
 * {@code HashMap<String, Integer>}: the ids live in an {@link IdList}, the table holds one long
 * per slot, the id's full hash beside its number. Most lookups while indexing are for new ids,
 * and the hash in the slot answers them without touching the ids at all (one cache miss
 * instead of three or four). Not thread-safe.
 */
final class IdTable {

    private final IdList ids = new IdList(1024);
    private long[] slots = new long[2048];   // hash << 32 | (number + 1); 0 = empty; open addressing
    private int mask = slots.length - 1;

    int size() {
        return ids.size();
    }

    /** Makes room for about {@code expected} ids at once, sparing the rehashes on the way there. */
    void reserve(int expected) {
        int want = Integer.highestOneBit(Math.max(16, Math.min(expected, 1 << 28)) * 2 - 1) * 2;
        if (want > slots.length) rehash(want);
    }

    IdList ids() {
        return ids;
    }

    /** The id's number, or -1 when it was never interned. */
    int find(String id) {
        long[] key = IdList.key(id);
        return find(id, key, IdList.hash(id, key));
    }

    /** The id's number, giving it the next one if it is new. */
    int intern(String id) {
        return intern(id, null);
    }

    /**
     * As {@link #intern(String)}, with the id's {@link IdList#key} when the caller has it
     * already ({@code id} may then be null).
     */
    int intern(String id, long[] knownKey) {
        long[] key = knownKey != null ? knownKey : IdList.key(id);
        int hash = IdList.hash(id, key);
        int found = find(id, key, hash);
        if (found >= 0) return found;
        int n = ids.add(id, key);
        if (ids.size() * 2 > slots.length) rehash(slots.length * 2);
        place(n, hash);
        return n;
    }

    String id(int n) {
        return ids.get(n);
    }

    void clear() {
        ids.clear();
        Arrays.fill(slots, 0);
    }

    private int find(String id, long[] key, int hash) {
        for (int s = hash & mask; ; s = (s + 1) & mask) {
            long slot = slots[s];
            if (slot == 0) return -1;
            if ((int) (slot >>> 32) != hash) continue;
            int n = (int) slot - 1;
            if (ids.matches(n, id, key)) return n;
        }
    }

    private void rehash(int capacity) {
        long[] old = slots;
        slots = new long[capacity];
        mask = capacity - 1;
        for (long slot : old) {
            if (slot != 0) place((int) slot - 1, (int) (slot >>> 32));
        }
    }

    private void place(int n, int hash) {
        int s = hash & mask;
        while (slots[s] != 0) s = (s + 1) & mask;
        slots[s] = (long) hash << 32 | (n + 1L);
    }
}
