package dev.gazette.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines of a feeds file that were skipped are in `?` for the whole session, not only on stderr at quit. */
class FeedsNotesHelpTest {
    private static final List<String> NOTES = List.of(
            "urls:10: newsboat query: line skipped (Gazette has no query feeds)",
            "urls:12: newsboat exec: line skipped (Gazette has no exec feeds)");

    private static List<String> helpAfterQuestionMark(List<String> notes, int feeds) {
        Settings settings = new Settings("ana", Theme.monochrome(), ZoneOffset.UTC, false, notes);
        AppState s = Router.start(AppState.start(settings, new TerminalSize(80, 24),
                Arrays.asList(new String[feeds]), Arrays.asList(new String[feeds]))).state();
        s = Router.update(s, new Event.Key(new KeyStroke('?', false, false))).state();
        return s.help().lines();
    }

    @Test
    void theFeedsScreensHelpEndsWithTheNotes() {
        List<String> lines = helpAfterQuestionMark(NOTES, 2);
        assertEquals(List.of("", "Notes on the feeds (printed again when Gazette quits)", NOTES.get(0), NOTES.get(1)),
                lines.subList(lines.size() - 4, lines.size()));
    }

    @Test
    void oneFeedsHeadlinesHelpHasThemTooAndNoNotesNoSection() {
        List<String> lines = helpAfterQuestionMark(NOTES, 1);
        assertEquals(NOTES.get(1), lines.get(lines.size() - 1));
        assertFalse(String.join("\n", helpAfterQuestionMark(List.of(), 2)).contains("Notes on the feeds"));
    }
}
