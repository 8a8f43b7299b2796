package dev.gazette.ui;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.comments.CommentJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bracketed paste: decoded from the terminal's bytes into one event, and into the input as text. */
class PasteTest {

    @TempDir
    Path dir;

    /** What the key reader posts for these bytes from the terminal. */
    static List<Event> decode(String bytes) throws IOException {
        InputDecoder decoder = new InputDecoder(new StringReader(bytes));
        decoder.addProfile(new DefaultKeyDecodingProfile());
        decoder.addProfile(BracketedPaste::patterns);
        BracketedPaste.Collector collector = new BracketedPaste.Collector();
        List<Event> out = new ArrayList<>();
        KeyStroke k;
        while ((k = decoder.getNextCharacter(false)) != null && k.getKeyType() != KeyType.EOF) {
            Event e = collector.accept(k);
            if (e != null) out.add(e);
        }
        return out;
    }

    @Test
    void aBracketedPasteIsOneEventWithItsLineBreaksAndTabs() throws IOException {
        // the terminal's line discipline (ICRNL) hands pasted line breaks over as \n, as it does Enter
        List<Event> events = decode("a\u001b[200~first q\nsecond n\n\tthird\u001b[201~b");
        assertEquals(3, events.size(), events.toString());
        assertEquals('a', ((Event.Key) events.get(0)).stroke().getCharacter());
        assertEquals(new Event.Paste("first q\nsecond n\n\tthird"), events.get(1));
        assertEquals('b', ((Event.Key) events.get(2)).stroke().getCharacter());
    }

    @Test
    void keysOutsideAPasteAndOtherEscapeSequencesAreUnchanged() throws IOException {
        List<Event> events = decode("\u001b[A\u001b[2~q");
        assertEquals(KeyType.ArrowUp, ((Event.Key) events.get(0)).stroke().getKeyType());
        assertEquals(KeyType.Insert, ((Event.Key) events.get(1)).stroke().getKeyType());
        assertEquals('q', ((Event.Key) events.get(2)).stroke().getCharacter());
    }

    @Test
    void escapeSequencesInsideAPasteDoNotBecomeKeys() throws IOException {
        List<Event> events = decode("\u001b[200~x\u001b[Ay\u0003z\u001b[201~");
        assertEquals(List.of(new Event.Paste("xyz")), events);
    }

    VirtualScreen openShort() {
        VirtualScreen s = VirtualScreen.of(60, 20, TestFeeds.threeArticles(),
                new CommentJournal(dir.resolve("feed.comments.jsonl")), null, "ana");
        return s.press(new KeyStroke('j', false, false)).press(KeyType.Enter);
    }

    @Test
    void aPasteGoesIntoTheInputAsTextAndNothingIsSavedUntilEnter() throws IOException {
        VirtualScreen s = openShort();
        s.post(new Event.Paste("first q\nsecond n\n\tthird"));
        assertEquals("> first q↵second n↵    third", s.row(18));
        assertFalse(Files.exists(dir.resolve("feed.comments.jsonl")), "nothing saved by a paste");
        assertTrue(s.state().running(), "the q in the paste did not quit");
        s.press(KeyType.Enter);
        List<String> lines = Files.readAllLines(dir.resolve("feed.comments.jsonl"), StandardCharsets.UTF_8);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).contains("\"text\":\"first q\\nsecond n\\n    third\""), lines.get(0));
        String screen = s.text();
        assertTrue(screen.contains("\n  first q\n  second n\n      third\n"), "the comment keeps its line breaks: " + screen);
    }

    @Test
    void linesBreaksAtTheEndsOfAPastedCommentAreNotSaved() throws IOException {
        VirtualScreen s = openShort();
        s.post(new Event.Paste("\nA paragraph\nand its end\n\n")).press(KeyType.Enter);
        String line = Files.readAllLines(dir.resolve("feed.comments.jsonl"), StandardCharsets.UTF_8).get(0);
        assertTrue(line.contains("\"text\":\"A paragraph\\nand its end\""), line);
    }

    @Test
    void aPasteClearsAnOldStatusAsAKeyDoes() {
        VirtualScreen s = openShort();
        s.post(new Event.Status("Copied (OSC 52): https://example.invalid/long"));
        assertEquals("Copied (OSC 52): https://example.invalid/long", s.row(19));
        s.post(new Event.Paste("pasted"));
        assertEquals("> pasted", s.row(18));
        assertEquals("Enter Save  Esc Leave (draft kept)  ←→ ^A ^E ^W ^U Edit", s.row(19).strip());
    }

    @Test
    void aPasteInTheHeadlineListFiltersItOnOneLine() {
        VirtualScreen s = VirtualScreen.of(60, 20, TestFeeds.threeArticles(),
                new CommentJournal(dir.resolve("feed.comments.jsonl")), null, "ana");
        String before = s.text();
        s.post(new Event.Paste("short\n"));
        assertEquals("/short ", s.row(19).stripTrailing() + " ", "the filter opens with the text; the line break is a space");
        assertTrue(s.text().contains("Short note"), s.text());
        assertFalse(s.text().contains("Long read") || s.text().contains("Third story"), "the others are filtered out: " + s.text());
        assertTrue(s.state().running());
        s.press(KeyType.Escape);
        assertEquals(before, s.text(), "Esc clears it as it clears a typed filter");
    }

    @Test
    void aPasteLandsAtTheCursor() {
        VirtualScreen s = openShort();
        s.press(new KeyStroke('c', false, false)).type("ab").press(KeyType.ArrowLeft);
        s.post(new Event.Paste("XY"));
        assertEquals("> aXYb", s.row(18));
    }
}
