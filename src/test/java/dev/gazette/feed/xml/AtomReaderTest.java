package dev.gazette.feed.xml;

import static dev.gazette.feed.xml.Fixtures.article;
import static dev.gazette.feed.xml.Fixtures.body;
import static dev.gazette.feed.xml.Fixtures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleContent;
import dev.gazette.feed.Attachment;
import dev.gazette.feed.Author;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.Problem;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atom 1.0 and 0.3 mapped to Gazette's article (DESIGN 5). */
class AtomReaderTest {
    @TempDir
    Path dir;

    @Test
    void feedFieldsWithXmlBaseAndTextTitlesShownAsWritten() throws Exception {
        Feed f = load("atom-basics.xml");
        assertEquals("Notes <and> Queries", f.title(), "a text title is text, not HTML");
        assertEquals("A blog", f.description(), "an html subtitle shown as its text");
        assertEquals("https://blog.example.net/", f.homePageUrl());
        assertEquals("https://blog.example.net/feed.atom", f.feedUrl(), "resolved against xml:base");
        assertEquals(List.of(), f.problems());
    }

    @Test
    void anEntryWithEveryLink() throws Exception {
        Feed f = load("atom-basics.xml");
        Article a = f.articles().get(0);
        assertEquals("Tags & bold ★", a.title());
        assertEquals("tag:blog.example.net,2024:1", a.id());
        assertEquals("https://blog.example.net/2024/03/tags", a.url(), "rel=alternate, relative to xml:base");
        assertEquals("https://elsewhere.example.com/story", a.externalUrl());
        assertEquals("https://blog.example.net/2024/03/tags#comments", a.discussionUrl(),
                "rel=replies to a web page; the one to a feed of comments is not a page to open");
        assertEquals(List.of(new Attachment("https://blog.example.net/files/slides.pdf", "application/pdf", "Slides", 2048L, null)),
                a.attachments());
        assertEquals(Instant.parse("2024-03-08T14:30:00.123Z"), a.published());
        assertEquals(Instant.parse("2024-03-09T00:00:00Z"), a.modified());
        assertEquals(List.of("xml", "feeds"), a.tags());
        assertEquals(List.of(new Author("Ana Lyst", "https://blog.example.net/about")), a.authors(), "the feed's author");
        assertEquals(new ArticleContent("<p>See <a href=\"pic.png\">the picture</a>.</p>", null, "A short summary.",
                "https://blog.example.net/2024/03/"), body(a), "the content's own xml:base is its links' base");
    }

    @Test
    void textContentAndAnAuthorWithOnlyAnAddress() throws Exception {
        Article a = article(load("atom-basics.xml"), "Text title with 5 < 6");
        assertEquals(List.of(new Author("Guest Writer", "mailto:guest@example.net")), a.authors());
        assertEquals(new ArticleContent(null, "Plain text body.\nSecond line.", null, "https://blog.example.net/"), body(a),
                "the feed's xml:base");
        assertEquals(Instant.parse("2024-02-01T08:00:00Z"), a.date(), "updated stands in for published");
    }

    @Test
    void aSummaryStandsInForMissingContent() throws Exception {
        Article a = article(load("atom-basics.xml"), "Only a summary");
        assertEquals(new ArticleContent("<p>Summary as <b>HTML</b>.</p>", null, null, "https://blog.example.net/"), body(a));
    }

    @Test
    void xhtmlContentIsWrittenBackAsHtml() throws Exception {
        Article a = load("atom-xhtml.xml").articles().get(0);
        assertEquals("Advances in Vestibular Pathology", a.title());
        assertEquals("<div><p>Dr. Smith &amp; Dr. Jones discuss <a href=\"notes.html\">balance</a>.<br>Listen &lt;now&gt;.</p>"
                + "<p>Prefixed paragraph.</p></div>", body(a).html().strip());
    }

    @Test
    void outOfLineContentBecomesALink() throws Exception {
        Feed f = load("atom-content-src.xml");
        Article a = f.articles().get(0);
        assertEquals("https://elly.example/d/blog/2024-03-08-x509.txt", a.url(), "resolved against the feed's link");
        assertEquals("<p>The article is at <a href=\"https://elly.example/d/blog/2024-03-08-x509.txt\">"
                + "https://elly.example/d/blog/2024-03-08-x509.txt</a></p>", body(a).html());
        assertEquals(List.of(new Author("elly", null)), a.authors());
    }

    @Test
    void youtubeMediaGroup() throws Exception {
        List<Article> articles = load("atom-youtube-media.xml").articles();
        Article a = articles.get(0);
        assertEquals("yt:video:abc123", a.id());
        assertEquals("https://www.youtube.com/watch?v=abc123", a.url());
        assertEquals("https://i.ytimg.example/vi/abc123/hqdefault.jpg", a.image());
        assertEquals(List.of(new Attachment("https://www.youtube.com/v/abc123?version=3", "application/x-shockwave-flash",
                null, null, null)), a.attachments());
        assertEquals(new ArticleContent(null, "What the video shows.", null), body(a), "media:description, its only text");
        assertEquals(Instant.parse("2019-07-30T15:00:06Z"), a.published());
        assertEquals(new ArticleContent(null, "The summary wins.", null), body(articles.get(1)));
        assertEquals(new ArticleContent("<p>In <b>bold</b></p>", null, null), body(articles.get(2)));
    }

