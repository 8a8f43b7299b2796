package dev.gazette.ui;

import dev.gazette.feed.Article;
import dev.gazette.feed.Feed;
import java.util.HashSet;
import java.util.Set;

/**
 * A feed's loads as the screens see them: r and R start them, their progress shows the first
 * part of a big feed, and when each ends the status line says how it went: what was reloaded
 * and what is new, what failed and which copy is shown instead. Pure, as {@link Router} is.
 */
final class FeedLoads {
    private FeedLoads() {}

    /** Reads feed {@code source} again: at once, or after the load that is running (never two at a time). */
    static Next reload(AppState s, int source, boolean askedByUser) {
        FeedEntry e = s.feeds().get(source);
        if (e.feed().loading()) {
            AppState queued = s.withEntry(source, e.withFeed(e.feed().queueReload(askedByUser)));
            return Next.of(askedByUser ? queued.withStatus("Reload queued: the feed is still loading") : queued);
        }
        FeedEntry loading = e.withFeed(e.feed().startLoad(askedByUser));
        AppState t = s.withEntry(source, loading);
        return Next.of(askedByUser ? t.withStatus("Reloading" + (s.severalFeeds() ? " " + e.name() : "") + "…") : t,
                new Effect.LoadFeed(source, loading.feed().generation()));
    }

    private static final String REFRESHING_ALL = "Refreshing ";
    /** Offline, R reads every feed again, each URL from its copy: no "refreshed" that fetched nothing. */
    private static final String OFFLINE = "Offline, nothing fetched: ";
    private static final String READING_ALL_OFFLINE = OFFLINE + "reading ";

    /** R: every feed, each as {@link #reload} does it. */
    static Next reloadAll(AppState s) {
        Next all = Next.of(s);
        for (int i = 0; i < s.feeds().size(); i++) all = all.andThen(reload(all.state(), i, false));
        String doing = s.settings().offline() ? READING_ALL_OFFLINE + "the " + s.feeds().size() + " feeds again…"
                : REFRESHING_ALL + s.feeds().size() + " feeds…";
        return new Next(all.state().withStatus(doing), all.effects());
    }

    private static boolean refreshingAll(AppState s) {
        return s.status() != null && (s.status().startsWith(REFRESHING_ALL) || s.status().startsWith(READING_ALL_OFFLINE));
    }

    /** R's "Refreshing 6 feeds…" stays until the last of them is in, then says how it went. */
    private static Next refreshDone(Next next) {
        AppState s = next.state();
        if (!refreshingAll(s)) return next;
        int failed = 0;
        int failedHidden = 0;
        FeedEntry hiddenFailure = null;
        for (FeedEntry e : s.feeds()) {
            if (e.feed().loading()) return next;
            if (e.problem() != null) failed++;
            if (e.problem() != null && e.hidden()) {
                failedHidden++;
                hiddenFailure = e;
            }
        }
        int n = s.feeds().size();
        // A hidden feed has no row: one is named here; several are on All articles' status line.
        String where = failedHidden == 0 ? "⚠ on their rows"
                : failed == 1 ? hiddenFailure.hiddenProblem()
                : failedHidden == failed ? "hidden: see All articles' row" : "⚠ on their rows; hidden ones on All articles' row";
        boolean offline = s.settings().offline();
        String all = n == 1 ? "the feed" : "all " + n + " feeds";
        String done = failed == 0 ? (offline ? OFFLINE + all + " read again, URLs from their copies"
                : Sentences.upperFirst(all) + " refreshed")
                : (offline ? OFFLINE : "Refreshed: ") + failed + " of " + n + " feeds could not be read (" + where + ")";
        return new Next(s.withStatus(done), next.effects());
    }

    static AppState started(AppState s, Event.FeedStarted f) {
        FeedEntry e = s.feeds().get(f.source());
        if (f.generation() != e.feed().generation() || !e.feed().loading()) return s;
        return s.withEntry(f.source(), e.withFeed(e.feed().withStarted()));
    }

    static AppState progress(AppState s, Event.FeedProgress p) {
        FeedEntry e = s.feeds().get(p.source());
        if (p.generation() != e.feed().generation() || !e.feed().loading()) return s;
        FeedState f = e.feed().progress(p.percent());
        // A reload shows the earlier copy until the new one is whole; only a first load shows
        // parts, and only when they are new (the relay sends the same part with a new percentage).
        if (f.complete() || f.feed() == p.partial()) return s.withEntry(p.source(), e.withFeed(f));
        f = f.withFeed(p.partial(), false);
        return Router.showList(s, s.withEntry(p.source(), e.withFeed(f)));
    }

    static Next loaded(AppState s, Event.FeedLoaded l) {
        // "Still loading: A asks once the whole list is in" is not true any more once it is.
        AppState t = HeadlinesScreen.STILL_LOADING.equals(s.status()) ? s.withStatus(null) : s;
        return refreshDone(load(t, l));
    }

