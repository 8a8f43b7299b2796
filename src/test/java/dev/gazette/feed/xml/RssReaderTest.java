package dev.gazette.feed.xml;

import static dev.gazette.feed.xml.Fixtures.article;
import static dev.gazette.feed.xml.Fixtures.body;
import static dev.gazette.feed.xml.Fixtures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.feed.Article;
import dev.gazette.feed.Attachment;
import dev.gazette.feed.Author;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.LoadListener;
import dev.gazette.feed.Problem;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS 0.91, 2.0 and 1.0 mapped to Gazette's article (DESIGN 5). */
class RssReaderTest {
    @Test
    void channelFieldsAndItemsNewestFirstThenUndatedInFileOrder() throws Exception {
        Feed f = load("rss2-channel-and-items.xml");
        assertEquals("The Gazette & Herald", f.title());
        assertEquals("https://news.example.org/", f.homePageUrl());
        assertEquals("Daily news, with bold claims.", f.description());
        assertEquals(List.of("Plain description", "Escaped HTML", "(untitled)", "(untitled)"),
                f.articles().stream().map(a -> a.title() == null ? "(untitled)" : a.title()).toList());
        assertEquals(0, f.skippedItems());
        assertEquals(0, f.repairedItems());
    }

    @Test
    void guidLinkAuthorCategoriesAndDates() throws Exception {
        Article a = article(load("rss2-channel-and-items.xml"), "Plain description");
        assertEquals("https://news.example.org/1991/05/02/plain", a.id());
        assertFalse(a.idDerived());
        assertEquals("https://news.example.org/1991/05/02/plain", a.url());
        assertNull(a.discussionUrl(), "no comments element");
        assertEquals(List.of(new Author("Ed Itor", "mailto:editor@example.org")), a.authors());
        assertEquals(List.of("Sports", "Baseball"), a.tags());
        assertEquals(Instant.parse("1991-05-02T04:00:00Z"), a.published());
        assertEquals("Just words, with an ampersand: Q&A.", body(a).html());
    }

    @Test
    void escapedHtmlRelativeLinkAndANamedZone() throws Exception {
        Article a = article(load("rss2-channel-and-items.xml"), "Escaped HTML");
        assertEquals("tag:news.example.org,1983:escaped", a.id());
        assertEquals("https://news.example.org/1983/05/06/escaped", a.url(), "resolved against the channel link");
        assertEquals("https://news.example.org/1983/05/06/escaped#comments", a.discussionUrl(),
                "the comments page, resolved like the link");
        assertEquals("<p>It was <em>good</em>.</p>", body(a).html());
        assertEquals(Instant.parse("1983-05-06T15:00:00Z"), a.published(), "CST is -0600");
    }

    @Test
    void aGuidThatIsNotAPermalinkIsNotALink() throws Exception {
        Article untitled = load("rss2-channel-and-items.xml").articles().get(2);
        assertNull(untitled.title());
        assertEquals("1983-05-06+lifestyle+3", untitled.id());
        assertNull(untitled.url());
        assertTrue(body(untitled).html().startsWith("<p>No title, no link: the <a href=\"https://example.org/a\">"));
    }

    @Test
    void anItemWithoutGuidOrLinkKeepsAStableIdFromItsContent() throws Exception {
        Feed f = load("rss2-channel-and-items.xml");
        Article last = f.articles().get(3);
        assertTrue(last.idDerived());
        assertTrue(last.id().startsWith("sha256:"), last.id());
        assertEquals(List.of(new Problem(41, 5, "item 4 has no id; using \"" + last.id() + "\"")), f.problems());
        assertEquals(last.id(), load("rss2-channel-and-items.xml").articles().get(3).id(), "the same on every load");
    }

    @Test
    void anItemWithoutGuidIsKeyedByItsLink() throws Exception {
        Feed f = load("rss-1.0-rdf.xml"); // rdf:about is the id
        assertEquals("https://preprints.example.org/1", f.articles().get(0).id());
        Feed old = load("rss-0.91-netscape.xml");
        Article a = old.articles().get(0);
        assertTrue(a.idDerived());
        assertEquals("url:http://writetheweb.example.com/read.php?item=24", a.id());
    }

