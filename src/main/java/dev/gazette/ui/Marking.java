package dev.gazette.ui;

import dev.gazette.feed.Article;

import java.util.ArrayList;
import java.util.List;

/**
 * Read marks as state changes: each keeps the unread counts in step (so the header never
 * walks every article) and asks for one batched save of the feed whose marks changed.
 */
final class Marking {
    private Marking() {}

    /** Marks one article read or unread; no effect when it already was. */
    static Next mark(AppState s, Article a, boolean read) {
        return mark(s, s.sourceOf(a), a, read);
    }

    /** As {@link #mark(AppState, Article, boolean)}, for an article of feed {@code source} (the open one). */
    static Next mark(AppState s, int source, Article a, boolean read) {
        FeedEntry e = s.feeds().get(source);
        if (e.read().contains(a.id()) == read) return Next.of(s);
        FeedEntry changed = e.withRead(e.read().with(a.id(), read), e.unread() + (read ? -1 : 1));
        return Next.of(s.withEntry(source, changed), new Effect.SaveMarks(source, changed.read()));
    }

    /** Marks every article of {@code articles} read; says how many changed. */
    static Next markAll(AppState s, List<Article> articles) {
        List<List<String>> fresh = new ArrayList<>();
        for (int i = 0; i < s.feeds().size(); i++) fresh.add(new ArrayList<>());
        int count = 0;
        for (Article a : articles) {
            if (s.isRead(a)) continue;
            fresh.get(s.sourceOf(a)).add(a.id());
            count++;
        }
        if (count == 0) return Next.of(s.withStatus("Nothing to mark: every article shown is read"));
        AppState t = s;
        List<Effect> saves = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            if (fresh.get(i).isEmpty()) continue;
            FeedEntry e = t.feeds().get(i);
            FeedEntry changed = e.withRead(e.read().withAll(fresh.get(i)), e.unread() - fresh.get(i).size());
            t = t.withEntry(i, changed);
            saves.add(new Effect.SaveMarks(i, changed.read()));
        }
        return new Next(t.withStatus(count + (count == 1 ? " article" : " articles") + " marked read"), saves);
    }

    /** Unread articles of a list under the given marks. */
    static int countUnread(List<Article> articles, ReadSet read) {
        int n = 0;
        for (Article a : articles) if (!read.contains(a.id())) n++;
        return n;
    }
}
