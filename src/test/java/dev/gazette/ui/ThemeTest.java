package dev.gazette.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.gazette.text.Style;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeTest {

    @Test
    void noColorDropsEveryColourAndKeepsTheEmphasis() {
        Theme theme = Theme.forEnvironment(Map.of("NO_COLOR", "1"));
        for (Theme.Look look : new Theme.Look[] {theme.bar(), theme.selected(), theme.secondary(), theme.status(),
                theme.text(Set.of(Style.LINK, Style.BOLD), theme.normal())}) {
            assertEquals(TextColor.ANSI.DEFAULT, look.foreground());
            assertEquals(TextColor.ANSI.DEFAULT, look.background());
        }
        assertTrue(theme.selected().sgr().contains(SGR.REVERSE), "the selection still stands out");
        assertTrue(theme.bar().sgr().contains(SGR.REVERSE));
        assertTrue(theme.text(Set.of(Style.HEADING), theme.normal()).sgr().contains(SGR.BOLD));
    }

    @Test
    void anEmptyNoColorMeansColour() {
        Theme theme = Theme.forEnvironment(Map.of("NO_COLOR", ""));
        assertNotEquals(TextColor.ANSI.DEFAULT, theme.selected().background());
        assertEquals(TextColor.ANSI.CYAN, theme.text(Set.of(Style.LINK), theme.normal()).foreground());
    }
}
