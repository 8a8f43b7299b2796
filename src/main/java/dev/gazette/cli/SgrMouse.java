package dev.gazette.cli;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;

import java.util.List;

/**
 * xterm's SGR mouse reports (mode 1006): {@code ESC [ < button ; column ; row M} for a press,
 * a final {@code m} for a release. Lanterna 3.1.5 asks for the older reports (modes 1000 and
 * 1005) and decodes only those, so a terminal that sent SGR ones (it prefers them once 1006
 * is on, and a program that died may have left 1006 on) had its wheel and clicks arrive as
 * keys: the Esc closed the comment line and "[<65;10;4" acted as commands. Gazette now asks
 * for 1006 too (terminals that know it use it: no column limit, no bytes that are not UTF-8)
 * and {@link #PATTERN} decodes its reports into Lanterna's {@link MouseAction}s.
 */
final class SgrMouse {
    static final String ENABLE = "\u001b[?1006h";
    static final String DISABLE = "\u001b[?1006l";
    /** ESC [ < 3 digits ; 5 ; 5 M is 18 characters; anything longer is not a report. */
    private static final int LONGEST = 20;

    private SgrMouse() {}

    static final CharacterPattern PATTERN = seq -> {
        int n = seq.size();
        if (n > LONGEST) return null;
        if (seq.get(0) != '\u001b') return null;
        if (n > 1 && seq.get(1) != '[') return null;
        if (n > 2 && seq.get(2) != '<') return null;
        if (n <= 3) return CharacterPattern.Matching.NOT_YET;
        int[] numbers = new int[3];
        int field = 0;
        boolean digits = false;
        for (int i = 3; i < n; i++) {
            char c = seq.get(i);
            if (c >= '0' && c <= '9') {
                numbers[field] = numbers[field] * 10 + (c - '0');
                if (numbers[field] > 99_999) return null;
                digits = true;
            } else if (c == ';' && digits && field < 2) {
                field++;
                digits = false;
            } else if ((c == 'M' || c == 'm') && digits && field == 2 && i == n - 1) {
                return new CharacterPattern.Matching(action(numbers[0], numbers[1], numbers[2], c == 'M'));
            } else {
                return null;
            }
        }
        return CharacterPattern.Matching.NOT_YET;
    };

    /** The patterns to add to a terminal's input decoder. */
    static List<CharacterPattern> patterns() {
        return List.of(PATTERN);
    }

    /**
     * @param code   the button and its flags: the low two bits the button (0 left, 1 middle,
     *               2 right), 4/8/16 Shift/Meta/Ctrl, 32 motion, 64 the wheel (64 up, 65 down,
     *               66 and 67 sideways)
     * @param column and row: 1-based, as the terminal counts; Lanterna counts from 0
     */
    private static MouseAction action(int code, int column, int row, boolean press) {
        TerminalPosition at = new TerminalPosition(Math.max(0, column - 1), Math.max(0, row - 1));
        int button = (code & 3) + 1;
        if ((code & 64) != 0) {
            // 66 and 67, a sideways wheel: nothing scrolls sideways, and a move is dropped
            if ((code & 2) != 0) return new MouseAction(MouseActionType.MOVE, 0, at);
            boolean up = (code & 1) == 0;
            return new MouseAction(up ? MouseActionType.SCROLL_UP : MouseActionType.SCROLL_DOWN, up ? 4 : 5, at);
        }
        if ((code & 32) != 0) {
            return (code & 3) == 3 ? new MouseAction(MouseActionType.MOVE, 0, at)
                    : new MouseAction(MouseActionType.DRAG, button, at);
        }
        return new MouseAction(press ? MouseActionType.CLICK_DOWN : MouseActionType.CLICK_RELEASE, button, at);
    }
}