    @Test
    void anHtmlEntityInAnEntrysXmlBaseIsWarnedAboutAsThatItems() throws Exception {
        Feed f = load("atom-entity-in-base.xml");
        assertEquals("https://blog.example.net/naïve/first.html", article(f, "First").url());
        assertEquals("https://blog.example.net/café/second.html", article(f, "Second").url());
        assertEquals(List.of(
                new Problem(2, 1, "feed: &eacute; in an attribute is an HTML entity, not XML; read as U+00E9"),
                new Problem(6, 3, "item 1: &iuml; in an attribute is an HTML entity, not XML; read as U+00EF")),
                f.problems());
    }

    @Test
    void atom03Leniently() throws Exception {
        Feed f = load("atom-0.3.xml");
        assertEquals("Old & Gold", f.title());
        assertEquals("Atom before RFC 4287", f.description());
        assertEquals("http://old.example.org/", f.homePageUrl());
        Article first = f.articles().get(0);
        assertEquals("First post", first.title());
        assertEquals(Instant.parse("2005-07-31T10:29:29Z"), first.published(), "issued");
        assertEquals(Instant.parse("2005-08-01T00:00:00Z"), first.modified(), "modified");
        assertEquals("<p>Hello <i>world</i></p>", body(first).html());
        assertEquals(List.of(new Author("Mark", "http://old.example.org/mark")), first.authors());
        Article encoded = f.articles().get(1);
        assertEquals(new ArticleContent(null, "Text summary.", null), body(encoded), "base64 content is skipped");
        assertEquals(List.of(new Problem(21, 5, "item 2: content base64 (Atom 0.3) is not text Gazette shows; ignored")),
                f.problems(), "and --check says so");
    }

    @Test
    void blankLinesBeforeTheDeclarationAndSpacesInCdataTitles() throws Exception {
        Feed f = load("atom-blank-line-before-declaration.xml");
        assertEquals("Connection with future", f.title());
        assertEquals("Spaced out", f.articles().get(0).title());
        assertEquals(Instant.parse("2019-07-17T08:00:00Z"), f.articles().get(0).modified());
        assertEquals(List.of(new Problem(3, 1, "whitespace before the XML declaration (skipped; XML allows none there)")),
                f.problems(), "read, and --check says where the declaration is");
    }

    @Test
    void utf16WithAndWithoutByteOrderMark() throws Exception {
        for (String name : List.of("atom-utf-16le-bom.xml", "atom-utf-16be-no-bom.xml")) {
            Feed f = load(name);
            assertEquals("日本語のフィード", f.title(), name);
            assertEquals("こんにちは 🌸", f.articles().get(0).title(), name);
            assertEquals(Instant.parse("2024-04-01T00:00:00Z"), f.articles().get(0).date(), name);
        }
    }

    @Test
    void aCopyOfAFetchedFeedResolvesAgainstItsUrl() throws Exception {
        Path copy = XmlTestFiles.write(dir, """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
                <entry><id>a</id><link href="/posts/a"/></entry></feed>""");
        assertEquals("https://site.example/posts/a",
                FeedLoader.load(copy, null, "https://site.example/feeds/atom.xml").articles().get(0).url());
        assertEquals("/posts/a", FeedLoader.load(copy).articles().get(0).url(), "a file has no address to resolve against");
    }

    @Test
    void anEntryWithoutAnIdIsRepaired() throws Exception {
        Feed f = XmlTestFiles.load(dir, """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
                <entry><title>No id</title><link href="https://example.org/a"/></entry></feed>""");
        Article a = f.articles().get(0);
        assertTrue(a.idDerived());
        assertEquals("url:https://example.org/a", a.id());
        assertEquals(1, f.repairedItems(), "Atom requires an id");
        assertFalse(f.problems().isEmpty());
        assertNull(a.published());
    }

    @Test
    void aBodyKeepsTheXmlBaseItsLinksAreRelativeTo() throws Exception {
        Feed f = load("atom-bases-and-sources.xml");
        assertEquals("https://cdn.example/assets/", body(article(f, "Content with its own base")).base());
        assertEquals("https://entry.example/dir/", body(article(f, "An entry with a base")).base(), "the entry's");
        assertNull(body(article(f, "No base at all")).base(), "relative to the article's link, as before");
    }

    @Test
    void anEntryFromAnotherFeedIsCreditedToThatFeedsAuthor() throws Exception {
        Feed f = load("atom-bases-and-sources.xml");
        assertEquals(List.of(new Author("Source Author", null)), article(f, "Copied from another feed").authors());
        assertEquals(List.of(new Author("Feed Author", null)), article(f, "No base at all").authors());
    }

    @Test
    void outOfLineContentBesideAnAlternateLinkIsTheLinkedPage() throws Exception {
        Article a = article(load("atom-bases-and-sources.xml"), "Out-of-line content and an alternate link");
        assertEquals("https://site.example/page", a.url());
        assertEquals("https://site.example/full.html", a.externalUrl());
        assertEquals("A summary.", body(a).text());
    }

    @Test
    void contentThatIsNotTextIsSkippedWithAWarning() throws Exception {
        Feed f = load("atom03-base64.xml");
        assertEquals(List.of("item 1: content base64 (Atom 0.3) is not text Gazette shows; ignored",
                        "item 2: content of type \"image/png\" is not text Gazette shows; ignored"),
                f.problems().stream().map(Problem::message).toList());
        assertEquals("The summary stands in.", body(article(f, "Encoded")).text());
    }
}
