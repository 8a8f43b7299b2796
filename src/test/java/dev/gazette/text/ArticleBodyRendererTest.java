package dev.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleContent;
import dev.gazette.feed.Attachment;
import dev.gazette.feed.ContentSource;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleBodyRendererTest {

    static Article article(String url, List<Attachment> attachments, ArticleContent content) {
        return new Article("id", false, "Title", url, null, null, null, null, null, List.of(), List.of(), attachments,
                ContentSource.of(content));
    }

    static List<String> lines(Article a, ArticleContent c, String home, int width) {
        return ArticleBodyRenderer.render(a, c, home).layout(width).stream().map(StyledLine::plain).toList();
    }

    @Test
    void htmlIsPreferredOverText() {
        ArticleContent c = new ArticleContent("<p>from <b>html</b></p>", "from text", "summary");
        assertEquals(List.of("from html"), lines(article(null, List.of(), c), c, null, 30));
    }

    @Test
    void textIsUsedWhenThereIsNoHtml() {
        ArticleContent c = new ArticleContent(null, "para one\n\npara two", "summary");
        assertEquals(List.of("para one", "", "para two"), lines(article(null, List.of(), c), c, null, 30));
    }

    @Test
    void textIsUsedWhenTheHtmlShowsNothing() {
        ArticleContent c = new ArticleContent("<script>alert(1)</script>", "the text", null);
        assertEquals(List.of("the text"), lines(article(null, List.of(), c), c, null, 30));
    }

    @Test
    void summaryIsTheLastResort() {
        ArticleContent c = new ArticleContent("", "  ", "Just a summary.");
        assertEquals(List.of("Just a summary."), lines(article(null, List.of(), c), c, null, 30));
    }

    @Test
    void noContentAtAll() {
        Document d = ArticleBodyRenderer.render(article(null, List.of(), ArticleContent.EMPTY), ArticleContent.EMPTY, null);
        assertEquals(List.of(StyledLine.of("(no content)", Style.DIM, Style.ITALIC)), d.layout(30));
        assertEquals(List.of("(no content)"), lines(null, null, null, 30));
    }

    @Test
    void linksSectionListsLinksImagesAndAttachments() {
        ArticleContent c = new ArticleContent(
                "<p>Listen <a href=\"/ep1.mp3\">here</a>.</p><p><img src=\"cover.jpg\" alt=\"Cover\"></p>", null, null);
        Article a = article("https://pod.example/episodes/1", List.of(
                new Attachment("https://pod.example/ep1.mp3", "audio/mpeg", null, 24_300_000L, 3723L),
                new Attachment("transcript.pdf", "application/pdf", "Transcript", 1_536L, null)), c);
        assertEquals(List.of(
                "Listen here[1].",
                "",
                "[image: Cover][2]",
                "",
                "Links",
                "[1] https://pod.example/ep1.mp3",
                "    (audio/mpeg, 24.3 MB, 1:02:03)",
                "[2] https://pod.example/episodes/",
                "    cover.jpg (image: Cover)",
                "[3] https://pod.example/episodes/",
                "    transcript.pdf (Transcript,",
                "    application/pdf, 1.5 kB)"), lines(a, c, "https://pod.example/", 34));
        Document d = ArticleBodyRenderer.render(a, c, null);
        assertEquals(new Link(3, "https://pod.example/episodes/transcript.pdf", "Transcript, application/pdf, 1.5 kB"), d.links().get(2));
        StyledLine heading = d.layout(80).get(4);
        assertEquals(Set.of(Style.HEADING, Style.BOLD), heading.spans().get(0).styles());
    }

    @Test
    void aBaseTheFeedSetsForTheBodyResolvesItsLinks() {
        ArticleContent c = new ArticleContent("<a href=\"pic.png\">pic</a> <a href=\"/root\">root</a>", null, null,
                "https://cdn.example/assets/");
        Document d = ArticleBodyRenderer.render(article("https://site.example/2024/post", List.of(), c), c, null);
        assertEquals(List.of("https://cdn.example/assets/pic.png", "https://cdn.example/root"),
                d.links().stream().map(Link::url).toList());
        ArticleContent relative = c.withBase("../other/");
        Document r = ArticleBodyRenderer.render(article("https://site.example/2024/post", List.of(), relative), relative, null);
        assertEquals("https://site.example/other/pic.png", r.links().get(0).url(), "a relative base, against the link");
    }

    @Test
    void theLinkedPageAndThePictureOfTheItemAreListed() {
        ArticleContent c = new ArticleContent("<p>See <a href=\"https://elsewhere.example/story\">this story</a>.</p>",
                null, null);
        Article linkPost = new Article("id", false, "Title", "https://blog.example/1", "https://elsewhere.example/story", null,
                "/img/1.jpg", null, null, List.of(), List.of(), List.of(), ContentSource.of(c));
        assertEquals(List.of(
                "See this story[1].",
                "",
                "Links",
                "[1] https://elsewhere.example/story",
                "[2] https://blog.example/img/1.jpg (image)"), lines(linkPost, c, null, 80),
                "the linked page is the body's link already: listed once, as the body names it");
        Article bare = new Article("id", false, "Title", "https://blog.example/1", "https://elsewhere.example/full", null,
                null, null, null, List.of(), List.of(), List.of(), ContentSource.of(ArticleContent.EMPTY));
        assertEquals(List.of("(no content)", "", "Links", "[1] https://elsewhere.example/full (linked page)"),
                lines(bare, ArticleContent.EMPTY, null, 80));
    }

    @Test
    void theDiscussionPageIsListedAfterTheBodysLinks() {
        ArticleContent c = new ArticleContent("<p>Read <a href=\"https://blog.example/1\">it</a>.</p>", null, null);
        Article post = new Article("id", false, "Title", "https://blog.example/1", null,
                "https://news.example/item?id=7", null, null, null, List.of(), List.of(), List.of(), ContentSource.of(c));
        assertEquals(List.of(
                "Read it[1].",
                "",
                "Links",
                "[1] https://blog.example/1",
                "[2] https://news.example/item?id=7 (discussion)"), lines(post, c, null, 80));
    }

    @Test
    void relativeUrlsFallBackToTheFeedHomePage() {
        ArticleContent c = new ArticleContent("<a href=\"/about\">about</a>", null, null);
        Document d = ArticleBodyRenderer.render(article(null, List.of(), c), c, "https://home.example/blog/");
        assertEquals("https://home.example/about", d.links().get(0).url());
        Document rel = ArticleBodyRenderer.render(article("/posts/2", List.of(), c), c, "https://home.example/");
        assertEquals("https://home.example/about", rel.links().get(0).url());
    }

    @Test
    void humanSizes() {
        assertEquals("512 bytes", ArticleBodyRenderer.humanSize(512));
        assertEquals("1.0 kB", ArticleBodyRenderer.humanSize(1000));
        assertEquals("24.3 MB", ArticleBodyRenderer.humanSize(24_300_000));
        assertEquals("1.0 MB", ArticleBodyRenderer.humanSize(999_999));
        assertEquals("150 MB", ArticleBodyRenderer.humanSize(150_000_000));
        assertEquals("2.1 GB", ArticleBodyRenderer.humanSize(2_100_000_000L));
    }

    @Test
    void durations() {
        assertEquals("0:59", ArticleBodyRenderer.duration(59));
        assertEquals("1:02:03", ArticleBodyRenderer.duration(3723));
    }
}
