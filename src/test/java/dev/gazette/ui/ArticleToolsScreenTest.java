package dev.gazette.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleContent;
import dev.gazette.feed.Author;
import dev.gazette.feed.ContentSource;
import dev.gazette.feed.Feed;
import dev.gazette.text.Span;
import dev.gazette.text.StyledLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The article view's reading conveniences: links by number and by list, copying, search, next unread. */
class ArticleToolsScreenTest {

    @TempDir
    Path dir;

    static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    static KeyStroke ctrl(char c) {
        return new KeyStroke(c, true, false);
    }

    static Feed linked() {
        String html = "<p>Read <a href=\"https://ja.example/wiki/%E6%97%A5%E6%9C%AC\">Japan</a> and "
                + "<a href=\"/second\">the second</a> and <a href=\"https://three.example/\">three</a>.</p>";
        Article a = new Article("l", false, "Links", "https://news.example/%E6%97%A5/story", null, null, null,
                Instant.parse("2025-03-03T10:00:00Z"), null, List.of(new Author("Ana", null)), List.of(), List.of(),
                ContentSource.of(new ArticleContent(html, null, null)));
        return new Feed("Test News", "https://news.example/", null, null, List.of(a), List.of(), 0, 0);
    }

    @Test
    void digitsThenOOpensThatLinkAndTheNumberShowsWhileTyped() {
        VirtualScreen s = VirtualScreen.of(80, 20, linked(), dir);
        s.press(KeyType.Enter);
        assertTrue(s.text().contains("Japan[1]"), s.text());
        s.press(key('2'));
        assertEquals("Link 2 (of 3): o opens it, y copies it, Esc cancels", s.row(19));
        VirtualScreen none = VirtualScreen.of(80, 20, TestFeeds.threeArticles(), dir.resolve("none"));
        none.press(KeyType.Enter).press(key('1')).press(key('9'));
        assertEquals("Link 19: this article has no links (Esc cancels)", none.row(19), "not 'o opens it'");
        VirtualScreen past = VirtualScreen.of(80, 20, linked(), dir.resolve("past"));
        past.press(KeyType.Enter).press(key('9'));
        assertEquals("Link 9: the links are [1] to [3] (Esc cancels)", past.row(19), "said before o");
        past.press(KeyType.Escape).press(key('0'));
        assertEquals("Link 0: the links are [1] to [3] (Esc cancels)", past.row(19));
        s.press(key('o'));
        assertEquals(List.of("https://news.example/second"), s.opened);
        s.press(key('1'), key('2'), key('o'));
        assertEquals("No link [12]: this article has 3 links", s.row(19));
        s.press(key('3'), new KeyStroke(KeyType.Escape));
        assertEquals(AppState.View.ARTICLE, s.state().view(), "Esc cancels the number, it does not leave");
        assertEquals("", s.state().article().tools().number());
        s.press(key('o'));
        assertEquals("https://news.example/%E6%97%A5/story", s.opened.get(s.opened.size() - 1),
                "o alone opens the article's link, encoded as written");
    }

    @Test
    void bylineAndLinksShowUrlsDecodedAndTheListOpensWithEnter() {
        VirtualScreen s = VirtualScreen.of(80, 20, linked(), dir);
        s.press(KeyType.Enter);
        assertEquals("By Ana · 3 Mar 2025, 10:00 · https://news.example/日/story", s.row(2));
        assertTrue(s.text().contains("[1] https://ja.example/wiki/日本"), s.text());
        s.press(key('L'));
        assertTrue(s.text().contains("Links: Enter opens, y copies, Esc closes"), s.text());
        assertTrue(s.text().contains("[1] https://ja.example/wiki/日本  Japan"), s.text());
        int row = s.rows().indexOf(s.rows().stream().filter(r -> r.contains("[1] https")).findFirst().orElseThrow());
        assertTrue(s.cell(4, row).getModifiers().contains(SGR.REVERSE), "the first link is selected");
        s.press(key('j'), key('j'), key('k')).press(KeyType.Enter);
        assertEquals(List.of("https://news.example/second"), s.opened);
        assertNull(s.state().article().tools().links(), "opening closes the list");
        s.press(key('L'), new KeyStroke(KeyType.Escape));
        assertNull(s.state().article().tools().links());
        assertEquals(AppState.View.ARTICLE, s.state().view());
    }

