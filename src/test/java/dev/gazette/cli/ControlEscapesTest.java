package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ControlEscapesTest {
    private static String through(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = ControlEscapes.wrap(bytes);
        err.print(text);
        err.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void controlCharactersAreWrittenAsEscapesAndTextStaysAsItIs() {
        assertEquals("a\\u001b]0;t\\u0007b\\u000d\\u0008\\u007f\n\tend", through("a\u001b]0;t\u0007b\r\b\u007f\n\tend"));
        assertEquals("C1: \\u009b2J \\u0085 and \\u0080", through("C1: \u009b2J \u0085 and \u0080"));
    }

    @Test
    void charactersThatShareAByteWithC1ControlsAreKept() {
        // U+00A0..U+00BF are C2 A0..C2 BF in UTF-8: the same lead byte as a C1 control.
        assertEquals("\u00a0\u00a9\u00bf café 日本 👍", through("\u00a0\u00a9\u00bf café 日本 👍"));
    }

    @Test
    void aMessageSplitAcrossWritesAtAnyByteComesOutTheSame() throws Exception {
        byte[] utf8 = "x \u00a9\u009b\u001b y".getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut <= utf8.length; cut++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream err = ControlEscapes.wrap(bytes);
            err.write(utf8, 0, cut);
            err.write(utf8, cut, utf8.length - cut);
            err.flush();
            assertEquals("x \u00a9\\u009b\\u001b y", bytes.toString(StandardCharsets.UTF_8), "cut at " + cut);
        }
    }
}
