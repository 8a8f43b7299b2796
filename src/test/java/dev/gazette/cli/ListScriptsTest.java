package dev.gazette.cli;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --list} is not a terminal: it prints titles exactly as the feed has them, less control
 * and bidi characters: every combining mark, ZWNJ, ZWJ sequence, flag and keycap kept, nothing
 * normalised and no U+FE0F added.
 */
class ListScriptsTest {

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ListScriptsTest.class.getResource("/feeds/" + name).toURI());
    }

    @Test
    void listPrintsTitlesInEveryScriptWhole() throws URISyntaxException {
        CliTest.Result r = CliTest.run(fixture("scripts.json").toString(), "--list");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                "हिन्दी समाचार: क्षत्रिय",
                "ข่าวภาษาไทย วันนี้",
                "مُحَمَّد يَكْتُبُ",
                "می\u200Cخواهم بخوانم",
                "Tiếng Việt có dấu",
                "Tie\u0302\u0301ng Vie\u0323\u0302t (decomposed)",
                "за\u0301мок и замо\u0301к",
                "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 family \uD83C\uDDEF\uD83C\uDDF5 flag "
                        + "1\uFE0F\u20E3 keycap \uD83D\uDC4D\uD83C\uDFFD thumbs \u26A1 bolt",
                "evil title with hidden"),
                // the dates depend on the machine's time zone, the titles do not
                r.out().lines().map(line -> line.substring("yyyy-mm-dd  ".length())).toList());
        assertTrue(r.out().lines().allMatch(line -> line.matches("2025-05-\\d\\d  .*")), r.out());
        assertFalse(r.out().contains("\u26A1\uFE0F"), "no VS16 added");
        assertEquals("", r.err());
    }
}
