package dev.gazette.feed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Keeps the ids of a feed's items apart. The id is the key for comments and read marks, so
 * two items a feed gives the same id (it happens: a guid copied, a CMS that numbers from 1
 * again) would share them, a comment showing under the wrong article. The first item keeps
 * the id; a later one gets "#2", "#3"... after it, decided by file order so that it is the
 * same on every load. Every format's loader uses this.
 *
 * <p>A million ids cost about 16 MB here (a slot of 4 bytes per id, at most half full; the
 * reference to the id, which the article holds anyway; the item's number), against some
 * 60 MB for a {@code HashMap<String, Integer>}. A slot holds only the id's number: a String
 * keeps its hash, so comparing hashes first costs no more than reading one from the slot.
 * Not thread-safe.
 */
public final class UniqueIds {
    private final List<String> ids = new ArrayList<>();
    private int[] items = new int[256];
    private int[] slots = new int[1024];   // number + 1; 0 = empty; open addressing
    private int mask = slots.length - 1;
    private int earlier;

    /**
     * The id item (1-based, in file order) is to be known by: id itself when no earlier
     * item had it, else id#2, id#3... ({@link #earlierItem()} then names that item).
     */
    public String claim(String id, int item) {
        int first = find(id);
        if (first < 0) {
            earlier = 0;
            add(id, item);
            return id;
        }
        earlier = items[first];
        String unique = id;
        for (int n = 2; find(unique) >= 0; n++) unique = id + "#" + n;
        add(unique, item);
        return unique;
    }

    /** The item that had the id first, after a {@link #claim} that had to change it; else 0. */
    public int earlierItem() {
        return earlier;
    }

    private int find(String id) {
        int hash = id.hashCode();
        for (int i = spread(hash) & mask; slots[i] != 0; i = (i + 1) & mask) {
            String known = ids.get(slots[i] - 1);
            if (known.hashCode() == hash && known.equals(id)) return slots[i] - 1;
        }
        return -1;
    }

    private void add(String id, int item) {
        int n = ids.size();
        ids.add(id);
        if (n == items.length) items = Arrays.copyOf(items, n * 2);
        items[n] = item;
        if (2 * (n + 1) > slots.length) grow();
        put(id.hashCode(), n);
    }

    private void put(int hash, int n) {
        int i = spread(hash) & mask;
        while (slots[i] != 0) i = (i + 1) & mask;
        slots[i] = n + 1;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        mask = slots.length - 1;
        for (int slot : old) {
            if (slot != 0) put(ids.get(slot - 1).hashCode(), slot - 1);
        }
    }

    /** Strings of the same shape ("item-000123") differ in their low bits little: mix them. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
