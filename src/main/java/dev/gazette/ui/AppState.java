package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;

import java.util.HashMap;
import java.util.Map;

/**
 * The whole UI state, one immutable value: what the {@link Router} and the screens update
 * and what they draw from. Shared parts (the feed, the read marks, the drafts) live here;
 * each screen's own part is its state record.
 *
 * @param view    which screen has the keys
 * @param article the article screen's state, or null when no article is open
 * @param help    the help overlay, or null when it is closed
 * @param status  a message for the status line until the next key, or null
 * @param exit    why Gazette stopped on its own (the first load failed), or null
 * @param nextRequest the number the next article request gets, so a late answer is recognised
 */
public record AppState(Settings settings, TerminalSize size, FeedState feed, ReadSet read, int unread,
                       Map<String, InputLine> drafts, View view, HeadlinesState headlines,
                       ArticleState article, HelpState help, String status, boolean running, String exit,
                       long nextRequest) {

    public enum View { HEADLINES, ARTICLE }

    public AppState {
        drafts = Map.copyOf(drafts);
    }

    /** The state before anything is loaded: an empty list, marks as given. */
    public static AppState start(Settings settings, TerminalSize size, ReadSet read) {
        return new AppState(settings, size, FeedState.empty(), read, 0, Map.of(), View.HEADLINES,
                HeadlinesState.START, null, null, null, true, null, 1);
    }

    AppState withSize(TerminalSize s) {
        return new AppState(settings, s, feed, read, unread, drafts, view, headlines, article, help, status,
                running, exit, nextRequest);
    }

    AppState withFeed(FeedState f) {
        return new AppState(settings, size, f, read, unread, drafts, view, headlines, article, help, status,
                running, exit, nextRequest);
    }

    AppState withRead(ReadSet r, int unreadCount) {
        return new AppState(settings, size, feed, r, unreadCount, drafts, view, headlines, article, help, status,
                running, exit, nextRequest);
    }

    AppState withDraft(String articleId, InputLine draft) {
        Map<String, InputLine> d = new HashMap<>(drafts);
        if (draft == null || draft.text().isEmpty()) d.remove(articleId);
        else d.put(articleId, draft);
        return new AppState(settings, size, feed, read, unread, d, view, headlines, article, help, status,
                running, exit, nextRequest);
    }

    AppState withHeadlines(HeadlinesState h) {
        return new AppState(settings, size, feed, read, unread, drafts, view, h, article, help, status,
                running, exit, nextRequest);
    }

    AppState withArticle(ArticleState a) {
        return new AppState(settings, size, feed, read, unread, drafts, a == null ? View.HEADLINES : View.ARTICLE,
                headlines, a, help, status, running, exit, nextRequest);
    }

    AppState withHelp(HelpState h) {
        return new AppState(settings, size, feed, read, unread, drafts, view, headlines, article, h, status,
                running, exit, nextRequest);
    }

    AppState withStatus(String message) {
        return new AppState(settings, size, feed, read, unread, drafts, view, headlines, article, help, message,
                running, exit, nextRequest);
    }

    AppState stopped(String why) {
        return new AppState(settings, size, feed, read, unread, drafts, view, headlines, article, help, status,
                false, why, nextRequest);
    }

    AppState withNextRequest(long next) {
        return new AppState(settings, size, feed, read, unread, drafts, view, headlines, article, help, status,
                running, exit, next);
    }
}