    private static Next load(AppState s, Event.FeedLoaded l) {
        FeedEntry e = s.feeds().get(l.source());
        if (l.generation() != e.feed().generation() || !e.feed().loading()) return Next.of(s);
        boolean first = !e.feed().complete();
        boolean announce = e.feed().announce();
        boolean again = e.feed().reloadQueued();
        FeedEntry done = e.withFeed(e.feed().withFeed(l.feed(), true).loadEnded()).withProblem(null)
                .withFreshness(l.freshness());
        AppState t = Router.showList(s, s.withEntry(l.source(), done));
        Feed f = l.feed();
        Feed before = e.feed().complete() ? e.feed().feed() : null;
        if (first && f.skippedItems() + f.repairedItems() > 0) {
            // Repaired, not "damaged": most are a missing or repeated id, which real feeds often have.
            // What was done comes first, so that a line cut at its end still says it.
            int skipped = f.skippedItems();
            int repaired = f.repairedItems();
            String counts = skipped == 0 ? items(repaired) + " repaired"
                    : repaired == 0 ? items(skipped) + " skipped"
                    : items(skipped) + " skipped, " + repaired + " repaired";
            int feedsWithRepairs = 0;
            for (FeedEntry other : t.feeds()) {
                Feed o = other.feed().complete() ? other.feed().feed() : null;
                if (o != null && o.skippedItems() + o.repairedItems() > 0) feedsWithRepairs++;
            }
            // Several feeds at start: one line for them all, not the last one's alone.
            t = t.withStatus(feedsWithRepairs > 1 ? feedsWithRepairs + " feeds had items repaired or skipped (gazette --check says why)"
                    : (s.severalFeeds() ? done.name() + ": " : "") + counts + " (gazette --check says why)");
        } else if (announce || (e.problem() != null && !refreshingAll(s))) {
            // Asked for, or the feed had failed before: the failure on the status line is over
            // (while R runs, its own message says how all went, at the end).
            // Offline, a URL's copy was read again, not fetched: said briefly, as a cut line keeps its start.
            boolean copy = s.settings().offline() && l.freshness() != null;
            t = t.withStatus("Reloaded" + (s.severalFeeds() ? " " + done.name() : "") + (copy ? " from its copy" : "")
                    + ": " + f.articles().size() + (f.articles().size() == 1 ? " article" : " articles")
                    + (before == null ? "" : ", " + news(before, f)));
        }
        return again ? Next.of(t).andThen(reload(t, l.source(), announce)) : Next.of(t);
    }

    private static String items(int n) {
        return n + (n == 1 ? " item" : " items");
    }

    /** "2 new", "none new": the articles whose ids the earlier copy did not have. */
    private static String news(Feed before, Feed after) {
        Set<String> known = new HashSet<>();
        for (Article a : before.articles()) known.add(a.id());
        int fresh = 0;
        for (Article a : after.articles()) if (!known.contains(a.id())) fresh++;
        return fresh == 0 ? "none new" : fresh + " new";
    }

    static Next failed(AppState s, Event.FeedFailed f) {
        return refreshDone(Next.of(fail(s, f)));
    }

    private static AppState fail(AppState s, Event.FeedFailed f) {
        FeedEntry e = s.feeds().get(f.source());
        if (f.generation() != e.feed().generation() || !e.feed().loading()) return s;
        // The first part of a big file may be on screen already (its tail broken, or the file
        // rewritten while it loaded): that stays, with what went wrong, and nobody's draft or
        // place is lost. With nothing shown, the only feed stops Gazette, which says why.
        Feed partial = e.feed().feed();
        int shown = partial == null ? 0 : partial.articles().size();
        if (!e.feed().complete() && shown == 0 && !s.severalFeeds()) return s.stopped(f.message());
        AppState t = s.withEntry(f.source(), e.withFeed(e.feed().loadEnded()).withProblem(f.message()));
        if (!e.feed().complete()) {
            // A feed with a row shows this there; the status line says it too when r asked
            // for it (its "Reloading…" must not stay), or when the feed is hidden and has no
            // row; not while R runs, whose own message says how all went, at the end.
            if (shown == 0) {
                if (refreshingAll(s)) return t;
                if (e.hidden()) return t.withStatus(t.feeds().get(f.source()).hiddenProblem());
                FeedEntry now = t.feeds().get(f.source());
                return e.feed().announce() ? t.withStatus("Could not read " + now.name() + ": " + now.reason()) : t;
            }
            return t.withStatus("Could not read the rest: " + f.message() + " (the first " + shown
                    + (shown == 1 ? " article is" : " articles are") + " shown)");
        }
        // The feed by its name (shorter than its URL, and not there with one feed), so that a
        // line cut at 80 columns keeps the reason.
        String why = t.feeds().get(f.source()).reason();
        if (e.feed().announce() || e.freshness() == null) {
            return t.withStatus((s.severalFeeds() ? e.name() + ": r" : "R") + "eload failed, showing the earlier copy: " + why);
        }
        // Nobody asked: the fetch after a start from the cache, or the hourly one. Which copy is
        // shown comes first, as the header's end may be cut; the reason is the row's end.
        int failing = 0;
        for (FeedEntry other : t.feeds()) if (other.problem() != null && other.freshness() != null) failing++;
        if (failing > 1) {
            // Offline, most likely: one line for them all, not the last one's reason alone.
            return t.withStatus(failing + " feeds could not be updated; their earlier copies are shown (⚠ marks them)");
        }
        return t.withStatus((s.severalFeeds() ? e.name() + ": s" : "S") + "howing the " + copy(e.freshness())
                + "; update failed: " + why);
    }

    /** "cached copy from 2026-12-01 00:39", "copy fetched …", "copy checked …, not modified" from a freshness. */
    private static String copy(String freshness) {
        return freshness.contains("copy") ? freshness.replaceFirst("^offline: ", "") : "copy " + freshness;
    }
}
