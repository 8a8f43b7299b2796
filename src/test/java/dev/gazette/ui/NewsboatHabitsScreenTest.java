package dev.gazette.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.feed.Feed;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys a newsboat user presses from habit, found by a review that moved over from newsboat:
 * each does the newsboat thing, or the status names Gazette's key for it.
 */
class NewsboatHabitsScreenTest {
    @TempDir
    Path dir;

    private static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    private VirtualScreen twoFeeds() {
        Feed garden = new Feed("Garden Weekly", null, null, null, List.of(
                TestFeeds.article("g1", "Tomatoes", "2025-03-04T10:00:00Z", null, "t")), List.of(), 0, 0);
        return VirtualScreen.ofFeeds(70, 10, dir, Arrays.asList(null, "Natasha The Robot's long garden"),
                TestFeeds.threeArticles(), garden);
    }

    @Test
    void inTheArticleJAndKGoToTheNextAndPreviousArticleAsNandP() {
        VirtualScreen s = VirtualScreen.of(60, 10, TestFeeds.threeArticles(), dir);
        s.press(KeyType.Enter);
        String first = s.state().article().article().id();
        s.press(key('J'));
        String second = s.state().article().article().id();
        assertFalse(first.equals(second), "J moved on");
        s.press(key('K'));
        assertEquals(first, s.state().article().article().id(), "K came back");
    }

    @Test
    void capitalQQuitsAtOnceFromAnArticleOfOneOfSeveralFeeds() {
        VirtualScreen s = twoFeeds();
        s.press(key('j'), key('j')).press(KeyType.Enter).press(KeyType.Enter);
        assertTrue(s.state().article() != null, s.text());
        s.press(key('Q'));
        assertFalse(s.state().running(), "quit, not back to the list or the feeds");
    }

    @Test
    void capitalQQuitsFromTheHeadlinesOfOneOfSeveralFeedsWhereQGoesBack() {
        VirtualScreen s = twoFeeds();
        s.press(key('j'), key('j')).press(KeyType.Enter).press(key('q'));
        assertTrue(s.state().running(), "q goes back to the feeds");
        s.press(KeyType.Enter).press(key('Q'));
        assertFalse(s.state().running());
    }

    @Test
    void ctrlDAndCtrlUPageAsPgDnAndPgUp() {
        VirtualScreen s = VirtualScreen.of(60, 6, TestFeeds.many(30), dir);
        String first = s.state().headlines().selected().id();
        VirtualScreen byPgDn = VirtualScreen.of(60, 6, TestFeeds.many(30), dir).press(KeyType.PageDown);
        s.ctrl('d');
        assertEquals(byPgDn.state().headlines().selected().id(), s.state().headlines().selected().id());
        assertFalse(first.equals(s.state().headlines().selected().id()), "a page down");
        s.ctrl('u');
        assertEquals(first, s.state().headlines().selected().id());
    }

    @Test
    void aKeyGazetteHasUnderAnotherLetterIsNamed() {
        VirtualScreen s = VirtualScreen.of(60, 10, TestFeeds.threeArticles(), dir);
        s.press(key('C'));
        assertEquals("No C key here: A marks all read", s.row(9));
        s.press(KeyType.Enter).press(key('u'));
        assertEquals("No u key here: L lists the links", s.row(9).stripTrailing());
        VirtualScreen feeds = twoFeeds();
        feeds.press(key('C'));
        assertEquals("No C key here: A on All articles marks every feed read", feeds.row(9));
        feeds.press(key('X'));
        assertEquals("No X key here: ? lists the keys", feeds.row(9));
    }

    @Test
    void nInTheUnreadOnlyListSaysWhereTheArticleWent() {
        VirtualScreen s = VirtualScreen.of(60, 10, TestFeeds.threeArticles(), dir);
        s.press(key('u'), key('N'));
        assertEquals("Marked read: u shows every article", s.row(9));
        assertTrue(s.row(0).contains("2 of 3 articles"), s.row(0));
        s.press(key('u'));
        assertTrue(s.row(0).contains("3 articles"), "all again: " + s.row(0));
    }

    @Test
    void markingAFeedReadNamesItWhereTheWholeQuestionDoesNotFit() {
        VirtualScreen s = twoFeeds();
        s.press(key('j'), key('j'), key('A'));
        assertEquals("Mark 1 article of Natasha The Robot's long garden read? y/n", s.row(9).stripTrailing());
        s.press(key('n')).resize(52, 10).press(key('A'));
        assertEquals("Mark 1 of Natasha The Robot's long garden read? y/n", s.row(9).stripTrailing());
        s.press(key('n')).resize(30, 10).press(key('A'));
        assertEquals("Mark 1 read? y/n", s.row(9).stripTrailing());
    }
}
