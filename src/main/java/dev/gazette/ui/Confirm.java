package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * The question A asks on the status line before it marks articles read, as newsboat asks
 * before it marks a feed read: y does it, any other key says no. What to mark is kept, not
 * the result, so a feed that reloads while the question waits is marked as it is then.
 *
 * @param question what the status line asks ("Mark 12 articles read? y/n")
 * @param feed     the feed asked about on the feeds screen, or {@link AppState#ALL}; in the
 *                 headlines, the articles the list shows are marked
 */
record Confirm(String question, int feed) {

    /** The key that answers: y marks; any other key leaves every mark as it was. */
    static Next answer(AppState s, KeyStroke key) {
        Confirm c = s.confirm();
        AppState t = s.withConfirm(null).withStatus(null);
        boolean yes = key.getKeyType() == KeyType.Character && (key.getCharacter() == 'y' || key.getCharacter() == 'Y')
                && !key.isCtrlDown() && !key.isAltDown();
        if (!yes) return Next.of(t.withStatus("Nothing marked"));
        return t.view() == AppState.View.FEEDS ? FeedsScreen.markRead(t, c.feed()) : HeadlinesScreen.markAllShown(t);
    }
}
