package dev.gazette.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleContent;
import dev.gazette.feed.ContentSource;
import dev.gazette.text.ArticleBodyRenderer;
import dev.gazette.text.StyledLine;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The top of an article page: its title, its byline, a blank line, then the body. */
class ArticlePageTest {
    private static List<String> top(Article a, int lines) {
        ArticlePage page = new ArticlePage(a, ArticleBodyRenderer.render(a, a.content().load(), null), List.of(), 0,
                ZoneOffset.UTC);
        return page.layout(40).lines().stream().limit(lines).map(StyledLine::plain).toList();
    }

    @Test
    void anItemWithNeitherTitleNorBylineStartsWithItsText() {
        Article bare = new Article("x", false, null, null, null, null, null, null, null, List.of(), List.of(), List.of(),
                ContentSource.of(new ArticleContent(null, "Just a note.", null)));
        assertEquals(List.of("Just a note."), top(bare, 1), "the rssboard sample's untitled items began with a blank line");
    }

    @Test
    void theCategoriesFollowTheBylineSoWhatTheFilterMatchedIsOnThePage() {
        Article a = new Article("t", false, "Joe Bob Goes to the Drive-In", null, null, null, null, null, null,
                List.of(), List.of("movies", " drive-ins\n", "", "Arts, Culture", "movies"),
                List.of(), ContentSource.of(new ArticleContent(null, "Text.", null)));
        assertEquals(List.of("Joe Bob Goes to the Drive-In", "Tags: movies · drive-ins · Arts, Culture", "", "Text."),
                top(a, 4), "cleaned, no blanks, no repeats, a comma inside a tag kept apart from the next");
    }

    @Test
    void anUntitledItemWithADateStartsWithItsByline() {
        Article dated = TestFeeds.article("d", null, "2017-06-26T19:40:00Z", null, "Some text.");
        assertEquals(List.of("26 Jun 2017, 19:40 ·", "https://example.invalid/d", "", "Some text."), top(dated, 4));
    }
}