    @Test
    void podcastContentEncodedOverDescriptionAndTheEnclosureWithItsDuration() throws Exception {
        Feed f = load("rss2-podcast.xml");
        assertEquals("https://podcast.example.com/feed.xml", f.feedUrl());
        Article a = article(f, "412: Fixing the Fixes");
        assertEquals(List.of(new Author("Marco", null), new Author("Casey", null)), a.authors());
        assertEquals("<p>Full notes with <a href=\"https://example.com/x\">links</a> 🎉.</p>", body(a).html());
        assertNull(body(a).summary(), "the description is not kept when content:encoded is there");
        assertEquals(List.of(new Attachment("https://cdn.example.com/412.mp3", "audio/mpeg", null, 84_237_445L, 7039L)),
                a.attachments(), "media:content repeating the enclosure is one attachment");
        assertEquals("https://cdn.example.com/412.jpg", a.image());
    }

    @Test
    void podcastItunesFieldsAndBadLengthWarned() throws Exception {
        Feed f = load("rss2-podcast.xml");
        Article a = article(f, "411: Just Audio");
        assertEquals(List.of(new Author("Guest Host", null)), a.authors());
        assertEquals("Only an iTunes summary.", body(a).text());
        assertEquals("https://cdn.example.com/411.jpg", a.image());
        assertEquals(List.of(new Attachment("https://cdn.example.com/411.m4a", "audio/x-m4a", null, null, 3540L)), a.attachments());
        assertEquals(List.of(new Problem(33, 7, "item 2: enclosure length \"not a number\" is not a number; ignored")), f.problems());
        assertEquals(1, f.repairedItems());
        Article group = article(f, "410: No People");
        assertEquals(List.of(new Author("The Three Hosts", null)), group.authors(), "the channel's itunes:author");
        assertEquals(List.of(new Attachment("https://cdn.example.com/410.mp3", "audio/mpeg", null, null, 60L)), group.attachments());
        assertEquals("https://cdn.example.com/410.jpg", group.image());
    }

    @Test
    void cdataTitlesAndLinksAfterBlankLinesWithoutDeclaration() throws Exception {
        Feed f = load("rss-leading-blank-lines-cdata.xml");
        assertEquals("Markets Today", f.title());
        assertNull(f.description());
        Article a = f.articles().get(0);
        assertEquals("Sensex up 2%", a.title(), "HTML in a title is shown as its text");
        assertEquals("https://markets.example.in/sensex-up", a.url());
        assertEquals(List.of(new Author("R. Sharma", null)), a.authors(), "dc:creator and author naming one person");
        assertEquals(Instant.parse("2020-03-10T03:45:00Z"), a.published());
        assertEquals(List.of("Markets", "India"), a.tags(), "categories in a <categories> wrapper, as Macworld has them");
        assertEquals(8, f.problems().get(0).line(), "positions count the blank lines");
    }

    @Test
    void htmlEntitiesAreReadWithAWarning() throws Exception {
        Feed f = load("rss-html-entities.xml");
        assertEquals("Café News", f.title());
        Article a = f.articles().get(0);
        assertEquals("Snowflake\u00a0wins — again", a.title(), "&nbsp; is a no-break space, kept as written");
        assertEquals("Gained\u00a0the most & more\u2026", body(a).html());
        assertEquals(Instant.parse("2023-01-03T15:00:00Z"), a.published(), "dc:date");
        assertEquals(List.of(
                new Problem(3, 15, "feed: &eacute; is an HTML entity, not XML; read as U+00E9"),
                new Problem(5, 23, "item 1: &nbsp; is an HTML entity, not XML; read as U+00A0"),
                new Problem(5, 34, "item 1: &mdash; is an HTML entity, not XML; read as U+2014"),
                new Problem(7, 26, "item 1: &nbsp; is an HTML entity, not XML; read as U+00A0"),
                new Problem(7, 51, "item 1: &hellip; is an HTML entity, not XML; read as U+2026"),
                new Problem(4, 5, "item 1 has no id; using \"url:https://db.example.com/103\"")), f.problems());
        assertEquals(1, f.repairedItems());
    }

    @Test
    void htmlEntitiesInAttributesAreReadWithAWarningToo() throws Exception {
        Feed f = load("rss-entity-in-attribute.xml");
        Article a = f.articles().get(0);
        assertEquals("Café podcast", a.title());
        assertEquals("https://example.org/café.mp3", a.attachments().get(0).url(), "the parser alone dropped the é");
        assertEquals("An <img src=\"https://example.org/c.png\" alt=\"café &amp; bar\"> image", body(a).html());
        assertEquals(List.of(
                new Problem(7, 11, "item 1: &eacute; is an HTML entity, not XML; read as U+00E9"),
                new Problem(9, 1, "item 1: &eacute; in an attribute is an HTML entity, not XML; read as U+00E9"),
                new Problem(10, 17, "item 1: &eacute; in an attribute is an HTML entity, not XML; read as U+00E9")),
                f.problems());
        assertEquals(1, f.repairedItems());
    }

