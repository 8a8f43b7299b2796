package dev.gazette.cli;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class SgrMouseTest {

    /** What the terminal's input decoder makes of these characters, with Gazette's patterns added as the reader adds them. */
    private static List<String> decode(String input) throws IOException {
        InputDecoder decoder = new InputDecoder(new StringReader(input));
        decoder.addProfile(new DefaultKeyDecodingProfile());
        decoder.addProfile(SgrMouse::patterns);
        List<String> keys = new ArrayList<>();
        KeyStroke key;
        while ((key = decoder.getNextCharacter(false)) != null && key.getKeyType() != KeyType.EOF) {
            keys.add(key instanceof MouseAction m ? m.getActionType() + " " + m.getButton() + " at "
                    + m.getPosition().getColumn() + "," + m.getPosition().getRow()
                    : key.getKeyType() == KeyType.Character ? String.valueOf(key.getCharacter()) : key.getKeyType().name());
        }
        return keys;
    }

    @Test
    void reportsBetweenTypedLettersAreMouseActionsAndTheLettersStayLetters() throws IOException {
        assertEquals(List.of("h", "i", "SCROLL_DOWN 5 at 9,3", "x", "SCROLL_UP 4 at 0,0", "y"),
                decode("hi\u001b[<65;10;4Mx\u001b[<64;1;1My"));
    }

    @Test
    void pressReleaseAndButtonsCountFromZeroAtTheTopLeft() throws IOException {
        assertEquals(List.of("CLICK_DOWN 1 at 2,6", "CLICK_RELEASE 1 at 2,6", "CLICK_DOWN 3 at 199,49",
                        "CLICK_DOWN 2 at 0,0"),
                decode("\u001b[<0;3;7M\u001b[<0;3;7m\u001b[<2;200;50M\u001b[<1;1;1M"));
    }

    @Test
    void modifiersDoNotChangeTheButtonAndMotionIsADragOrAMove() throws IOException {
        assertEquals(List.of("CLICK_DOWN 1 at 4,4", "DRAG 1 at 5,4", "MOVE 0 at 6,4", "MOVE 0 at 7,4"),
                decode("\u001b[<16;5;5M\u001b[<32;6;5M\u001b[<35;7;5M\u001b[<66;8;5M"));
    }

    @Test
    void theArrowKeysAndEscapeStillDecodeAsBefore() throws IOException {
        assertEquals(List.of("ArrowUp", "ArrowDown", "q"), decode("\u001b[A\u001b[Bq"));
    }

    @Test
    void thePatternWaitsForAReportsEndAndRefusesWhatIsNoReport() {
        assertSame(CharacterPattern.Matching.NOT_YET, match("\u001b"));
        assertSame(CharacterPattern.Matching.NOT_YET, match("\u001b[<"));
        assertSame(CharacterPattern.Matching.NOT_YET, match("\u001b[<65;10;4"));
        assertNull(match("\u001b[A"));
        assertNull(match("\u001b[<;10;4M"), "a field without digits");
        assertNull(match("\u001b[<65;10M"), "two fields");
        assertNull(match("\u001b[<65;10;4;5M"), "four fields");
        assertNull(match("\u001b[<65;10;4q"), "another final letter");
        assertNull(match("\u001b[<1;1234567890123456M"), "longer than any report");
        MouseAction wheel = (MouseAction) match("\u001b[<65;10;4M").fullMatch;
        assertEquals(MouseActionType.SCROLL_DOWN, wheel.getActionType());
        assertEquals(new TerminalPosition(9, 3), wheel.getPosition());
    }

    private static CharacterPattern.Matching match(String sequence) {
        return SgrMouse.PATTERN.match(sequence.chars().mapToObj(c -> (char) c).toList());
    }
}
