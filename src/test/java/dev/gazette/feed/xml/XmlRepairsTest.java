package dev.gazette.feed.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class XmlRepairsTest {
    private static final char A = XmlRepairs.AMPERSAND;

    /** Reads in pieces of piece chars from a source that itself gives at most trickle chars a read. */
    private static String readAll(XmlRepairs r, int piece) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[piece];
        int n;
        while ((n = r.read(buffer, 0, piece)) >= 0) sb.append(buffer, 0, n);
        return sb.toString();
    }

    /** A reader that hands out at most max chars a read, so references fall across reads. */
    private static Reader trickle(String text, int max) {
        return new StringReader(text) {
            @Override
            public int read(char[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, max));
            }
        };
    }

    @Test
    void textWithoutSlipsPassesAsItIs() throws IOException {
        String text = "<a href=\"?a=1&amp;b=2\">&#38; &#x26; &nbsp; &eacute;\ttab\r\nline</a>";
        XmlRepairs r = new XmlRepairs(new StringReader(text));
        assertEquals(text, readAll(r, 7));
        assertNull(r.controlsProblem());
        assertNull(r.ampersandsProblem());
    }

    @Test
    void aBareAmpersandStandsInForItselfWhereverTheReadsEnd() throws IOException {
        String text = "R&D, AT&T and Fish & chips <a href=\"?a=1&b=2\">&amp;</a> & &# &#x; &;";
        String expected = "R" + A + "D, AT" + A + "T and Fish " + A + " chips <a href=\"?a=1" + A + "b=2\">&amp;</a> "
                + A + " " + A + "# " + A + "#x; " + A + ";";
        for (int trickle : new int[] {1, 2, 3, 1000}) {
            for (int piece : new int[] {1, 4, 100}) {
                XmlRepairs r = new XmlRepairs(trickle(text, trickle));
                assertEquals(expected, readAll(r, piece), trickle + "/" + piece);
                assertEquals("8 & that begin no entity (the first here; XML writes it &amp;); read as &", r.ampersandsProblem());
                assertEquals(1, r.ampersandsLine());
                assertEquals(2, r.ampersandsColumn());
            }
        }
    }

    @Test
    void anAmpersandAtTheVeryEndIsBare() throws IOException {
        XmlRepairs r = new XmlRepairs(new StringReader("x &ab"));
        assertEquals("x " + A + "ab", readAll(r, 10));
        assertEquals("an & that begins no entity (XML writes it &amp;); read as &", r.ampersandsProblem());
    }

    @Test
    void aNameTooLongForAReferenceIsNoReference() throws IOException {
        String name = "a".repeat(80);
        XmlRepairs r = new XmlRepairs(trickle("&" + name + ";", 5));
        assertEquals(A + name + ";", readAll(r, 3));
    }

    @Test
    void controlCharactersBecomeSpacesPlacedAsTheParserCountsLines() throws IOException {
        // Lines end with LF, CR LF and a lone CR; the form feed is on line 4, column 3.
        String text = "one\ntwo\r\nthree\rab\fc\u001b\u0000";
        for (int piece : new int[] {1, 2, 5, 100}) {
            XmlRepairs r = new XmlRepairs(trickle(text, 2));
            assertEquals("one\ntwo\r\nthree\rab c  ", readAll(r, piece), "pieces of " + piece);
            assertEquals(4, r.controlsLine());
            assertEquals(3, r.controlsColumn());
            assertEquals("3 control characters XML does not allow (the first, U+000C); read as spaces", r.controlsProblem());
        }
        XmlRepairs one = new XmlRepairs(new StringReader("\u0007"));
        assertEquals(" ", readAll(one, 4));
        assertEquals("a control character XML does not allow (U+0007); read as a space", one.controlsProblem());
    }

    @Test
    void anEscapeSequenceBecomesSpacesWholeButNeverTheMarkupAroundIt() throws IOException {
        String text = "<t>raw \u001b[31mred\u001b[0m, OSC \u001b]52;c;SGVsbG8=\u0007 ok, \u001b]0;title\u001b\\ end"
                + " \u001b(B x</t><u a=\"\u001b]0;\">\u001b]0;HACK</u><![CDATA[\u001b]]]>";
        String expected = text;
        for (String sequence : new String[] {"\u001b[31m", "\u001b[0m", "\u001b]52;c;SGVsbG8=\u0007",
                "\u001b]0;title\u001b\\", "\u001b(B", "\u001b]0;HACK", "\u001b]0;", "\u001b"}) {
            expected = expected.replace(sequence, " ".repeat(sequence.length()));
        }
        assertEquals("<t>raw      red    , OSC ", expected.substring(0, 25), "as a title, spaces close up");
        for (int trickle : new int[] {1, 3, 1000}) {
            XmlRepairs r = new XmlRepairs(trickle(text, trickle));
            String read = readAll(r, 4);
            assertEquals(expected, read, "reads of " + trickle);
            assertEquals(text.length(), read.length(), "every position after it stays");
        }
    }

    @Test
    void aStrayEscBeforeTextKeepsTheText() throws IOException {
        String text = "a\u001b" + "[" + "1".repeat(40) + "m b\u001b]" + "x".repeat(300) + "\n";
        String read = readAll(new XmlRepairs(new StringReader(text)), 50);
        assertEquals(text.length(), read.length());
        assertTrue(read.contains("111m b"), "past 32 characters a CSI is no sequence: its end stays");
        assertEquals("xxx\n", read.substring(read.length() - 4), "an unended string keeps what is past 256");
    }

    @Test
    void inCdataAndCommentsAnAmpersandIsJustACharacter() throws IOException {
        String text = "<!-- Tom & Jerry --><d><![CDATA[<p>Salt & pepper; a &b c]]]></d> R&D <!-- x -- & --> & \f";
        String expected = "<!-- Tom & Jerry --><d><![CDATA[<p>Salt & pepper; a &b c]]]></d> R" + A + "D <!-- x -- & --> " + A + "  ";
        for (int trickle : new int[] {1, 2, 5, 1000}) {
            XmlRepairs r = new XmlRepairs(trickle(text, trickle));
            assertEquals(expected, readAll(r, 3), "reads of " + trickle);
            assertEquals("2 & that begin no entity (the first here; XML writes it &amp;); read as &", r.ampersandsProblem());
            assertEquals(67, r.ampersandsColumn(), "the R&D after the CDATA section");
            assertEquals("a control character XML does not allow (U+000C); read as a space", r.controlsProblem());
        }
    }

    @Test
    void theStandInTheFileItselfHoldsIsNoAmpersand() throws IOException {
        XmlRepairs r = new XmlRepairs(new StringReader("x" + A + "y"));
        assertEquals("x\uFFFDy", readAll(r, 10));
        assertNull(r.ampersandsProblem());
    }
}
