package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.comments.CommentJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** E and Ctrl-X Ctrl-E hand the draft to an editor; Ctrl-Z suspends from any view. */
class EditorScreenTest {

    @TempDir
    Path dir;

    VirtualScreen openShort() {
        VirtualScreen s = VirtualScreen.of(60, 20, TestFeeds.threeArticles(),
                new CommentJournal(dir.resolve("feed.comments.jsonl")), null, "ana");
        return s.press(new KeyStroke('j', false, false)).press(KeyType.Enter);
    }

    @Test
    void eOpensTheEditorOnTheDraftAndItsTextComesBackReadyToSave() throws IOException {
        VirtualScreen s = openShort();
        s.press(new KeyStroke('c', false, false)).type("started here").press(KeyType.Escape);
        s.editor = text -> text + ", finished in the editor\nwith a second line\n";
        s.press(new KeyStroke('E', false, false));
        assertEquals(List.of("started here"), s.edited);
        assertEquals("> started here, finished in the editor↵with a second line", s.row(18));
        assertEquals("Enter saves the comment, Esc keeps it as a draft", s.row(19));
        assertFalse(Files.exists(dir.resolve("feed.comments.jsonl")), "not saved before Enter");
        s.press(KeyType.Enter);
        String line = Files.readAllLines(dir.resolve("feed.comments.jsonl"), StandardCharsets.UTF_8).get(0);
        assertTrue(line.contains("\"text\":\"started here, finished in the editor\\nwith a second line\""), line);
    }

    @Test
    void ctrlXInTheInputOpensTheEditorAndAFailedEditorKeepsTheDraft() {
        VirtualScreen s = openShort();
        s.press(new KeyStroke('c', false, false)).type("keep me");
        s.editor = text -> {
            throw new IllegalStateException("vi exited with status 1; the draft is unchanged");
        };
        s.ctrl('x');
        assertEquals(List.of("keep me"), s.edited);
        assertEquals("> keep me", s.row(18));
        // the middle of a long message gives way; its start and its end stay
        assertTrue(s.row(19).startsWith("Could not run the editor:") && s.row(19).endsWith("the draft is unchanged"), s.row(19));
    }

    @Test
    void ctrlZSuspendsFromTheListTheArticleAndTheInput() {
        VirtualScreen s = openShort();
        s.ctrl('z');
        s.press(new KeyStroke('c', false, false)).ctrl('z');
        s.press(KeyType.Escape).press(KeyType.Escape).ctrl('z');
        assertEquals(3, s.suspends);
        assertTrue(s.state().running());
    }

    @Test
    void ctrlLRedrawsFromTheListTheArticleAndTheInputAndKeepsTheDraft() {
        VirtualScreen s = openShort();
        s.ctrl('l');
        s.press(KeyType.Enter).ctrl('l');
        s.press(new KeyStroke('c', false, false)).type("half").ctrl('l');
        assertEquals(3, s.redraws);
        assertTrue(s.text().contains("> half"), "the draft is untouched: " + s.text());
    }
}
