package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whole screens as plain text, the way Lanterna's and gitui's tests compare them: the
 * headline list, an article with two comments and the help overlay, each at 80x24 and at
 * 20x6. Dates are fixed (the feed's and the journal's) and shown in UTC. Rows are compared
 * without their trailing blanks; an empty row is an empty line.
 */
class GoldenScreensTest {

    @TempDir
    Path dir;

    /** Two comments on "Short note" (the second article), as the journal file holds them. */
    @BeforeEach
    void journalWithTwoComments() throws IOException {
        Files.writeString(dir.resolve("test.comments.jsonl"),
                "{\"id\":\"c1\",\"article\":\"short\",\"author\":\"Ana\",\"date\":\"2025-03-02T11:00:00Z\","
                        + "\"text\":\"First!\"}\n"
                        + "{\"id\":\"c2\",\"article\":\"short\",\"author\":\"Bo\",\"date\":\"2025-03-02T12:30:00Z\","
                        + "\"text\":\"A longer reply that has to wrap at twenty columns, of course.\"}\n",
                StandardCharsets.UTF_8);
    }

    VirtualScreen screen(int columns, int rows) {
        return VirtualScreen.of(columns, rows, TestFeeds.threeArticles(), dir);
    }

    static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    @Test
    void headlines80x24() {
        assertEquals(HEADLINES_80, screen(80, 24).text());
    }

    @Test
    void headlinesAfterReadingOne80x24() {
        VirtualScreen s = screen(80, 24).press(key('j')).press(KeyType.Enter).press(KeyType.Escape);
        assertEquals(HEADLINES_ONE_READ_80, s.text());
    }

    @Test
    void headlines20x6() {
        assertEquals(HEADLINES_20, screen(20, 6).text());
        VirtualScreen s = screen(20, 6).press(key('j')).press(KeyType.Enter).press(KeyType.Escape);
        assertEquals(HEADLINES_ONE_READ_20, s.text());
    }

    @Test
    void articleWithComments80x24() {
        VirtualScreen s = screen(80, 24).press(key('j')).press(KeyType.Enter);
        assertEquals(ARTICLE_80, s.text());
    }

    @Test
    void articleWithComments20x6TopAndBottom() {
        VirtualScreen s = screen(20, 6).press(key('j')).press(KeyType.Enter);
        assertEquals(ARTICLE_20_TOP, s.text());
        s.press(key('G'));
        assertEquals(ARTICLE_20_BOTTOM, s.text());
    }

    @Test
    void help80x24() {
        assertEquals(HELP_HEADLINES_80, screen(80, 24).press(key('?')).text());
        VirtualScreen s = screen(80, 24).press(key('j')).press(KeyType.Enter).press(key('?'));
        assertEquals(HELP_ARTICLE_80, s.text());
        s.press(KeyType.Escape);
        assertEquals(ARTICLE_80, s.text(), "any key closes the help and only the help");
    }

    @Test
    void theHelpsScrollOutlivesAResizeWhereItAllFits() {
        VirtualScreen s = screen(80, 24).press(key('j')).press(KeyType.Enter).press(key('?'));
        s.press(KeyType.PageDown);
        String scrolled = s.text();
        assertFalse(scrolled.equals(HELP_ARTICLE_80), "scrolled down");
        s.resize(200, 60);
        assertTrue(s.text().contains("Article (") && s.text().contains("Link list"), "all of it fits: " + s.text());
        s.resize(80, 24);
        assertEquals(scrolled, s.text(), "back at 80x24, where it was scrolled to");
    }

    @Test
    void help20x6() {
        // At 20 columns the descriptions do not fit: the box shows the keys and says there is more.
        assertEquals(HELP_HEADLINES_20, screen(20, 6).press(key('?')).text());
        VirtualScreen s = screen(20, 6).press(key('j')).press(KeyType.Enter).press(key('?'));
        assertEquals(HELP_ARTICLE_20, s.text());
    }

    static final String HEADLINES_80 = """
                 Test News — 3 articles, 3 unread
                ● 2025-03-03  Long read                                         Ana
                ● 2025-03-02  Short note (2)                                    Bo
                ● 2025-03-01  Third story



















                ↑↓ Move  Enter Open  / Filter  ? Help  q Quit""";

    static final String HEADLINES_ONE_READ_80 = """
                 Test News — 3 articles, 2 unread
                ● 2025-03-03  Long read                                         Ana
                  2025-03-02  Short note (2)                                    Bo
                ● 2025-03-01  Third story



















                ↑↓ Move  Enter Open  / Filter  ? Help  q Quit""";

    static final String HEADLINES_20 = """
                 Test News — 3 art…
                ● Long read
                ● Short note
                ● Third story

                ↑↓ Move  ? Help""";

    static final String HEADLINES_ONE_READ_20 = """
                 Test News — 3 art…
                ● Long read
                  Short note
                ● Third story

                ↑↓ Move  ? Help""";

