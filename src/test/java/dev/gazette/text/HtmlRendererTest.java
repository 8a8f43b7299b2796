package dev.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    private static final String BASE = "https://example.com/posts/1";

    static List<String> lines(String html, int width) {
        return HtmlRenderer.render(html, BASE).layout(width).stream().map(StyledLine::plain).toList();
    }

    /** The styles of the first span whose text contains {@code text}. */
    static Set<Style> stylesOf(Document d, int width, String text) {
        for (StyledLine l : d.layout(width)) {
            for (Span s : l.spans()) if (s.text().contains(text)) return s.styles();
        }
        throw new AssertionError("no span with " + text);
    }

    @Test
    void paragraphsAreSeparatedByABlankLine() {
        assertEquals(List.of("First paragraph, which is long", "enough to wrap.", "", "Second."),
                lines("<p>First paragraph, which is long enough to wrap.</p><p>Second.</p>", 30));
    }

    @Test
    void whitespaceIsCollapsedLikeABrowser() {
        assertEquals(List.of("a b c d"), lines("<p>  a \n\n b\t<b> c </b>  d  </p>", 30));
    }

    @Test
    void lineBreaksAreKept() {
        assertEquals(List.of("roses are red", "violets are blue"), lines("<p>roses are red<br>violets are blue</p>", 30));
    }

    @Test
    void headingsAreBoldWithABlankLineAround() {
        String html = "<p>Intro.</p><h2>A Heading</h2><p>Body.</p>";
        assertEquals(List.of("Intro.", "", "A Heading", "", "Body."), lines(html, 30));
        Document d = HtmlRenderer.render(html, BASE);
        assertEquals(Set.of(Style.HEADING, Style.BOLD), stylesOf(d, 30, "A Heading"));
    }

    @Test
    void headingRightAfterTextInADivStillGetsItsBlankLine() {
        assertEquals(List.of("text", "", "Title", "", "more"), lines("<div>text<h3>Title</h3>more</div>", 30));
    }

    @Test
    void unorderedListsHaveBulletsAndHangingIndent() {
        String html = "<p>Items:</p><ul><li>short</li><li>an item long enough to wrap onto two lines</li></ul><p>After.</p>";
        assertEquals(List.of("Items:", "", "• short", "• an item long enough to wrap", "  onto two lines", "", "After."),
                lines(html, 30));
    }

    @Test
    void nestedListsIndentAndChangeBullets() {
        String html = "<ul><li>one<ul><li>sub one<ul><li>deeper</li></ul></li><li>sub two</li></ul></li><li>two</li></ul>";
        assertEquals(List.of("• one", "  ◦ sub one", "    ▪ deeper", "  ◦ sub two", "• two"), lines(html, 30));
    }

    @Test
    void orderedListsAreNumberedAndAligned() {
        StringBuilder html = new StringBuilder("<ol start=\"8\">");
        for (String s : new String[] {"eight", "nine", "ten, which is long enough to wrap"}) html.append("<li>").append(s).append("</li>");
        html.append("</ol>");
        assertEquals(List.of(" 8. eight", " 9. nine", "10. ten, which is long enough", "    to wrap"), lines(html.toString(), 30));
    }

    @Test
    void orderedListTypesAndReversed() {
        assertEquals(List.of("a. x", "b. y"), lines("<ol type=\"a\"><li>x</li><li>y</li></ol>", 30));
        assertEquals(List.of("ii. x", " i. y"), lines("<ol type=\"i\" reversed><li>x</li><li>y</li></ol>", 30));
    }

    @Test
    void listItemsWithParagraphsAndNestedOrderedList() {
        String html = "<ol><li><p>First para.</p><p>Second para.</p></li><li>Then:<ol><li>inner</li></ol></li></ol>";
        assertEquals(List.of("1. First para.", "", "   Second para.", "", "2. Then:", "   1. inner"), lines(html, 30));
    }

    @Test
    void blockQuotesHaveABarOnEveryLine() {
        String html = "<p>He said:</p><blockquote><p>Quoted words that go on and on for a while.</p><p>More.</p></blockquote><p>Done.</p>";
        assertEquals(List.of("He said:", "", "│ Quoted words that go on and", "│ on for a while.", "│", "│ More.", "", "Done."),
                lines(html, 30));
        assertTrue(stylesOf(HtmlRenderer.render(html, BASE), 30, "Quoted").contains(Style.QUOTE));
    }

    @Test
    void nestedQuotesAndListsInQuotes() {
        String html = "<blockquote><p>outer</p><blockquote><p>inner</p></blockquote><ul><li>item</li></ul></blockquote>";
        assertEquals(List.of("│ outer", "│", "│ │ inner", "│", "│ • item"), lines(html, 30));
    }

    @Test
    void preformattedTextIsNotRewrappedAtSpacesALongLineGoesOnAtTheCut() {
        String html = "<p>Code:</p><pre><code>short line\n    indented line\nthis line is much longer than thirty columns\n\n</code></pre><p>After.</p>";
        assertEquals(List.of("Code:", "", "short line", "    indented line", "this line is much longer than↩", " thirty columns",
                "", "After."), lines(html, 30));
        Document d = HtmlRenderer.render(html, BASE);
        assertTrue(stylesOf(d, 30, "short line").contains(Style.CODE));
    }

    @Test
    void preformattedTabsExpandToTabStops() {
        assertEquals(List.of("a   b", "    c", "ab  d"), lines("<pre>a\tb\n\tc\nab\td</pre>", 30));
    }

    @Test
    void preformattedKeepsHighlighterSpansAndBreaks() {
        String html = "<pre class=\"language-js\"><code><span class=\"k\">const</span> x = <span>1</span>;<br>  return x;</code></pre>";
        assertEquals(List.of("const x = 1;", "  return x;"), lines(html, 30));
    }

    @Test
    void inlineCodeIsStyled() {
        Document d = HtmlRenderer.render("<p>Run <code>ls -l</code> now.</p>", BASE);
        assertEquals(List.of("Run ls -l now."), d.layout(30).stream().map(StyledLine::plain).toList());
        assertEquals(Set.of(Style.CODE), stylesOf(d, 30, "ls -l"));
    }

    @Test
    void tablesWhoseColumnsFitAreAligned() {
        String html = "<table><thead><tr><th></th><th>Q1</th><th>Q2</th></tr></thead>"
                + "<tbody><tr><td>Widget A</td><td>$1212</td><td>$1495</td></tr>"
                + "<tr><td>B</td><td>$19</td><td>$2345</td></tr></tbody></table>";
        assertEquals(List.of(
                "         │ Q1    │ Q2",
                "─────────┼───────┼──────",
                "Widget A │ $1212 │ $1495",
                "B        │ $19   │ $2345"), lines(html, 30));
    }

    @Test
    void wideTablesWithHeadersBecomeLabelValueRecords() {
        String html = "<table><tr><th>Name</th><th>Description</th></tr>"
                + "<tr><td>jsoup</td><td>an HTML parser for Java that is quite pleasant</td></tr>"
                + "<tr><td>Gson</td><td>JSON</td></tr></table>";
        assertEquals(List.of(
                "Name: jsoup",
                "Description: an HTML parser",
                "for Java that is quite",
                "pleasant",
                "",
                "Name: Gson",
                "Description: JSON"), lines(html, 30));
    }

    @Test
    void wideTablesWithoutHeadersWrapTheirCellsElseBecomeJoinedRows() {
        String html = "<table><tr><td>left cell text</td><td>right cell with more text</td></tr><tr><td>a</td><td>b</td></tr></table>";
        assertEquals(List.of(
                "left cell     │ right cell",
                "text          │ with more text",
                "a             │ b"), lines(html, 30));
        assertEquals(List.of("left cell text", "right cell with", "more text", "", "a │ b"), lines(html, 15),
                "a row too wide to join: its cells one after the other, no separator left at a line's end");
    }

    @Test
    void oneColumnLayoutTablesAreJustBlocks() {
        String html = "<table><tr><td><p>Hello</p></td></tr><tr><td><p>World</p></td></tr></table>";
        assertEquals(List.of("Hello", "", "World"), lines(html, 30));
    }

    @Test
    void horizontalRuleSpansTheWidth() {
        assertEquals(List.of("above", "", "─".repeat(30), "", "below"), lines("<p>above</p><hr><p>below</p>", 30));
        assertEquals(List.of("│ x", "│", "│ " + "─".repeat(28)), lines("<blockquote><p>x</p><hr></blockquote>", 30));
        assertEquals(List.of("a", "b", "", "─".repeat(10), "", "c"), lines("<div>a</div><div>b<hr>c</div>", 10));
    }

    @Test
    void emphasisAndStrongAreStyles() {
        Document d = HtmlRenderer.render("<p>An <em>emphasised</em> and <strong>strong</strong> and <b><i>both</i></b>.</p>", BASE);
        assertEquals(List.of("An emphasised and strong and", "both."), d.layout(30).stream().map(StyledLine::plain).toList());
        assertEquals(Set.of(Style.ITALIC), stylesOf(d, 30, "emphasised"));
        assertEquals(Set.of(Style.BOLD), stylesOf(d, 30, "strong"));
        assertEquals(Set.of(Style.BOLD, Style.ITALIC), stylesOf(d, 30, "both"));
    }

    @Test
    void entitiesAreDecoded() {
        assertEquals(List.of("It’s “quoted” — & <tag> © ★"),
                lines("<p>It&#8217;s &#8220;quoted&#8221; &mdash; &amp; &lt;tag&gt; &copy; &#x2605;</p>", 30));
    }

    @Test
    void scriptsStylesCommentsAndFramesAreDropped() {
        String html = "<p>Hello, world!</p><script>alert('x')</script><style>p{color:red}</style>"
                + "<!-- secret --><p>Bye<noscript> (no js)</noscript></p>"
                + "<object data=\"x.swf\">obj</object><form><input value=\"v\"><button>Go</button></form>";
        assertEquals(List.of("Hello, world!", "", "Bye (no js)"), lines(html, 30));
    }

    @Test
    void hiddenElementsAreDropped() {
        assertEquals(List.of("seen"), lines("<p>seen<span style=\"display: none\">unseen</span><span hidden>gone</span></p>", 30));
    }

    @Test
    void aOneRowTableOfParagraphsIsReadAsThoseParagraphs() {
        // Reddit's feeds: a thumbnail cell beside the post, whose paragraphs and line break a grid row lost.
        Document d = HtmlRenderer.render("<table> <tr><td><img src=\"/t.jpg\" alt=\"Thumb\"></td><td><p>The post.</p>"
                + " submitted by <a href=\"/u\">me</a> <br/> <a href=\"/p\">[link]</a></td></tr></table>", BASE);
        assertEquals(List.of("[image: Thumb][1]", "", "The post.", "", "submitted by me[2]", "[link][3]"),
                d.layout(40).stream().map(StyledLine::plain).toList());
        Document grid = HtmlRenderer.render("<table><tr><td>one</td><td>two</td></tr></table>", BASE);
        assertTrue(grid.layout(40).stream().map(StyledLine::plain).anyMatch(l -> l.contains("one") && l.contains("two")),
                "a row of plain values is still a grid row");
    }

    @Test
    void aLinksNumberFollowsItsTextNotTheSpaceAfterIt() {
        Document d = HtmlRenderer.render("<p>With the <a href=\"/b\">Developer Bundle. </a>It normally costs"
                + " <a href=\"/c\"> a lot </a>.</p>", BASE);
        assertEquals(List.of("With the Developer Bundle.[1] It normally costs a lot[2] ."),
                d.layout(80).stream().map(StyledLine::plain).toList());
        Document nbsp = HtmlRenderer.render("<p>With the <a href=\"/b\">Bundle.&nbsp;</a>It and <a href=\"/s\">&nbsp;★&nbsp;</a></p>", BASE);
        assertEquals(List.of("With the Bundle.[1] It and  ★[2] "), nbsp.layout(80).stream().map(StyledLine::plain).toList(),
                "a no-break space that ends a link comes after its number");
    }

    @Test
    void linksGetNumbersAndAbsoluteUrls() {
        Document d = HtmlRenderer.render("<p>See <a href=\"/about\">about</a> and <a href=\"https://other.org/x\">other</a>.</p>", BASE);
        assertEquals(List.of("See about[1] and other[2]."), d.layout(30).stream().map(StyledLine::plain).toList());
        assertEquals(List.of(new Link(1, "https://example.com/about", "about"), new Link(2, "https://other.org/x", "other")), d.links());
        assertEquals(Set.of(Style.LINK), stylesOf(d, 30, "about"));
    }

    @Test
    void theSameUrlKeepsItsNumber() {
        Document d = HtmlRenderer.render("<p><a href=\"/a\">one</a> <a href=\"/b\">two</a> <a href=\"https://example.com/a\">again</a></p>", BASE);
        assertEquals(List.of("one[1] two[2] again[1]"), d.layout(30).stream().map(StyledLine::plain).toList());
        assertEquals(2, d.links().size());
    }

    @Test
    void javascriptAndFragmentLinksAreNotListed() {
        Document d = HtmlRenderer.render("<p><a href=\"javascript:alert(1)\">bad</a> <a href=\" JaVa&#x09;script:x\">worse</a>"
                + " <a href=\"#fn1\">note</a> <a name=\"anchor\">named</a></p>", BASE);
        assertEquals(List.of("bad worse note named"), d.layout(30).stream().map(StyledLine::plain).toList());
        assertTrue(d.links().isEmpty());
    }

    @Test
    void headingPermalinksAreDropped() {
        // 11ty / markdown-it-anchor, as in the Japanese, Korean and Hebrew corpus feeds
        Document d = HtmlRenderer.render("<h2>Intro <a class=\"direct-link\" href=\"#intro\">#</a></h2>"
                + "<h3>More <a href=\"https://example.com/posts/1#more\" aria-hidden=\"true\">#</a></h3>", BASE);
        assertEquals(List.of("Intro", "", "More"), d.layout(30).stream().map(StyledLine::plain).toList());
        assertTrue(d.links().isEmpty());
    }

    @Test
    void absoluteLinksToThisPagesFragmentsAreNotListed() {
        Document d = HtmlRenderer.render("<p>word<sup><a href=\"https://example.com/posts/1#fn1\">1</a></sup></p>", BASE);
        assertEquals(List.of("word^1"), d.layout(30).stream().map(StyledLine::plain).toList());
        assertTrue(d.links().isEmpty());
    }

    @Test
    void ariaHiddenDecorationIsDropped() {
        assertEquals(List.of("code"), lines("<div><pre>code</pre><div aria-hidden=\"true\"><span>1</span></div></div>", 30));
    }

    @Test
    void linkMarkersStayWithTheirText() {
        assertEquals(List.of("保姆级教学（原理）", "次[1]"), lines("<p>保姆级教学（原理）<a href=\"/x\">次</a></p>", 18));
        assertEquals(List.of("aaaa", "bbbb[1]"), lines("<p>aaaa <a href=\"/x\">bbbb</a></p>", 7));
    }

    @Test
    void imagesShowAltTextAndAreListed() {
        Document d = HtmlRenderer.render("<p><img src=\"cat.png\" alt=\"A cat\"> <img src=\"//cdn.example.com/d.png\"></p>", BASE);
        assertEquals(List.of("[image: A cat][1] [image][2]"), d.layout(30).stream().map(StyledLine::plain).toList());
        assertEquals(List.of(new Link(1, "https://example.com/posts/cat.png", "image: A cat"),
                new Link(2, "https://cdn.example.com/d.png", "image")), d.links());
    }

    @Test
    void emojiDrawnAsPicturesAreTheirTextAndNotListed() {
        // WordPress (corpus rss/05): each emoji, and its skin tone, an image of its own
        String wp = "<img src=\"https://s.w.org/images/core/emoji/2.2.1/72x72/%s.png\" alt=\"%s\" class=\"wp-smiley\""
                + " style=\"height: 1em; max-height: 1em;\" />";
        Document d = HtmlRenderer.render("<p>you'll see the pass " + wp.formatted("1f483", "💃") + wp.formatted("1f3fb", "🏻")
                + " and <img class=\"emoji\" src=\"https://twemoji.example/1f680.svg\" alt=\"🚀\"></p>", BASE);
        assertEquals(List.of("you'll see the pass 💃🏻 and 🚀"), d.layout(60).stream().map(StyledLine::plain).toList());
        assertTrue(d.links().isEmpty(), d.links().toString());
        Document photo = HtmlRenderer.render("<p><img class=\"emoji-free\" src=\"/p.jpg\" alt=\"A long description of a photo\"></p>", BASE);
        assertEquals(List.of("[image: A long description of a photo][1]"),
                photo.layout(60).stream().map(StyledLine::plain).toList(), "a long alt is a picture's");
    }

    @Test
    void trackingPixelsAndDataImagesAreNotListed() {
        Document d = HtmlRenderer.render("<p>x<img src=\"https://t.example/p.gif\" width=\"1\" height=\"1\">"
                + "<img src=\"https://stats.example/p.php?idsite=8&amp;action_name=x\" style=\"border:0;\" alt=\"\">"
                + "<img src=\"data:image/png;base64,AAAA\" alt=\"inline\"></p>", BASE);
        assertEquals(List.of("x[image: inline]"), d.layout(30).stream().map(StyledLine::plain).toList());
        assertTrue(d.links().isEmpty());
    }

    @Test
    void linkedImageGetsBothNumbers() {
        Document d = HtmlRenderer.render("<p><a href=\"/big.png\"><img src=\"/small.png\" alt=\"pic\"></a></p>", BASE);
        assertEquals(List.of("[image: pic][1][2]"), d.layout(30).stream().map(StyledLine::plain).toList());
    }

    @Test
    void mediaElementsAreListedAndTheirFallbackDropped() {
        Document d = HtmlRenderer.render("<video controls><source src=\"/v.mp4\">Your browser cannot play this.</video>", BASE);
        assertEquals(List.of("[video][1]"), d.layout(30).stream().map(StyledLine::plain).toList());
        assertEquals("https://example.com/v.mp4", d.links().get(0).url());
    }

    @Test
    void anEmbeddedPageIsANumberedLinkAndAFrameWithoutAPageIsDropped() {
        Document d = HtmlRenderer.render("<p>Watch it:</p><iframe src=\"/embed/v1\" title=\"A Tour\">fallback</iframe>"
                + "<p>Or here:</p><iframe src=\"https://player.example/v?x=1\"></iframe>"
                + "<p>Blank:</p><iframe src=\"about:blank\"></iframe><iframe srcdoc=\"&lt;p&gt;inline&lt;/p&gt;\"></iframe>", BASE);
        assertEquals(List.of("Watch it:", "", "[embedded: A Tour][1]", "", "Or here:", "", "[embedded: player.example][2]", "",
                "Blank:"), d.layout(40).stream().map(StyledLine::plain).toList());
        assertEquals(List.of("https://example.com/embed/v1", "https://player.example/v?x=1"),
                d.links().stream().map(Link::url).toList());
    }

    @Test
    void definitionListsIndentTheDefinition() {
        assertEquals(List.of("Term", "    The definition of the", "    term."),
                lines("<dl><dt>Term</dt><dd>The definition of the term.</dd></dl>", 25));
    }

    @Test
    void figureCaptionsAndDetails() {
        assertEquals(List.of("[image: chart][1]", "Figure 1", "", "More", "hidden text"),
                lines("<figure><img src=\"c.png\" alt=\"chart\"><figcaption>Figure 1</figcaption></figure>"
                        + "<details><summary>More</summary>hidden text</details>", 30));
    }

    @Test
    void smallInlineExtras() {
        assertEquals(List.of("E = mc^2, 1st, “q”, 漢字(かんじ)"),
                lines("<p>E = mc<sup>2</sup>, 1<sup>st</sup>, <q>q</q>, <ruby>漢字<rt>かんじ</rt></ruby></p>", 40));
    }

    @Test
    void raisedAndLoweredTextKeepsItsMeaning() {
        // As in the corpus's Russ Cox feed: without a mark, 2<sup>n</sup>−1 read "2n−1".
        assertEquals(List.of("between 2^n−1 and 2^n+1, O(2^(2^n)·2^(2^n)) = O(2^(2^(n+1))), B = 2^H"),
                lines("<p>between 2<sup>n</sup>&#8722;1 and 2<sup>n</sup>+1, "
                        + "O(2<sup>2<sup>n</sup></sup>&#183;2<sup>2<sup>n</sup></sup>) = O(2<sup>2<sup>n+1</sup></sup>), "
                        + "B = 2<sup><i>H</i></sup></p>", 100));
        assertEquals(List.of("x^2 10^-3 e^(iπ) note^[4] note†"),
                lines("<p>x<sup>2</sup> 10<sup>-3</sup> e<sup>i&pi;</sup> note<sup>[4]</sup> note<sup>&dagger;</sup></p>", 60));
        assertEquals(List.of("1st 2nd 1er 2e Acme™ BrandTM"), lines("<p>1<sup>st</sup> 2<sup>nd</sup> 1<sup>er</sup> "
                + "2<sup>e</sup> Acme<sup>™</sup> Brand<sup>TM</sup></p>", 60), "ordinals and marks read the same run in");
        assertEquals(List.of("H₂O, 00₂ = 0, X₁₀, x_i, a_(n+1)"),
                lines("<p>H<sub>2</sub>O, 00<sub>2</sub> = 0, X<sub>10</sub>, x<sub>i</sub>, a<sub>n+1</sub></p>", 60));
        assertEquals(List.of("if nsize == 2^(2^n) {"), lines("<pre>if nsize == 2<sup>2<sup>n</sup></sup> {</pre>", 60));
    }

    @Test
    void cjkSourceLineBreaksDoNotBecomeSpaces() {
        assertEquals(List.of("中文段落继续"), lines("<p>中文段落\n继续</p>", 30));
        assertEquals(List.of("English text"), lines("<p>English\ntext</p>", 30));
    }

    @Test
    void hostileBytesInHtmlNeverReachTheOutput() {
        Document d = HtmlRenderer.render("<p>a\u001b[2Jb\u0007c\u009bd\u202Ee</p><a href=\"/x\u001b]2;t\u0007\">l</a>", BASE);
        for (StyledLine l : d.layout(30)) {
            for (char c : l.plain().toCharArray()) assertTrue(c >= 0x20 && (c < 0x7F || c > 0x9F) && c != 0x202E);
        }
        for (char c : d.links().get(0).url().toCharArray()) assertTrue(c >= 0x20 && (c < 0x7F || c > 0x9F));
    }

    @Test
    void emptyAndNullHtmlGiveAnEmptyDocument() {
        assertTrue(HtmlRenderer.render(null, null).layout(10).isEmpty());
        assertTrue(HtmlRenderer.render("<p> </p><div></div>", null).layout(10).isEmpty());
    }

    @Test
    void linksWithSpacesOrBarsAreEncodedAsABrowserSendsThem() {
        Document d = HtmlRenderer.render("<a href=\"p|q.html\">a</a> <a href=\"nb\u00a0sp.html\">b</a>"
                + " <a href=\"https://e.example/a b\">c</a>", "https://news.example/dir/");
        assertEquals("https://news.example/dir/p%7Cq.html", d.links().get(0).url());
        assertEquals("https://news.example/dir/nb%C2%A0sp.html", d.links().get(1).url());
        assertEquals("https://e.example/a%20b", d.links().get(2).url());
    }

    @Test
    void relativeLinksWithoutBaseStayAsWritten() {
        Document d = HtmlRenderer.render("<a href=\"/noon/x\">x</a>", null);
        assertEquals("/noon/x", d.links().get(0).url());
    }

    @Test
    void deepNestingOnANarrowScreenKeepsRoomForText() {
        String html = "<blockquote>".repeat(40) + "deep words here" + "</blockquote>".repeat(40);
        List<StyledLine> out = HtmlRenderer.render(html, BASE).layout(20);
        for (StyledLine l : out) assertTrue(l.columns() <= 20);
        assertTrue(out.stream().map(StyledLine::plain).anyMatch(s -> s.contains("deep")));
    }
}
