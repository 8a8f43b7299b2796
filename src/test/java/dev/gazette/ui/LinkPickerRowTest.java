package dev.gazette.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gazette.text.Link;
import dev.gazette.text.TextWidth;
import org.junit.jupiter.api.Test;

/** One row of the link list (L) at the widths a terminal gives it. */
class LinkPickerRowTest {
    private static final Link DISCUSSION =
            new Link(16, "https://www.natashatherobot.com/url-apple-wallet-passkit-pass/#comments", "discussion");

    @Test
    void aRowThatFitsIsNumberUrlAndLabel() {
        assertEquals("[16] https://www.natashatherobot.com/url-apple-wallet-passkit-pass/#comments  discussion",
                LinkPicker.row(DISCUSSION, 200, 0));
    }

    @Test
    void aShortNumberIsPaddedToTheLongestSoUrlsLineUp() {
        Link third = new Link(3, "https://example.org/", "");
        assertEquals("  [3] https://example.org/", LinkPicker.row(third, 76, 5));
        assertEquals("[16] discussion", LinkPicker.row(DISCUSSION, 16, 4));
    }

    @Test
    void aLongUrlKeepsItsHostAndItsEndSoItsLabelStays() {
        String row = LinkPicker.row(DISCUSSION, 76, 0);
        assertEquals("[16] https://www.natashatherobot.com…llet-passkit-pass/#comments  discussion", row);
        assertEquals(76, TextWidth.columns(row), "the whole row used");
    }

    @Test
    void theSiteALinkGoesToShowsAt80Columns() {
        // the Accidental Tech Podcast's show notes (corpus rss/04), in the box's 76 columns
        Link tweet = new Link(4, "https://twitter.com/marcoarment/status/1090684505910898691",
                "Confirmation of all internal apps failing");
        assertEquals("[4] https://twitter.com…84505910898691  Confirmation of all internal apps f…",
                LinkPicker.row(tweet, 76, 0));
    }

    @Test
    void aLabelThatRepeatsTheUrlIsLeftOut() {
        Link self = new Link(1, "https://github.com/vercel/next.js/blob/canary/examples/blog/scripts/gen-rss.js",
                "https://github.com/vercel/next.js/b…");
        assertEquals("[1] https://github.com…/next.js/blob/canary/examples/blog/scripts/gen-rss.js",
                LinkPicker.row(self, 76, 0));
        Link bare = new Link(2, "https://www.example.org/page/", "example.org/page");
        assertEquals("[2] https://www.example.org/page/", LinkPicker.row(bare, 76, 0));
        Link other = new Link(3, "https://example.org/", "example.org is where it is");
        assertEquals("[3] https://example.org/  example.org is where it is", LinkPicker.row(other, 76, 0));
    }

    @Test
    void aLongLabelTakesAtMostHalfTheRoom() {
        Link l = new Link(3, "https://example.org/a/very/long/path/to/some/article.html",
                "a link text that goes on for quite a long while");
        assertEquals("[3] https:/…/article.html  a link text that goes…", LinkPicker.row(l, 50, 0));
    }

    @Test
    void tooNarrowForBothTheLabelAlone() {
        assertEquals("[16] discussion", LinkPicker.row(DISCUSSION, 16, 0));
        assertEquals("[16] discus…", LinkPicker.row(DISCUSSION, 12, 0));
    }

    @Test
    void anUnlabelledUrlIsCutInTheMiddle() {
        Link l = new Link(2, "https://example.org/one/two/three/four.png", "");
        assertEquals("[2] https…e/four.png", LinkPicker.row(l, 20, 0));
    }
}