    @Test
    void aBodyLeftInABigFileRecoversItsAttributeEntitiesWhenReadBack(@TempDir Path dir) throws Exception {
        Path big = dev.gazette.Fixtures.bigCopy(Fixtures.path("rss-entity-in-attribute.xml"), dir);
        Feed f = FeedLoader.load(big, LoadListener.NONE, null, true);
        assertEquals("An <img src=\"https://example.org/c.png\" alt=\"café &amp; bar\"> image",
                body(article(f, "Café podcast")).html());
    }

    @Test
    void controlCharactersXmlForbidsAreReadAsSpacesWithOneWarning() throws Exception {
        Feed f = load("rss-control-chars.xml");
        Article a = f.articles().get(0);
        assertEquals("Pasted from a word processor", a.title());
        assertEquals("<p>A page break and an escape    </p>", body(a).html(), "the whole sequence ESC[0m, not \"[0m\"");
        assertEquals(List.of(new Problem(7, 14, "3 control characters XML does not allow (the first, U+000B); read as spaces")),
                f.problems());
    }

    @Test
    void ampersandsThatBeginNoEntityAreReadAsAmpersandsOnASecondReading() throws Exception {
        Feed f = load("rss-bare-ampersands.xml");
        assertEquals("Fish & Chips News", f.title());
        Article a = f.articles().get(0);
        assertEquals("R&D at AT&T: a & b \u00a0", a.title());
        assertEquals("https://example.org/story?id=7&ref=rss", a.url());
        assertEquals("https://example.org/ep.mp3?a=1&b=2", a.attachments().get(0).url());
        assertEquals("<p>Salt & vinegar</p>", body(a).html());
        assertEquals(List.of(
                new Problem(7, 31, "item 1: &nbsp; is an HTML entity, not XML; read as U+00A0"),
                new Problem(4, 13, "7 & that begin no entity (the first here; XML writes it &amp;); read as &")),
                f.problems());
    }

    @Test
    void aBigFileWithBareAmpersandsReadsItsBodiesBackRepaired(@TempDir Path dir) throws Exception {
        Path big = dev.gazette.Fixtures.bigCopy(Fixtures.path("rss-bare-ampersands.xml"), dir);
        Feed f = FeedLoader.load(big, LoadListener.NONE, null, true);
        Article a = article(f, "R&D at AT&T: a & b \u00a0");
        assertEquals("<p>Salt & vinegar</p>", body(a).html(), "left in the file, read back through the same repairs");
        assertTrue(f.problems().stream().anyMatch(p -> p.message().startsWith("7 & that begin no entity")), f.problems().toString());
    }

    @Test
    void everyFormOfABareAmpersandIsRepairedWhicheverComesFirst(@TempDir Path dir) throws Exception {
        for (String title : new String[] {"x && y", "x &123 y", "end&", "a&-b", "x&.y", "x &; y", "x&:y", "Issue &#12 fixed",
                "Issue &#x fixed"}) {
            String doc = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title>\n<item><guid>1</guid><title>"
                    + title + "</title><enclosure url=\"http://e.com/x?a&\"/></item>\n</channel></rss>\n";
            Feed f = XmlTestFiles.load(dir, doc);
            assertEquals(title, f.articles().get(0).title());
            assertEquals("http://e.com/x?a&", f.articles().get(0).attachments().get(0).url());
        }
    }

    @Test
    void rss10ItemsBesideTheChannel() throws Exception {
        Feed f = load("rss-1.0-rdf.xml");
        assertEquals("Preprints: Plant Biology", f.title());
        assertEquals("New preprints.", f.description());
        assertEquals(2, f.articles().size());
        Article first = f.articles().get(0);
        assertEquals("Wheat kinase interacts with FLA6", first.title());
        assertEquals(List.of(new Author("Laha, D., Saiardi, A.", null)), first.authors());
        assertEquals(Instant.parse("2019-08-27T00:00:00Z"), first.published());
        assertEquals("An abstract.", body(first).html());
        assertEquals(List.of("Plant Biology"), f.articles().get(1).tags());
        assertEquals(List.of(), f.problems());
    }

    @Test
    void rss091WithANetscapeDoctypeNeverFetchedAndLatin1Entities() throws Exception {
        Feed f = load("rss-0.91-netscape.xml");
        assertEquals("WriteTheWeb", f.title());
        assertEquals(2, f.articles().size());
        assertTrue(body(f.articles().get(0)).html().endsWith("Gnutella é."));
    }

