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

    static java.util.List<Theme.Look> everyLook(Theme theme) {
        return java.util.List.of(theme.normal(), theme.bar(), theme.selected(), theme.secondary(), theme.status(),
                theme.match(), theme.currentMatch(), theme.input(true), theme.input(false),
                theme.text(Set.of(Style.DIM), theme.normal()), theme.text(Set.of(Style.LINK), theme.normal()));
    }

    @Test
    void theLinuxConsoleAndTheVt100FamilyGetOnlyTheBasicEight() {
        for (String term : new String[] {"linux", "vt100", "vt220", "ansi"}) {
            Theme theme = Theme.forEnvironment(Map.of("TERM", term, "LANG", "C.UTF-8"));
            assertEquals(Theme.Colours.BASIC, theme.colours(), term);
            for (Theme.Look look : everyLook(theme)) {
                assertTrue(look.foreground() instanceof TextColor.ANSI fg && fg.ordinal() <= TextColor.ANSI.DEFAULT.ordinal()
                        && !fg.name().endsWith("_BRIGHT"), term + ": " + look);
                assertTrue(!((TextColor.ANSI) look.background()).name().endsWith("_BRIGHT"), term + ": " + look);
            }
        }
        Theme xterm = Theme.forEnvironment(Map.of("TERM", "xterm-256color", "LANG", "C.UTF-8"));
        assertEquals(TextColor.ANSI.BLACK_BRIGHT, xterm.secondary().foreground(), "a full terminal has its grey");
    }

    @Test
    void glyphsFollowTheLocalesCharsetAsPosixLooksItUp() {
        assertEquals(Glyphs.UNICODE, Glyphs.forEnvironment(Map.of("LANG", "en_US.UTF-8")));
        assertEquals(Glyphs.UNICODE, Glyphs.forEnvironment(Map.of("LANG", "C.utf8")));
        assertEquals(Glyphs.UNICODE, Glyphs.forEnvironment(Map.of("LC_CTYPE", "UTF-8")));
        assertEquals(Glyphs.ASCII, Glyphs.forEnvironment(Map.of()), "no locale is the C locale");
        assertEquals(Glyphs.ASCII, Glyphs.forEnvironment(Map.of("LANG", "de_DE@euro")));
        assertEquals(Glyphs.ASCII, Glyphs.forEnvironment(Map.of("LANG", "en_US.UTF-8", "LC_ALL", "C")));
        assertEquals(Glyphs.UNICODE, Glyphs.forEnvironment(Map.of("LANG", "C", "LC_CTYPE", "en_GB.UTF-8")));
        assertEquals(Glyphs.ASCII, Theme.forEnvironment(Map.of("TERM", "vt100", "LANG", "C")).glyphs());
        assertEquals("*", Glyphs.ASCII.cell("●"));
        assertEquals("\\", Glyphs.ASCII.cell("↩"), "a code line going on (found by a review under TERM=vt100 LANG=C)");
        assertEquals("$", Glyphs.ASCII.cell("↵"));
        assertEquals("<>", Glyphs.ASCII.cell("‹") + Glyphs.ASCII.cell("›"));
        assertEquals("日", Glyphs.ASCII.cell("日"), "feed text is drawn as it is");
    }
}
