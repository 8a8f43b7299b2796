package dev.gazette.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.InvalidPathException;
import org.junit.jupiter.api.Test;

class PathNamesTest {
    private static final InvalidPathException UNMAPPABLE =
            new InvalidPathException("caf\uFFFD.json", "Malformed input or input contains unmappable characters");

    @Test
    void underAnAsciiLocaleTheWayOutIsSaid() {
        assertEquals("caf\uFFFD.json: this file name cannot be used in the locale's character set (ANSI_X3.4-1968);"
                + " start Gazette in a UTF-8 locale, e.g. LANG=C.UTF-8",
                PathNames.whyInvalid("caf\uFFFD.json", UNMAPPABLE, "ANSI_X3.4-1968"));
    }

    @Test
    void underUtf8ItIsSomeOtherFlawAndJavasReasonIsGiven() {
        assertEquals("a\u0000b: not a valid path (Nul character not allowed)",
                PathNames.whyInvalid("a\u0000b", new InvalidPathException("a\u0000b", "Nul character not allowed"), "UTF-8"));
    }
}