    @Test
    void namesWithParenthesesOrBracketsAroundNoAddressAreNamesWhole() throws Exception {
        Feed f = load("rss-names-and-atom-elements.xml");
        assertEquals(List.of(new Author("Jane Doe (guest)", null)), article(f, "Guest post").authors());
        assertEquals(List.of(new Author("Acme Corp <Europe> Ltd", null)), article(f, "Company post").authors());
        assertEquals(List.of(new Author("Joe Bloggs", "mailto:joe@example.com")), article(f, "Address and name").authors());
    }

    @Test
    void atomAuthorsAndEnclosuresInRssItems() throws Exception {
        Feed f = load("rss-names-and-atom-elements.xml");
        assertEquals(List.of(new Author("Atom Name", "https://names.example/atom")), article(f, "Atom author").authors());
        assertEquals(List.of(new Author("only@example.com", "mailto:only@example.com")),
                article(f, "Atom author with only an address").authors(), "the address is what is shown");
        assertEquals(List.of(new Attachment("https://names.example/audio/6.mp3", "audio/mpeg", "Episode 6", 2048L, null)),
                article(f, "Atom enclosure").attachments());
        assertEquals("https://names.example/2.jpg", article(f, "Only a picture").image());
    }

    @Test
    void theManagingEditorIsTheAuthorOfItemsThatNameNoneOnlyWhenTheFeedNamesNoOther(@TempDir Path dir) throws Exception {
        String items = "<item><title>Unsigned</title></item><item><title>Signed</title><author>ana@example.com (Ana)</author></item>";
        Feed edited = XmlTestFiles.load(dir, ("<rss version=\"2.0\"><channel><title>T</title>"
                + "<managingEditor>jim@example.com (Jim Lehrer)</managingEditor>" + items + "</channel></rss>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of(new Author("Jim Lehrer", "mailto:jim@example.com")), article(edited, "Unsigned").authors());
        assertEquals(List.of(new Author("Ana", "mailto:ana@example.com")), article(edited, "Signed").authors());
        Feed both = XmlTestFiles.load(dir, ("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
                + "<title>T</title>" + items + "<managingEditor>jim@example.com (Jim)</managingEditor>"
                + "<dc:creator>The Desk</dc:creator></channel></rss>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of(new Author("The Desk", null)), article(both, "Unsigned").authors(),
                "dc:creator names the feed's author; the editor is only the fallback, wherever the channel gives them");
        Feed addressOnly = XmlTestFiles.load(dir, ("<rss version=\"2.0\"><channel><title>T</title>"
                + "<managingEditor>dave@userland.com</managingEditor>" + items + "</channel></rss>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of(), article(addressOnly, "Unsigned").authors(), "a bare address credits nobody");
        assertEquals(List.of(new Author("Ana", "mailto:ana@example.com")), article(addressOnly, "Signed").authors());
    }

    @Test
    void aQueryAsTheLinkKeepsTheChannelLinksPath() throws Exception {
        assertEquals("https://names.example/blog/index.php?p=7",
                article(load("rss-names-and-atom-elements.xml"), "A query as the link").url());
    }

    @Test
    void angleBracketsInTitlesAreWordsUnlessTheTitleIsHtml() throws Exception {
        List<String> titles = load("rss-names-and-atom-elements.xml").articles().stream().map(Article::title).toList();
        assertTrue(titles.contains("Swift: Why Optional<T> matters"), titles.toString());
        assertTrue(titles.contains("Using the <video> element"), titles.toString());
        assertTrue(titles.contains("Bold news"), titles.toString());
    }

    @Test
    void enclosureRepairsAreSaidAndMediaContentCompletesTheEnclosure() throws Exception {
        Feed f = load("rss-enclosure-repairs.xml");
        assertEquals(List.of("item 1: enclosure length \"-5\" is negative; ignored", "item 2: enclosure has no url; ignored"),
                f.problems().stream().map(Problem::message).toList(), "a length of 0 (unknown) is no problem");
        assertEquals(List.of(new Attachment("https://enc.example/1.mp3", "audio/mpeg", null, null, null)),
                article(f, "Negative length").attachments());
        assertEquals(List.of(), article(f, "No url").attachments());
        assertEquals(List.of(new Attachment("https://enc.example/4.mp3", "audio/mpeg", null, 2048L, 61L)),
                article(f, "Media content says more").attachments());
    }

    @Test
    void aChannelLinkAfterTheItemsIsTheBaseOfTheirRelativeLinks() throws Exception {
        Article a = load("rss-channel-link-last.xml").articles().get(0);
        assertEquals("https://la.example/posts/1", a.url());
        assertEquals("l1", a.id());
    }
}
