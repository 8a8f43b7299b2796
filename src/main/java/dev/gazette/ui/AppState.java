package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;
import dev.gazette.feed.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole UI state, one immutable value: what the {@link Router} and the screens update
 * and what they draw from. Shared parts (the feeds, their read marks, the drafts) live here;
 * each screen's own part is its state record.
 *
 * @param feeds   one entry per source, in the order they were given
 * @param shown   the feed whose headlines show, or {@link #ALL} for every feed merged
 * @param all     every feed's articles merged, newest first (kept only with several feeds)
 * @param view    which screen has the keys
 * @param feedList the feeds screen's selection: row 0 is "All articles", then the feeds not
 *                 hidden, in order ({@link FeedRows} maps rows to feeds)
 * @param article the article screen's state, or null when no article is open
 * @param help    the help overlay, or null when it is closed
 * @param drafts  unsent comments (text, cursor and what they answer) by {@link #draftKey}
 * @param status  a message for the status line until the next key, or null
 * @param confirm a question the status line asks, waiting for y (anything else says no), or null
 * @param exit    why Gazette stopped on its own (the only feed could not be read), or null
 * @param nextRequest the number the next article request gets, so a late answer is recognised
 */
public record AppState(Settings settings, TerminalSize size, List<FeedEntry> feeds, int shown, FeedState all,
                       Map<String, ComposeDraft> drafts, View view, HeadlineListState feedList, HeadlinesState headlines,
                       ArticleState article, HelpState help, String status, Confirm confirm, boolean running,
                       String exit, long nextRequest) {

    public enum View { FEEDS, HEADLINES, ARTICLE }

    /** {@link #shown} for "All articles". */
    public static final int ALL = -1;

    public AppState {
        feeds = List.copyOf(feeds);
        drafts = Map.copyOf(drafts);
    }

    /**
     * The state before anything is loaded: one feed (or the feeds screen for several), nothing
     * read yet. {@code labels} are the feeds file's titles (null entries: the feed's own),
     * {@code wheres} the sources as written, for feeds that have no title.
     */
    public static AppState start(Settings settings, TerminalSize size, List<String> labels, List<String> wheres) {
        return start(settings, size, labels, wheres, java.util.Collections.nCopies(labels.size(), false));
    }

    /**
     * The same, with the feeds the feeds file hides ({@code hidden}, one flag a feed): they load
     * and show in All articles but have no row on the feeds screen.
     */
    public static AppState start(Settings settings, TerminalSize size, List<String> labels, List<String> wheres,
                                 List<Boolean> hidden) {
        return start(settings, size, labels, wheres, hidden, java.util.Collections.nCopies(labels.size(), List.of()));
    }

    /** The same, with each feed's tags from the feeds file, which the filter in All articles matches. */
    public static AppState start(Settings settings, TerminalSize size, List<String> labels, List<String> wheres,
                                 List<Boolean> hidden, List<List<String>> tags) {
        List<FeedEntry> entries = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            entries.add(FeedEntry.named(labels.get(i), wheres.get(i), hidden.get(i), tags.get(i)));
        }
        boolean several = entries.size() > 1;
        return new AppState(settings, size, entries, several ? ALL : 0, several ? FeedState.all(entries) : null,
                Map.of(), several ? View.FEEDS : View.HEADLINES, HeadlineListState.START, HeadlinesState.START, null,
                null, null, null, true, null, 1);
    }

    /** One unnamed feed: the common case, and the tests'. */
    public static AppState start(Settings settings, TerminalSize size) {
        return start(settings, size, java.util.Arrays.asList((String) null), java.util.Arrays.asList((String) null));
    }

    /** There is a feeds screen to go back to. */
    public boolean severalFeeds() {
        return feeds.size() > 1;
    }

    /** The list whose headlines show: one feed's, or all merged. */
    public FeedState feed() {
        return shown == ALL ? all : feeds.get(shown).feed();
    }

    /** The feed an article of the shown list came from. */
    public int sourceOf(Article a) {
        return shown == ALL ? Math.max(0, all.memo().sourceOf(a)) : shown;
    }

    public boolean isRead(Article a) {
        return feeds.get(sourceOf(a)).read().contains(a.id());
    }

    /** Unread articles of the shown list. */
    public int unread() {
        return shown == ALL ? unreadInAllFeeds() : feeds.get(shown).unread();
    }

    /** Unread articles of every feed: "All articles" and the feeds screen's header, whichever list was last shown. */
    public int unreadInAllFeeds() {
        int n = 0;
        for (FeedEntry e : feeds) n += e.unread();
        return n;
    }

    /** Drafts are per article of a feed: two feeds may use the same article id. */
    static String draftKey(int source, String articleId) {
        return source + "\n" + articleId;
    }

    AppState withSize(TerminalSize s) {
        return new AppState(settings, s, feeds, shown, all, drafts, view, feedList, headlines, article, help, status, confirm,
                running, exit, nextRequest);
    }

    /**
     * Replaces feed {@code i}'s entry; the merged list follows when its articles changed and
     * are whole. A first load's partial lists (several for a big feed) are not merged: that
     * would sort every feed's articles on the UI thread each time.
     */
    AppState withEntry(int i, FeedEntry e) {
        List<FeedEntry> list = new ArrayList<>(feeds);
        boolean articlesChanged = list.get(i).feed().feed() != e.feed().feed();
        list.set(i, e);
        boolean whole = e.feed().complete() || !e.feed().loading();
        FeedState merged = all != null && articlesChanged && whole ? FeedState.all(list) : all;
        return new AppState(settings, size, list, shown, merged, drafts, view, feedList, headlines, article, help,
                status, confirm, running, exit, nextRequest);
    }

    AppState withShown(int feed) {
        return new AppState(settings, size, feeds, feed, all, drafts, view, feedList, headlines, article, help,
                status, confirm, running, exit, nextRequest);
    }

    AppState withView(View v) {
        return new AppState(settings, size, feeds, shown, all, drafts, v, feedList, headlines, article, help,
                status, confirm, running, exit, nextRequest);
    }

    AppState withFeedList(HeadlineListState position) {
        return new AppState(settings, size, feeds, shown, all, drafts, view, position, headlines, article, help,
                status, confirm, running, exit, nextRequest);
    }

    AppState withDraft(String key, ComposeDraft draft) {
        Map<String, ComposeDraft> d = new HashMap<>(drafts);
        if (draft == null || draft.isEmpty()) d.remove(key);
        else d.put(key, draft);
        return new AppState(settings, size, feeds, shown, all, d, view, feedList, headlines, article, help, status, confirm,
                running, exit, nextRequest);
    }

    AppState withHeadlines(HeadlinesState h) {
        return new AppState(settings, size, feeds, shown, all, drafts, view, feedList, h, article, help, status, confirm,
                running, exit, nextRequest);
    }

    /** Opens (non-null) or closes an article; closing returns to the headlines. */
    AppState withArticle(ArticleState a) {
        View v = a != null ? View.ARTICLE : view == View.ARTICLE ? View.HEADLINES : view;
        return new AppState(settings, size, feeds, shown, all, drafts, v, feedList, headlines, a, help, status, confirm,
                running, exit, nextRequest);
    }

    AppState withHelp(HelpState h) {
        return new AppState(settings, size, feeds, shown, all, drafts, view, feedList, headlines, article, h, status, confirm,
                running, exit, nextRequest);
    }

    AppState withStatus(String message) {
        return new AppState(settings, size, feeds, shown, all, drafts, view, feedList, headlines, article, help,
                message, confirm, running, exit, nextRequest);
    }

    /**
     * A warning about one of Gazette's own files: it joins what the status already says instead
     * of replacing it, so a damaged read-marks file and a damaged drafts file, read at the same
     * start, both say so.
     */
    AppState withWarning(String warning) {
        if (status == null || status.equals(HeadlinesScreen.STILL_LOADING)) return withStatus(warning);
        return status.contains(warning) ? this : withStatus(status + ". " + warning);
    }

    AppState withConfirm(Confirm c) {
        return new AppState(settings, size, feeds, shown, all, drafts, view, feedList, headlines, article, help,
                c == null ? status : c.question(), c, running, exit, nextRequest);
    }

    AppState stopped(String why) {
        return new AppState(settings, size, feeds, shown, all, drafts, view, feedList, headlines, article, help,
                status, confirm, false, why, nextRequest);
    }

    AppState withNextRequest(long next) {
        return new AppState(settings, size, feeds, shown, all, drafts, view, feedList, headlines, article, help,
                status, confirm, running, exit, next);
    }
}
