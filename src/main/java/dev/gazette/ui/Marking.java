package dev.gazette.ui;

import dev.gazette.feed.Article;

import java.util.ArrayList;
import java.util.List;

/**
 * Read marks as state changes: each keeps the unread count in step (so the header never
 * walks every article) and asks for one batched save.
 */
final class Marking {
    private Marking() {}

    /** Marks one article read or unread; no effect when it already was. */
    static Next mark(AppState s, String id, boolean read) {
        if (s.read().contains(id) == read) return Next.of(s);
        AppState changed = s.withRead(s.read().with(id, read), s.unread() + (read ? -1 : 1));
        return Next.of(changed, new Effect.SaveMarks(changed.read()));
    }

    /** Marks every article of {@code articles} read; says how many changed. */
    static Next markAll(AppState s, List<Article> articles) {
        List<String> fresh = new ArrayList<>();
        for (Article a : articles) if (!s.read().contains(a.id())) fresh.add(a.id());
        if (fresh.isEmpty()) return Next.of(s.withStatus("Nothing to mark: every article shown is read"));
        AppState changed = s.withRead(s.read().withAll(fresh), s.unread() - fresh.size())
                .withStatus(fresh.size() + (fresh.size() == 1 ? " article" : " articles") + " marked read");
        return Next.of(changed, new Effect.SaveMarks(changed.read()));
    }

    /** Unread articles of the whole feed under the given marks. */
    static int countUnread(List<Article> articles, ReadSet read) {
        int n = 0;
        for (Article a : articles) if (!read.contains(a.id())) n++;
        return n;
    }
}
