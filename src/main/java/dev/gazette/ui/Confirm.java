package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.text.TextWidth;

/**
 * The question A asks on the status line before it marks articles read, as newsboat asks
 * before it marks a feed read: y does it, any other key says no. What to mark is kept, not
 * the result, so a feed that reloads while the question waits is marked as it is then.
 *
 * @param question what the status line asks ("Mark 12 articles read? y/n")
 * @param feed     the feed asked about on the feeds screen, or {@link AppState#ALL}; in the
 *                 headlines, the articles the list shows are marked
 */
record Confirm(String question, int feed, long unread) {

    /**
     * The key that answers: y marks; any other key leaves every mark as it was. When the
     * articles asked about changed meanwhile (a reload brought new ones), y asks again with
     * the new count rather than mark an article the reader has not seen.
     */
    /** No to the question (a key other than y, or a paste: text is never an answer). */
    static AppState decline(AppState s) {
        return s.withConfirm(null).withStatus("Nothing marked");
    }

    static Next answer(AppState s, KeyStroke key) {
        Confirm c = s.confirm();
        AppState t = s.withConfirm(null).withStatus(null);
        boolean yes = key.getKeyType() == KeyType.Character && (key.getCharacter() == 'y' || key.getCharacter() == 'Y')
                && !key.isCtrlDown() && !key.isAltDown();
        if (!yes) return Next.of(decline(s));
        boolean feeds = t.view() == AppState.View.FEEDS;
        AppState now = feeds ? FeedsScreen.askMarkRead(t, c.feed()) : HeadlinesScreen.askMarkAll(t);
        if (now.confirm() == null) return Next.of(now);   // nothing left to mark
        if (now.confirm().unread() != c.unread()) {
            Confirm again = now.confirm();
            return Next.of(t.withConfirm(new Confirm("The list changed: " + Sentences.lowerFirst(again.question()), again.feed(),
                    again.unread())));
        }
        return feeds ? FeedsScreen.markRead(t, c.feed()) : HeadlinesScreen.markAllShown(t);
    }

    /**
     * "Mark 12 articles read? y/n" (with what follows the count, "of NAME", "that match the
     * filter"); without "articles" when that does not fit the screen's width, and "Mark 12
     * read? y/n" when that does not either: a status too long for its row keeps its end, and
     * the count is what the question is about.
     */
    static String markQuestion(AppState s, long unread, String which) {
        String full = "Mark " + unread + (unread == 1 ? " article" : " articles") + which + " read? y/n";
        if (TextWidth.columns(full) <= s.size().getColumns()) return full;
        String shorter = "Mark " + unread + which + " read? y/n";   // "Mark 63 of Natasha The Robot read? y/n"
        return TextWidth.columns(shorter) <= s.size().getColumns() ? shorter : "Mark " + unread + " read? y/n";
    }
}