    /** An article whose text has twelve links, opened, with its link list open. */
    private VirtualScreen twelveLinksListed(int columns, int rows) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 12; i++) text.append("See https://example.org/").append(i).append(" here. ");
        VirtualScreen s = VirtualScreen.of(columns, rows, TestFeeds.feed(
                TestFeeds.article("m", "Many links", "2025-03-03T10:00:00Z", null, text.toString())), dir);
        return s.press(KeyType.Enter).press(key('L'));
    }

    @Test
    void aListLongerThanTheBoxSaysWhereThereIsMoreAndNumbersLineUp() {
        VirtualScreen s = twelveLinksListed(60, 8);
        assertTrue(s.row(0).startsWith(" Test News"), "the header stays: " + s.row(0));
        assertEquals("│  [1] https://example.org/1" + " ".repeat(31) + "│", s.row(2), "numbered to the width of [12]");
        assertEquals("└" + "─".repeat(51) + "↓ more─┘", s.row(6), "four of twelve shown: the frame says so");
        assertEquals(LinkPicker.KEYS, s.row(7).strip(), "the status row stays the list's");
        s.press(key('j'), key('j'), key('j'), key('j'), key('j'), key('j'));
        assertEquals("└" + "─".repeat(50) + "↑↓ more─┘", s.row(6), "the seventh selected: more above and below");
        s.press(key('G'));
        assertEquals("│  [9] https://example.org/9" + " ".repeat(31) + "│", s.row(2));
        assertEquals("│ [12] https://example.org/12" + " ".repeat(30) + "│", s.row(5), "URLs start in one column");
        assertEquals("└" + "─".repeat(51) + "↑ more─┘", s.row(6), "the last shown: more above only");
        s.press(key('z'));
        assertEquals("No z key here: ? lists the keys", s.row(7).strip(), "what a key did shows under the box");
    }

    @Test
    void aSmallerScreenKeepsTheSelectedLinkInTheBoxBecauseEnterActsOnIt() {
        VirtualScreen s = twelveLinksListed(60, 20);
        for (int i = 0; i < 10; i++) s.press(key('j'));
        s.resize(60, 8);
        int row = s.rows().indexOf(s.rows().stream().filter(r -> r.contains("[11] https")).findFirst().orElseThrow());
        assertTrue(s.cell(4, row).getModifiers().contains(SGR.REVERSE), s.text());
        s.press(KeyType.Enter);
        assertEquals(List.of("https://example.org/11"), s.opened);
    }

    @Test
    void aPlainTextArticlesBareUrlsAreLinksAndWithoutAnyLSaysOOpensThePage() {
        VirtualScreen s = VirtualScreen.of(80, 20, TestFeeds.feed(
                TestFeeds.article("u", "With a URL", "2025-03-03T10:00:00Z", null, "Read https://example.org/report."),
                TestFeeds.article("v", "Without", "2025-03-02T10:00:00Z", null, "No address here.")), dir);
        s.press(KeyType.Enter);
        assertTrue(s.text().contains("Read https://example.org/report[1]."), s.text());
        s.press(key('1'), key('o'));
        assertEquals(List.of("https://example.org/report"), s.opened, "1o opens the bare URL");
        s.press(key('L'));
        assertTrue(s.text().contains("[1] https://example.org/report"), s.text());
        s.press(KeyType.Escape).press(key('n')).press(key('L'));
        assertEquals("No links in this article's text; o opens the article's own page", s.row(19).stripTrailing());
    }

    @Test
    void aFeedLinkWithASpaceIsOpenedAndCopiedEncodedAsABrowserSendsIt() {
        Article a = new Article("s", false, "Spaced", " https://news.example/a story?q=x y ", null, null, null,
                Instant.parse("2025-03-03T10:00:00Z"), null, List.of(), List.of(), List.of(),
                ContentSource.of(new ArticleContent("<p>Body</p>", null, null)));
        VirtualScreen s = VirtualScreen.of(60, 12, TestFeeds.feed(a), dir);
        s.press(key('o'));
        assertEquals(List.of("https://news.example/a%20story?q=x%20y"), s.opened, "from the headlines");
        s.press(KeyType.Enter).press(key('o'));
        assertEquals("https://news.example/a%20story?q=x%20y", s.opened.get(1), "from the article");
        s.press(key('y'));
        assertEquals("https://news.example/a%20story?q=x%20y", s.row(11), "y copies it the same way");
    }

    @Test
    void theBylineHasTheTimeOfDayUnlessTheFeedGaveADateAlone() {
        for (String[] c : new String[][] {{"2025-03-03T14:05:09Z", "By Ana · 3 Mar 2025, 14:05"},
                {"2025-03-03T00:00:00Z", "By Ana · 3 Mar 2025"}}) {
            Article a = new Article("d", false, "Dated", null, null, null, null, Instant.parse(c[0]), null,
                    List.of(new Author("Ana", null)), List.of(), List.of(),
                    ContentSource.of(new ArticleContent("<p>Body</p>", null, null)));
            VirtualScreen s = VirtualScreen.of(60, 12, TestFeeds.feed(a), dir);
            s.press(KeyType.Enter);
            assertEquals(c[1], s.row(2), "published " + c[0] + ", shown in UTC");
        }
    }

    @Test
    void yCopiesTheArticleLinkAndWithoutAClipboardTheStatusShowsItInFull() {
        VirtualScreen s = VirtualScreen.of(40, 12, linked(), dir);
        s.press(KeyType.Enter).press(key('y'));
        assertEquals("https://news.example/%E6%97%A5/story", s.row(11), "the URL as it will be pasted");
        s.press(key('3'), key('y'));
        assertEquals("https://three.example/", s.row(11));
    }

    @Test
    void aKeptSearchTakesOneRowAndKeepsWholeKeysOnANarrowScreen() {
        VirtualScreen s = VirtualScreen.of(47, 10, TestFeeds.threeArticles(), dir);
        s.press(KeyType.Enter).press(key('/')).type("PARAGRAPH 3").press(KeyType.Enter);
        assertEquals("/PARAGRAPH 3  1/11  n ^N next  N ^P previous", s.row(9));
        assertTrue(s.row(8).endsWith(ArticleScreen.INPUT_HINT), "the input row is not taken by the hint: " + s.row(8));
        s.resize(24, 10);
        assertEquals("/PARAGRAPH 3  1/11", s.row(9), "no half a key");
        s.resize(14, 10);
        assertEquals("/PARAGR…  1/11", s.row(9), "the query gives way to the count");
        assertTrue(s.row(8).startsWith(">"), "the input row stays the input's: " + s.row(8));
        s.resize(9, 10);
        assertEquals(9, s.row(9).length());
        assertTrue(s.row(8).startsWith(">"), "still one row: " + s.row(8));
    }

    @Test
    void theCommentInputShowsItsOwnKeysOverAKeptSearch() {
        VirtualScreen s = VirtualScreen.of(80, 10, TestFeeds.threeArticles(), dir);
        s.press(KeyType.Enter).press(key('/')).type("PARAGRAPH").press(KeyType.Enter);
        assertTrue(s.row(9).startsWith("/PARAGRAPH  1/"), s.row(9));
        s.press(key('c')).type("hello n");
        assertEquals(ArticleScreen.INPUT_KEYS, s.row(9).strip(), "n is a letter here, not the next match");
        s.press(KeyType.Escape);
        assertTrue(s.row(9).startsWith("/PARAGRAPH  1/"), "the search is still kept: " + s.row(9));
    }

    @Test
    void theLinkListShowsItsOwnKeysAndQuestionMarkOpensTheHelpOverIt() {
        VirtualScreen s = VirtualScreen.of(80, 20, linked(), dir);
        s.press(KeyType.Enter).press(key('L'));
        assertEquals(LinkPicker.KEYS, s.row(19).strip(), "not the article's keys, which do nothing here");
        s.press(key('x'));
        assertEquals("No x key here: ? lists the keys", s.row(19).strip());
        s.press(key('?'));
        assertTrue(s.text().contains("Link list (after L)"), s.text());
        s.press(key('z'));
        assertTrue(s.text().contains("Links: Enter opens, y copies, Esc closes"), "the list is open again: " + s.text());
    }

    @Test
    void questionMarkInTheLinkListOpensTheHelpAtItsKeysOnANarrowScreenToo() {
        for (int width : new int[] {80, 40, 20}) {
            VirtualScreen s = VirtualScreen.of(width, 12, linked(), dir);
            s.press(KeyType.Enter).press(key('L')).press(key('?'));
            assertTrue(s.row(1).contains("Link list"), width + " columns, the help's keys wrapped: " + s.text());
            s.press(key('j'));
            assertFalse(s.row(1).contains("Link list"), "then it scrolls from there: " + s.text());
        }
    }

    @Test
    void slashSearchesAsYouTypeHighlightsAndCtrlNPWalkTheMatches() {
        VirtualScreen s = VirtualScreen.of(60, 10, TestFeeds.threeArticles(), dir);
        s.press(KeyType.Enter).press(key('/')).type("PARAGRAPH 3");
        assertEquals("/PARAGRAPH 3  1/11", s.row(9));
        int row = s.rows().indexOf("Paragraph 3 is short.");
        assertTrue(row > 0, s.text());
        assertTrue(s.cell(0, row).getModifiers().contains(SGR.REVERSE), "the match is highlighted");
        assertFalse(s.cell(13, row).getModifiers().contains(SGR.REVERSE), "the rest of the line is not");
        s.press(KeyType.Enter);
        assertTrue(s.row(9).startsWith("/PARAGRAPH 3  1/11  n ^N next"), s.row(9));
        s.press(ctrl('n'));
        assertTrue(s.text().contains("Paragraph 30 is short."), s.text());
        assertTrue(s.row(9).contains("2/11"), s.row(9));
        s.press(ctrl('p'), ctrl('p'));
        assertTrue(s.row(9).startsWith("Search went on from the end"), s.row(9));
        assertTrue(s.text().contains("Paragraph 39 is short."), s.text());
        s.press(KeyType.Escape);
        assertNull(s.state().article().tools().search(), "Esc clears the search");
        s.press(key('/')).type("paragraph 3");
        assertEquals("/paragraph 3  11/11", s.row(9), "the first match from Paragraph 39, where the view is");
        s.press(ctrl('n'));
        assertEquals("/paragraph 3  1/11", s.row(9), "Ctrl-N works while the query is typed, and it stays typed");
        s.type("0");
        assertEquals("/paragraph 30  1/1", s.row(9));
        s.press(KeyType.Escape);
        assertEquals(AppState.View.ARTICLE, s.state().view());
        s.press(KeyType.Escape);
        assertEquals(AppState.View.HEADLINES, s.state().view(), "a second Esc goes back");
    }

    @Test
    void nIsTheNextMatchWhileMatchesShowAndTheNextArticleOnceEscClearsThem() {
        VirtualScreen s = VirtualScreen.of(60, 10, TestFeeds.threeArticles(), dir);
        s.press(KeyType.Enter);
        String first = s.state().article().article().id();
        s.press(key('/')).type("short").press(KeyType.Enter).press(key('n'));
        assertEquals(first, s.state().article().article().id(), "n walked the matches");
        assertEquals(1, s.state().article().tools().search().current());
        boolean read = s.state().isRead(s.state().article().article());
        s.press(key('N'));
        assertEquals(0, s.state().article().tools().search().current(), "N, as in less: the previous match");
        assertEquals(read, s.state().isRead(s.state().article().article()), "not the read mark");
        s.press(KeyType.Escape).press(key('n'));
        assertFalse(first.equals(s.state().article().article().id()), "with no search, n is the next article");
    }

    @Test
    void aResizeKeepsTheCurrentMatchCurrentAndOnScreen() {
        VirtualScreen s = VirtualScreen.of(60, 10, TestFeeds.threeArticles(), dir);
        s.press(KeyType.Enter).press(key('/')).type("short").press(KeyType.Enter).press(ctrl('n'), ctrl('n'), ctrl('n'));
        ArticleSearch before = s.state().article().tools().search();
        assertEquals(3, before.current());
        for (int[] size : new int[][] {{40, 10}, {20, 8}, {100, 30}, {60, 10}}) {
            s.resize(size[0], size[1]);
            ArticleSearch after = s.state().article().tools().search();
            assertEquals(3, after.current(), "the fourth match at " + size[0] + "x" + size[1]);
            int row = after.currentMatch().line() - s.state().article().top();
            assertTrue(row >= 0 && row < size[1] - 2, "on screen at " + size[0] + "x" + size[1] + ": row " + row);
        }
    }

    @Test
    void aMatchLowOnATallScreenStaysOnScreenWhenTheScreenGetsShorter() {
        VirtualScreen s = VirtualScreen.of(60, 30, TestFeeds.threeArticles(), dir);
        s.press(KeyType.Enter).press(key('/')).type("short").press(KeyType.Enter);
        ArticleState a = s.state().article();
        for (int i = 0; i < 20 && a.tools().search().currentMatch().line() - a.top() < 14; i++) {
            s.press(ctrl('n'));
            a = s.state().article();
        }
        assertTrue(a.tools().search().currentMatch().line() - a.top() >= 14, "a match low on the screen");
        int current = a.tools().search().current();
        s.resize(60, 12);
        a = s.state().article();
        assertEquals(current, a.tools().search().current());
        int row = a.tools().search().currentMatch().line() - a.top();
        assertTrue(row >= 0 && row < 10, "on the shorter screen: row " + row);
    }

    @Test
    void escWhileTypingGoesBackToWhereTheSearchBeganAndNotFoundSaysSo() {
        VirtualScreen s = VirtualScreen.of(60, 10, TestFeeds.threeArticles(), dir);
        s.press(KeyType.Enter).press(key('j'));
        String top = s.row(1);
        s.press(key('/')).type("Paragraph 20");
        assertFalse(s.row(1).equals(top));
        s.press(KeyType.Escape);
        assertEquals(top, s.row(1));
        s.press(key('/')).type("zebra").press(KeyType.Enter);
        assertEquals("Not found: zebra", s.row(9));
    }

    static Feed wrapped() {
        String html = "<p>The council voted for the new harbour plan on Tuesday evening.</p>"
                + "<blockquote><p>We will build the new harbour wall by the spring, said the mayor.</p></blockquote>"
                + "<p>It ends with harbour</p><p>wall repairs.</p>";
        Article a = new Article("w", false, "Wrapped", null, null, null, null, Instant.parse("2025-03-03T10:00:00Z"), null,
                List.of(), List.of(), List.of(), ContentSource.of(new ArticleContent(html, null, null)));
        return TestFeeds.feed(a);
    }

    @Test
    void searchFindsWordsTheWrapPutOnTwoLinesButNotAcrossParagraphs() {
        VirtualScreen s = VirtualScreen.of(30, 16, wrapped(), dir);
        s.press(KeyType.Enter);
        int first = s.rows().indexOf("│ We will build the new");
        assertTrue(first > 0, "the quote wraps after 'new': " + s.text());
        assertEquals("│ harbour wall by the spring,", s.row(first + 1));
        s.press(key('/')).type("new harbour wall");
        assertEquals("/new harbour wall  1/1", s.row(15),
                "once, in the quote; the paragraphs 'It ends with harbour' and 'wall repairs.' are not one text");
        assertTrue(s.cell(20, first).getModifiers().contains(SGR.REVERSE), "'new' at the end of the first line");
        assertFalse(s.cell(19, first).getModifiers().contains(SGR.REVERSE), "the space before it is not");
        assertFalse(s.cell(0, first + 1).getModifiers().contains(SGR.REVERSE), "the quote bar is not part of the text");
        assertTrue(s.cell(2, first + 1).getModifiers().contains(SGR.REVERSE), "'harbour' on the next line");
        assertTrue(s.cell(13, first + 1).getModifiers().contains(SGR.REVERSE), "'wall' too");
        assertFalse(s.cell(14, first + 1).getModifiers().contains(SGR.REVERSE), "and nothing after it");
        s.press(KeyType.Escape).press(key('/')).type("│");
        assertEquals("/│  not found", s.row(15), "a quote's bar is the layout's, not the text's");
        assertEquals("The council voted for the new", s.row(4));
        s.press(KeyType.Escape).press(key('/')).type("the NEW harbour plan");
        assertEquals("/the NEW harbour plan  1/1", s.row(15), "a plain paragraph's wrap, ignoring case");
    }

    @Test
    void searchFindsTheArticleAndItsCommentsButNotGazettesOwnWordsUnderIt() {
        VirtualScreen s = VirtualScreen.of(40, 30, wrapped(), dir);
        s.press(KeyType.Enter);
        assertTrue(s.text().contains("There are no comments to display"), s.text());
        s.press(key('/')).type("comments");
        assertEquals("/comments  not found", s.row(29), "neither the 'Comments (0)' heading nor the note under it");
        s.press(KeyType.Escape).press(key('/')).type("display");
        assertEquals("/display  not found", s.row(29));
        s.press(KeyType.Escape).press(key('c')).type("More comments on the harbour, please").press(KeyType.Enter);
        assertTrue(s.text().contains("More comments on the harbour"), s.text());
        s.press(key('/')).type("comments");
        assertEquals("/comments  1/1", s.row(29), "a comment's own words are found");
        s.press(KeyType.Escape).press(key('/')).type("harbour");
        assertTrue(s.row(29).matches("/harbour  \\d/4"), "three in the article, one in the comment: " + s.row(29));
    }

    @Test
    void searchFindsWordsInALongCodeLineGoingOnOverRows() {
        String html = "<pre>col1 col2 and a very long preformatted line that goes on and on past the edge</pre>";
        Article a = new Article("p", false, "Code", null, null, null, null, Instant.parse("2025-03-03T10:00:00Z"), null,
                List.of(), List.of(), List.of(), ContentSource.of(new ArticleContent(html, null, null)));
        VirtualScreen s = VirtualScreen.of(30, 12, TestFeeds.feed(a), dir);
        s.press(KeyType.Enter);
        int first = s.rows().indexOf("col1 col2 and a very long pre↩");
        assertTrue(first > 0, s.text());
        assertEquals("formatted line that goes on a↩", s.row(first + 1));
        s.press(key('/')).type("preformatted");
        assertEquals("/preformatted  1/1", s.row(11));
        assertTrue(s.cell(26, first).getModifiers().contains(SGR.REVERSE), "'pre' before the mark");
        assertFalse(s.cell(29, first).getModifiers().contains(SGR.REVERSE), "the mark is not the text's");
        assertTrue(s.cell(8, first + 1).getModifiers().contains(SGR.REVERSE), "'formatted' on the next row");
        s.press(KeyType.Escape).press(key('/')).type("on and on past");
        assertEquals("/on and on past  1/1", s.row(11));
    }

    @Test
    void aMegabyteCodeLineOfMatchesIsSearchedInLinearTime() {
        List<StyledLine> lines = dev.gazette.text.HtmlRenderer.render("<pre>" + "x".repeat(1_000_000) + "</pre>", null).layout(80);
        assertTrue(lines.size() > 12_000, "one line going on over " + lines.size() + " rows");
        // 500,000 matches over 12,659 rows: placing each by a scan of the rows would take minutes.
        List<ArticleSearch.Match> found = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(60), () -> ArticleSearch.find(lines, "xx"));
        assertEquals(500_000, found.size());
        assertEquals(new ArticleSearch.Match(0, 78, 1, 1), found.get(39), "the 40th match runs over the first mark");
    }

    @Test
    void aMatchOverAWrapIsPlacedOnBothLines() {
        StyledLine japanese = StyledLine.plain("日本");
        StyledLine wrappedJapanese = new StyledLine(List.of(new Span("語です")), "", 0);
        assertEquals(List.of(new ArticleSearch.Match(0, 0, 1, 1)), ArticleSearch.find(List.of(japanese, wrappedJapanese), "日本語"),
                "CJK wraps with nothing between the lines");
        StyledLine first = StyledLine.plain("the new");
        StyledLine quoted = new StyledLine(List.of(new Span("│ "), new Span("harbour")), " ", 2);
        assertEquals(List.of(new ArticleSearch.Match(1, 2, 1, 9)), ArticleSearch.find(List.of(first, quoted), " harbour"),
                "a match that starts in the space the wrap took starts on the next line, after the quote bar");
        assertEquals(List.of(new ArticleSearch.Match(0, 4, 0, 7)), ArticleSearch.find(List.of(first, quoted), "new "),
                "and one that ends in it ends on the line before");
        assertEquals(List.of(), ArticleSearch.find(List.of(first, StyledLine.plain("harbour")), "new harbour"),
                "a line of its own is not joined to the one before");
    }

    @Test
    void searchFindsCjkAndNeverSplitsALetterFromItsMark() {
        assertEquals(2, ArticleSearch.find(List.of(dev.gazette.text.StyledLine.plain("日本と日本語")), "日本").size());
        List<ArticleSearch.Match> accented = ArticleSearch.find(
                List.of(dev.gazette.text.StyledLine.plain("cafe\u0301 and cafe")), "cafe");
        assertEquals(1, accented.size(), "the e of an e with an accent is not a match for e");
        assertEquals(10, accented.get(0).start());
        assertEquals(1, ArticleSearch.find(List.of(dev.gazette.text.StyledLine.plain("ΣΟΦΟΣ")), "σοφος").size());
        // é typed on a keyboard (one code point) finds é written as e and an accent, and the other way round.
        List<StyledLine> both = List.of(StyledLine.plain("Cafe\u0301 au lait, nai\u0308ve; café"));
        assertEquals(List.of(new ArticleSearch.Match(0, 0, 0, 5), new ArticleSearch.Match(0, 23, 0, 27)),
                ArticleSearch.find(both, "caf\u00e9"), "the whole of 'Cafe' and its accent, then 'café'");
        assertEquals(2, ArticleSearch.find(both, "cafe\u0301").size());
        assertEquals(List.of(new ArticleSearch.Match(0, 15, 0, 21)), ArticleSearch.find(both, "naïve"));
    }

    @Test
    void nOrUInTheListOpensTheSelectedArticleIfUnreadElseTheNextUnreadAsNewsboatsListDoes() {
        VirtualScreen s = VirtualScreen.of(60, 10, TestFeeds.threeArticles(), dir);
        s.press(key('n'));
        assertEquals("long", s.state().article().article().id(), "the selected one, unread");
        s.press(KeyType.Escape).press(key('j'), key('N'));   // "short" read; the selection stays on it
        s.press(key('U'));
        assertEquals("third", s.state().article().article().id(), "the next unread after a read one");
    }

    @Test
    void uOnAReadArticleSelectsTheNextUnreadOneNotTheRowWithItsNumber() {
        VirtualScreen s = VirtualScreen.of(60, 10, TestFeeds.many(5), dir);
        s.press(key('j'), key('N'), key('j'), key('N'));   // a1 and a2 read; the selection on a2, row 3
        s.press(key('u'));
        assertEquals("a3", s.state().headlines().selected().id(), "the unread one after it, not a4 on row 3");
        s.press(key('u'));
        assertEquals("a3", s.state().headlines().selected().id(), "and it stays selected in the whole list");
    }

    @Test
    void capitalUOpensTheNextUnreadAndNTogglesTheOpenArticlesMark() {
        VirtualScreen s = VirtualScreen.of(60, 10, TestFeeds.threeArticles(), dir);
        s.press(key('j'), key('N'));                    // "short" read from the list
        s.press(key('k')).press(KeyType.Enter);         // open "long"
        s.press(key('U'));
        assertEquals("third", s.state().article().article().id(), "U skips the read one");
        s.press(key('U'));
        assertEquals("No other unread article", s.row(9));
        s.press(key('N'));
        assertEquals("Marked unread (N marks it read again)", s.row(9));
        assertFalse(s.state().feeds().get(0).read().contains("third"));
        assertTrue(s.row(0).contains("Test News"), s.row(0));
        s.press(key('N'));
        assertEquals("Marked read", s.row(9));
        assertTrue(s.state().feeds().get(0).read().contains("third"));
    }
}