    static final String ARTICLE_80 = """
                 Test News — 2/3                                                            All
                Short note
                By Bo · 2 Mar 2025, 10:00 · https://example.invalid/short

                Just one line of news.

                Comments (2)

                Ana · 2025-03-02 11:00
                  First!

                Bo · 2025-03-02 12:30
                  A longer reply that has to wrap at twenty columns, of course.









                > c to comment
                Esc Back  t Top  c Comment  ? Help""";

    @Test
    void aNarrowHeaderCutsTheNameBeforeItCutsTheArticlesPosition() {
        VirtualScreen s = VirtualScreen.of(20, 6, TestFeeds.feed(manyArticles(100)), dir);
        s.press(KeyType.Enter);
        assertEquals(" Test… — 1/100  Top", s.row(0).stripTrailing(), "not 'Test N… — 1/1…', which reads as one of one");
        VirtualScreen big = VirtualScreen.of(20, 6, TestFeeds.feed(manyArticles(1200)), dir);
        big.press(KeyType.End).press(KeyType.Enter);
        assertEquals(" 1200/1200      Top", big.row(0).stripTrailing(), "no room for the name: the position whole");
    }

    private static dev.gazette.feed.Article[] manyArticles(int n) {
        dev.gazette.feed.Article[] articles = new dev.gazette.feed.Article[n];
        for (int i = 0; i < n; i++) articles[i] = TestFeeds.article("a" + i, "Headline " + i, null, null, "Body " + i);
        return articles;
    }

    static final String ARTICLE_20_TOP = """
                 Test Ne… — 2/3 Top
                Short note
                By Bo · 2 Mar 2025,
                10:00 ·
                > c to comment
                Esc Back  ? Help""";

    static final String ARTICLE_20_BOTTOM = """
                 Test Ne… — 2/3 Bot
                  at twenty columns,
                  of course.

                > c to comment
                Esc Back  ? Help""";

    static final String HELP_HEADLINES_80 = """
             Test N┌────────────────────────────────────────────────────────────────┐
            ● 2025-│ Headlines (↑↓ j k PgDn scroll; other keys close, ^C quits)     │
            ● 2025-│                                                                │
            ● 2025-│ k Up             previous headline                             │
                   │ j Down           next headline                                 │
                   │ PgUp b ^U        page up                                       │
                   │ PgDn Space ^D    page down                                     │
                   │ Home g           first headline                                │
                   │ End G            last headline                                 │
                   │ Enter Right l    open the article                              │
                   │ n U              next unread article (this one if unread)      │
                   │ /                filter headlines as you type                  │
                   │ u                show only unread / all                        │
                   │ N                toggle read mark                              │
                   │ A                mark all as read (asks y/n)                   │
                   │ r                reload the feed (in All articles: every feed) │
                   │ R                reload every feed                             │
                   │ o                open the article's link in the browser        │
                   │ y                copy the article's link (OSC 52)              │
                   │ Esc h Left Bksp  clear the filter, else back to the feeds      │
                   │ ?                this help                                     │
                   │ ^Z               suspend (the shell's fg comes back)           │
                   │ ^L               redraw the screen                             │
            ↑↓ Move└─────────────────────────────────────────────────────────↓ more─┘""";

    static final String HELP_ARTICLE_80 = """
            ┌──────────────────────────────────────────────────────────────────────────────┐
            │ Article (↑↓ j k PgDn scroll; other keys close, ^C quits)                     │
            │                                                                              │
            │ k Up                       scroll up a line                                  │
            │ j Down                     scroll down a line                                │
            │ PgUp b ^U                  page up                                           │
            │ PgDn Space ^D              page down                                         │
            │ Home g                     top of the page                                   │
            │ End G                      bottom (comments)                                 │
            │ t                          Top: back to the title                            │
            │ n J                        next article                                      │
            │ p K                        previous article                                  │
            │ U                          next unread article, then the next feed's         │
            │ N                          toggle read mark                                  │
            │ o                          open the link in the browser                      │
            │ y                          copy the link (OSC 52)                            │
            │ 0-9                        link [n]: type n, then o opens, y copies          │
            │ L                          list the links (Enter opens)                      │
            │ /                          search the text                                   │
            │ Enter ^N                   next match (n too, while matches show)            │
            │ ^P                         previous match (N too, while matches show)        │
            │ c Tab                      write a comment                                   │
            │ ]                          select the next comment                           │
            └───────────────────────────────────────────────────────────────────────↓ more─┘""";

    static final String HELP_HEADLINES_20 = """
                ┌──────────────────┐
                │Headlines (↑↓ j k │
                │PgDn scroll; other│
                │keys close, ^C    │
                │quits)            │
                └───────────↓ more─┘""";

    static final String HELP_ARTICLE_20 = """
                ┌──────────────────┐
                │Article (↑↓ j k   │
                │PgDn scroll; other│
                │keys close, ^C    │
                │quits)            │
                └───────────↓ more─┘""";
}
