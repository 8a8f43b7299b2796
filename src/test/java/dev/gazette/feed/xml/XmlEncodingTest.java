package dev.gazette.feed.xml;

import static dev.gazette.feed.xml.Fixtures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.LoadListener;
import dev.gazette.feed.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the bytes of an XML feed become text, and positions that still point into the file. */
class XmlEncodingTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void declaredIso88591() throws Exception {
        Feed f = load("rss-iso-8859-1.xml");
        assertEquals("Inovação Tecnológica", f.title());
        assertEquals("Revolução nas telas com pontos quânticos", f.articles().get(0).title());
    }

    @Test
    void undeclaredWindows1252IsDetectedWithANote() throws Exception {
        Feed f = load("rss-windows-1252-undeclared.xml");
        assertEquals("\u201cQuoted\u201d News", f.title());
        assertEquals("It\u2019s 20\u20ac \u2014 caf\u00e9", f.articles().get(0).title());
        assertEquals(List.of(new Problem(0, 0, "no encoding declared and the text is not UTF-8; read as windows-1252")),
                f.problems());
    }

    @Test
    void iso88591IsReadAsItsSupersetWindows1252() throws Exception {
        byte[] bytes = "<?xml version='1.0' encoding='iso-8859-1'?><rss><channel><title>\u201csmart\u201d</title></channel></rss>"
                .getBytes(WINDOWS_1252);
        assertEquals("\u201csmart\u201d", XmlTestFiles.load(dir, bytes).title());
    }

    @Test
    void declaredUtf8ThatIsNotIsReadAsWindows1252() throws Exception {
        byte[] bytes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><title>Caf\u00e9</title></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Feed f = XmlTestFiles.load(dir, bytes);
        assertEquals("Café", f.title());
        assertEquals(List.of(new Problem(0, 0, "declared UTF-8 but the text is not; read as windows-1252")), f.problems());
    }

    @Test
    void declaredLatin1ThatIsClearlyUtf8IsReadAsUtf8WithANote() throws Exception {
        byte[] bytes = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>R\u00e9sum\u00e9 \u6f22\u5b57</title></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);
        Feed f = XmlTestFiles.load(dir, bytes);
        assertEquals("Résumé 漢字", f.title(), "not RÃ©sumÃ©");
        assertEquals(List.of(new Problem(0, 0, "declared ISO-8859-1 but the text is UTF-8; read as UTF-8")), f.problems());
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>\u00c3\u00a9t\u00e9</title></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("\u00c3\u00a9t\u00e9", XmlTestFiles.load(dir, latin1).title(), "Latin-1 that is not UTF-8 stays Latin-1");
    }

    @Test
    void otherDeclaredEncodings() throws Exception {
        byte[] koi8 = "<?xml version=\"1.0\" encoding=\"KOI8-R\"?><rss><channel><title>Новости</title></channel></rss>"
                .getBytes(Charset.forName("KOI8-R"));
        assertEquals("Новости", XmlTestFiles.load(dir, koi8).title());
        Feed unknown = XmlTestFiles.load(dir, "<?xml version=\"1.0\" encoding=\"x-nonsense\"?><rss><channel><title>ok</title></channel></rss>");
        assertEquals("ok", unknown.title());
        assertEquals(List.of(new Problem(0, 0, "unknown encoding \"x-nonsense\"; read as UTF-8")), unknown.problems());
    }

    @Test
    void byteOrderMarks() throws Exception {
        assertEquals("Ünïcödé", load("rss-utf-8-bom.xml").articles().get(0).title());
        byte[] utf16be = "\uFEFF<rss><channel><title>κόσμε</title></channel></rss>".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("κόσμε", XmlTestFiles.load(dir, utf16be).title());
    }

    @Test
    void aPairOfSurrogatesSplitAcrossTheParsersBuffersStaysOneCharacter() throws Exception {
        // Bodies are encoded to UTF-8 piece by piece; long runs of emoji cross every piece boundary.
        String emoji = "😀".repeat(50_000);
        Feed f = XmlTestFiles.load(dir, "<rss><channel><item><guid>e</guid><description>" + emoji
                + "</description></item></channel></rss>");
        assertEquals(emoji, f.articles().get(0).content().load().html());
    }

    /** The parser places a tag's error at the end of its name. */
    @Test
    void errorPositionsCountTheLinesAndColumnsTakenBeforeTheDeclaration() {
        assertEquals("feed.xml:4:29: invalid XML: unexpected close tag </channel>; expected </item>",
                XmlTestFiles.error(dir, "\n\n  <?xml version=\"1.0\"?>\n<rss><channel><item></channel></rss>"));
        assertEquals("feed.xml:1:19: invalid XML: unexpected close tag </rss>; expected </item>",
                XmlTestFiles.error(dir, "   <rss><item></rss>"));
        assertEquals("feed.xml:2:5: invalid XML: unexpected close tag </rss>; expected </item>",
                XmlTestFiles.error(dir, "<rss><item>\r\n</rss>"));
    }

    @Test
    void warningsInUtf16PointToCharacters() throws Exception {
        byte[] bytes = "\uFEFF<rss><channel><item><title>x</title><pubDate>soon</pubDate></item></channel></rss>"
                .getBytes(StandardCharsets.UTF_16LE);
        assertEquals(List.of(new Problem(1, 37, "item 1: pubDate \"soon\" is not a date; ignored"),
                new Problem(1, 15, "item 1 has no id; using \"sha256:" + XmlTestFiles.load(dir, bytes).articles().get(0).id().substring(7) + "\"")),
                XmlTestFiles.load(dir, bytes).problems());
    }

    @Test
    void aStrayWindows1252ByteInUtf8IsReplacedWithAWarningThatSaysWhere() throws Exception {
        Feed f = load("rss-stray-byte.xml");
        assertEquals("A windows-1252 byte in UTF-8: Caf\uFFFD and café", f.articles().get(0).title());
        assertEquals(List.of(new Problem(0, 0, "1 byte is not UTF-8 (0xE9, at byte 165 of the file); shown as \uFFFD")),
                f.problems());
    }

    @Test
    void aBigFileWhoseBodiesStayInItWarnsOfAStrayByteToo() throws Exception {
        Path big = dev.gazette.Fixtures.bigCopy(Fixtures.path("rss-stray-byte.xml"), dir);
        Feed f = FeedLoader.load(big, LoadListener.NONE, null, true);
        assertEquals("A windows-1252 byte in UTF-8: Caf\uFFFD and café", Fixtures.article(f,
                "A windows-1252 byte in UTF-8: Caf\uFFFD and café").title());
        assertEquals(1, f.problems().size(), f.problems().toString());
        assertTrue(f.problems().get(0).message().startsWith("1 byte is not UTF-8 (0xE9, at byte "), f.problems().toString());
    }

    @Test
    void aStrayByteInAJsonFeedPastItsFirstKilobytesIsReplacedWithAWarning() throws Exception {
        // The first 8 KB decide whether a JSON Feed is UTF-8 at all; a byte after them is one stray byte.
        String head = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Caf\u00e9\", \"items\": [" + " ".repeat(9000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"1\", \"title\": \"Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\", \"content_text\": \"x\"}]}".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("stray.json"), bytes.toByteArray());
        Feed f = FeedLoader.load(file);
        assertEquals("Caf\uFFFD", f.articles().get(0).title());
        int at = head.getBytes(StandardCharsets.UTF_8).length + "{\"id\": \"1\", \"title\": \"Caf".length() + 1;
        assertEquals(List.of(new Problem(0, 0, "1 byte is not UTF-8 (0xE9, at byte " + String.format(Locale.ROOT, "%,d", at)
                + " of the file); shown as \uFFFD")), f.problems());
    }

    @Test
    void aStrayByteAmongUtf8CharactersAtTheStartOfAJsonFeedIsReplacedWithAWarningToo() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Café\", \"items\": [{\"id\": \"1\", \"title\": \"Caf"
                .getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\", \"content_text\": \"x\"}]}".getBytes(StandardCharsets.UTF_8));
        Feed f = FeedLoader.load(Files.write(dir.resolve("stray-head.json"), bytes.toByteArray()));
        assertEquals("Café", f.title());
        assertEquals("Caf\uFFFD", f.articles().get(0).title());
        assertEquals(1, f.problems().size(), f.problems().toString());
        assertTrue(f.problems().get(0).message().startsWith("1 byte is not UTF-8 (0xE9, at byte 102 of the file)"),
                f.problems().toString());
    }

    @Test
    void aUtf8ByteOrderMarkMeansUtf8EvenWhenAStrayByteComesFirst() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><title>Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes(("</title>" + "<!-- filler -->".repeat(700) + "<item><guid>z</guid><title>Z: café — naïve</title></item>"
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
        Feed f = XmlTestFiles.load(dir, bytes.toByteArray());
        assertEquals("Caf\uFFFD", f.title());
        assertEquals("Z: café — naïve", f.articles().get(0).title(), "the UTF-8 after the first 8 KB is not mojibake");
        assertEquals(List.of(new Problem(0, 0, "1 byte is not UTF-8 (0xE9, at byte 66 of the file); shown as \uFFFD")),
                f.problems());
    }
}
