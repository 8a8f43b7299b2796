package dev.gazette.ui;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The ids of read articles, as an immutable value that is cheap to change: a large base set
 * that is never modified, plus small sets of changes on top. Marking one of 100,000 articles
 * copies only the changes, so the update stays pure and a key stays fast; the changes are
 * folded into a new base once they grow.
 */
public final class ReadSet {
    private static final int FOLD_AT = 512;
    public static final ReadSet EMPTY = new ReadSet(Set.of(), Set.of(), Set.of());

    private final Set<String> base;
    private final Set<String> added;
    private final Set<String> removed;

    private ReadSet(Set<String> base, Set<String> added, Set<String> removed) {
        this.base = base;
        this.added = added;
        this.removed = removed;
    }

    public static ReadSet of(Collection<String> ids) {
        return new ReadSet(Set.copyOf(ids), Set.of(), Set.of());
    }

    public boolean contains(String id) {
        return added.contains(id) || (base.contains(id) && !removed.contains(id));
    }

    /** The set with {@code id} read ({@code true}) or unread. */
    public ReadSet with(String id, boolean read) {
        if (contains(id) == read) return this;
        Set<String> a = new HashSet<>(added);
        Set<String> r = new HashSet<>(removed);
        if (read) {
            if (!r.remove(id)) a.add(id);
        } else {
            if (!a.remove(id)) r.add(id);
        }
        return fold(a, r);
    }

    /** The set with every id of {@code ids} read. */
    public ReadSet withAll(Collection<String> ids) {
        Set<String> a = new HashSet<>(added);
        Set<String> r = new HashSet<>(removed);
        for (String id : ids) {
            if (contains(id)) continue;
            if (!r.remove(id)) a.add(id);
        }
        return fold(a, r);
    }

    /** Every read id, for saving. */
    public Set<String> toSet() {
        Set<String> all = new HashSet<>(base);
        all.removeAll(removed);
        all.addAll(added);
        return all;
    }

    private ReadSet fold(Set<String> a, Set<String> r) {
        if (a.size() + r.size() < FOLD_AT) return new ReadSet(base, Set.copyOf(a), Set.copyOf(r));
        Set<String> all = new HashSet<>(base);
        all.removeAll(r);
        all.addAll(a);
        return new ReadSet(Set.copyOf(all), Set.of(), Set.of());
    }
}
