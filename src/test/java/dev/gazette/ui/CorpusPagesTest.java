package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.gazette.Corpus;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.comments.CommentJournal;
import dev.gazette.feed.Article;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import dev.gazette.text.ArticleBodyRenderer;
import dev.gazette.text.StyledLine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every corpus feed the loader accepts, through the real loader and the article page:
 * every item laid out at widths 20, 80 and 200 (no control character, no line wider than
 * the width), and the first articles opened on screens of 20x6, 80x24 and 200x60.
 */
class CorpusPagesTest {
    static final int[] WIDTHS = {20, 80, 200};
    static final int[][] SCREENS = {{20, 6}, {80, 24}, {200, 60}};

    @TempDir
    Path dir;

    /** One test per corpus file, each skipped with the reason where the corpus is absent. */
    @TestFactory
    Stream<DynamicTest> everyLoadableCorpusFeed() {
        return Corpus.eachJsonFeed(this::check);
    }

    private void check(Path file) {
        Feed feed;
        try {
            feed = FeedLoader.load(file);
        } catch (FeedException invalid) {
            return;   // the invalid ones: CliCorpusTest checks their one-line message
        }
        for (Article a : feed.articles()) {
            ArticlePage page = new ArticlePage(a, ArticleBodyRenderer.render(a, a.content().load(), feed.homePageUrl()),
                    List.of(), 0, ZoneOffset.UTC);
            for (int width : WIDTHS) {
                for (StyledLine line : page.layout(width).lines()) {
                    String text = line.plain();
                    assertFalse(text.chars().anyMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0)), a.id() + ": " + text);
                    assertTrue(line.columns() <= width, a.id() + " at " + width + ": " + text);
                }
            }
        }
        CommentJournal journal = new CommentJournal(dir.resolve(file.getFileName() + ".comments.jsonl"));
        for (int[] size : SCREENS) {
            VirtualScreen s = VirtualScreen.of(size[0], size[1], feed, journal, null, "t");
            for (int i = 0; i < Math.min(3, feed.articles().size()); i++) {
                s.press(KeyType.Enter).press(new KeyStroke('G', false, false)).press(KeyType.Escape)
                        .press(new KeyStroke('j', false, false));
                assertTrue(s.state().running());
                assertFalse(s.text().chars().anyMatch(c -> c < 0x20 && c != '\n'), file + " on screen");
            }
        }
    }
}
