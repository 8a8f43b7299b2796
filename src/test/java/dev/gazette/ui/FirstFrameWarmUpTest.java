package dev.gazette.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The warm-up is worth its thread only if it runs the code of a real headline list. */
class FirstFrameWarmUpTest {
    @Test
    void itDrawsAHeadlineListWithWideCharactersNotALoadingScreen() {
        DefaultVirtualTerminal t = FirstFrameWarmUp.drawOnce(new Settings("", Theme.monochrome(), ZoneOffset.UTC),
                new TerminalSize(80, 24));
        assertNotNull(t, "the warm-up failed");
        StringBuilder screen = new StringBuilder();
        for (int y = 0; y < 24; y++) {
            for (int x = 0; x < 80; x++) screen.append(t.getCharacter(x, y).getCharacterString());
            screen.append('\n');
        }
        String s = screen.toString();
        assertTrue(s.contains("Warm-up — 3 articles"), s);
        assertTrue(s.contains("2026-01-01  Welcome: a headline"), s);
        assertTrue(s.contains("日"), s);
    }
}
