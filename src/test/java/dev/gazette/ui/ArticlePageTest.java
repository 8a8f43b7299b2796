package dev.gazette.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleContent;
import dev.gazette.feed.Attachment;
import dev.gazette.feed.ContentSource;
import dev.gazette.text.ArticleBodyRenderer;
import dev.gazette.text.StyledLine;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The top of an article page: its title, its byline, a blank line, then the body. */
class ArticlePageTest {
    private static List<String> top(Article a, int lines) {
        return top(a, lines, 40);
    }

    private static List<String> top(Article a, int lines, int width) {
        ArticlePage page = new ArticlePage(a, ArticleBodyRenderer.render(a, a.content().load(), null), List.of(), 0,
                ZoneOffset.UTC);
        return page.layout(width).lines().stream().limit(lines).map(StyledLine::plain).toList();
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
    void aPodcastsEpisodeIsUnderTheBylineNumberedAsInTheLinks() {
        Article episode = new Article("e", false, "Episode 1", null, null, null, null, null, null, List.of(), List.of(),
                List.of(new Attachment("https://cdn.example/ep1.m4a", "audio/x-m4a", null, 90_000_000L, 6629L)),
                ContentSource.of(new ArticleContent("<p>See <a href=\"https://example.org/notes\">notes</a>.</p>", null, null)));
        List<String> lines = top(episode, 5);
        assertEquals(List.of("Episode 1", "Attachment [2]: audio/x-m4a, 90.0\u00a0MB,", "1:50:29 · https://cdn.example/ep1.m4a", "",
                "See notes[1]."), lines, "[1] is the body's link, so the episode is [2] as in the Links list");
        assertEquals(List.of("Episode 1", "Attachment [2]: audio/x-m4a,", "90.0\u00a0MB, 1:50:29 ·"),
                top(episode, 3, 32), "the size is not cut between its number and its unit");
    }

    @Test
    void aWrappedBylineKeepsItsDotsAtTheEndsOfRows() {
        String byline = "By Marco Arment · 31 Jan 2019, 16:58 · http://atp.fm/episodes/311";
        assertEquals(List.of("By Marco Arment · 31 Jan 2019, 16:58 ·", "http://atp.fm/episodes/311"),
                ArticlePage.wrapParts(byline, 38), "not a row starting '· http://'");
        assertEquals(List.of("By Marco Arment · 31 Jan 2019, 16:58", "http://atp.fm/episodes/311"),
                ArticlePage.wrapParts(byline, 37), "no room for the dot: the row break sets the parts apart");
        assertEquals(List.of("a · b"), ArticlePage.wrapParts("a · b", 5));
    }

    @Test
    void aGalleryShowsThreeAttachmentsAndCountsTheRest() {
        List<Attachment> photos = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) photos.add(new Attachment("https://p.example/" + i + ".jpg", null, null, null, null));
        Article gallery = new Article("g", false, "Photos", null, null, null, null, null, null, List.of(), List.of(),
                photos, ContentSource.of(new ArticleContent(null, "Five photos.", null)));
        assertEquals(List.of("Photos", "Attachment [1]: https://p.example/1.jpg", "Attachment [2]: https://p.example/2.jpg",
                "Attachment [3]: https://p.example/3.jpg", "2 more attachments under Links", ""), top(gallery, 6));
    }

    @Test
    void anUntitledItemWithADateStartsWithItsByline() {
        Article dated = TestFeeds.article("d", null, "2017-06-26T19:40:00Z", null, "Some text.");
        assertEquals(List.of("26 Jun 2017, 19:40 ·", "https://example.invalid/d", "", "Some text."), top(dated, 4));
    }
}
