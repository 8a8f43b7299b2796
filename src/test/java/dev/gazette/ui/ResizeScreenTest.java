package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.feed.Feed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reading position across resizes: the text on top stays on top, the end stays the end. */
class ResizeScreenTest {

    @TempDir
    Path dir;

    /** One mark per sentence, each a different ideograph, so a row tells which sentence it holds. */
    static final String MARKS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬东南西北金木水火土天地";

    /**
     * A long Chinese article: paragraphs of two sentences, each opening with 【mark】, about
     * 70 ideographs a sentence, so lines break inside sentences at every width.
     */
    static Feed cjkArticle() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < MARKS.length(); i++) {
            if (i % 2 == 0 && i > 0) body.append("\n\n");
            body.append('【').append(MARKS.charAt(i)).append('】')
                    .append("今天的新闻报道说，东京和北京的记者们一起讨论了日本与中国之间的经济合作问题，")
                    .append("专家认为这种合作对两国人民都有好处，并且会在未来几年里继续发展下去。");
        }
        return TestFeeds.feed(TestFeeds.article("cjk", "长篇文章", "2025-03-03T10:00:00Z", "记者", body.toString()));
    }

    static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    /** Scrolls down line by line until the top body row starts a sentence, past {@code atLeast} lines. */
    static String scrollToSentence(VirtualScreen s, int atLeast) {
        for (int i = 0; i < atLeast; i++) s.press(key('j'));
        while (!s.row(1).startsWith("【")) s.press(key('j'));
        return s.row(1).substring(0, 3);
    }

    @Test
    void theSameSentenceStaysOnTopThroughResizesOfALongCjkArticle() {
        VirtualScreen s = VirtualScreen.of(80, 24, cjkArticle(), dir);
        s.press(KeyType.Enter);
        String sentence = scrollToSentence(s, 40);
        String topRow = s.row(1);
        int[][] sizes = {{50, 20}, {120, 40}, {80, 24}};
        for (int[] size : sizes) {
            s.resize(size[0], size[1]);
            // (at 120 columns the text column is 100 wide and centred)
            assertTrue(s.row(1).strip().startsWith(sentence), size[0] + "x" + size[1] + " top: " + s.row(1));
        }
        assertEquals(topRow, s.row(1), "back at 80x24 the very same line is on top");
    }

    @Test
    void aTopInsideAParagraphComesBackExactlyAfterARoundTrip() {
        VirtualScreen s = VirtualScreen.of(80, 24, cjkArticle(), dir);
        s.press(KeyType.Enter);
        scrollToSentence(s, 30);
        s.press(key('j'));                       // now inside the paragraph, mid-sentence
        String topRow = s.row(1);
        String firstTwo = topRow.substring(0, 2);
        s.resize(50, 20);
        assertTrue(s.text().lines().skip(1).limit(2).anyMatch(r -> r.contains(firstTwo)),
                "the text that was on top is on the top rows at 50 columns:\n" + s.text());
        s.resize(120, 40).resize(80, 24);
        assertEquals(topRow, s.row(1));
    }

    @Test
    void atTheBottomStaysAtTheBottom() {
        VirtualScreen s = VirtualScreen.of(80, 24, cjkArticle(), dir);
        s.press(KeyType.Enter).press(key('G'));
        assertTrue(s.row(0).endsWith("Bot"), s.row(0));
        int[][] sizes = {{50, 20}, {120, 40}, {80, 24}, {30, 10}};
        for (int[] size : sizes) {
            s.resize(size[0], size[1]);
            assertTrue(s.row(0).endsWith("Bot"), size[0] + "x" + size[1] + ": " + s.row(0));
            assertTrue(s.row(size[1] - 3).endsWith("display"), s.text());
        }
    }

    @Test
    void aBlankLineOnTopStaysTheBlankLineBeforeTheSameParagraph() {
        VirtualScreen s = VirtualScreen.of(60, 12, TestFeeds.threeArticles(), dir);
        s.press(KeyType.Enter);
        for (int i = 0; i < 8; i++) s.press(key('j'));
        while (!s.row(1).isEmpty()) s.press(key('j'));
        String next = s.row(2);
        s.resize(30, 12);
        assertEquals("", s.row(1));
        assertEquals(next, s.row(2));
        s.resize(60, 12);
        assertEquals(next, s.row(2));
    }

    @Test
    void theTopStaysAtTheTitle() {
        VirtualScreen s = VirtualScreen.of(80, 24, cjkArticle(), dir);
        s.press(KeyType.Enter);
        s.resize(40, 10).resize(100, 30);
        assertEquals("长篇文章", s.row(1));
        assertTrue(s.row(0).endsWith("Top"), s.row(0));
    }
}
