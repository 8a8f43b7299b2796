package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;

/**
 * The shell-like editing keys shared by the comment input and the filter line: returns
 * the edited line, or the same instance when the key is not an editing key. Moving and
 * deleting go by grapheme cluster ({@link InputLine}): Backspace after a flag or a family
 * emoji takes all of it.
 */
final class LineEditing {
    private LineEditing() {}

    static InputLine edit(InputLine in, KeyStroke key) {
        return switch (key.getKeyType()) {
            case ArrowLeft -> in.left();
            case ArrowRight -> in.right();
            case Home -> in.home();
            case End -> in.end();
            case Backspace -> in.backspace();
            case Delete -> in.delete();
            case Character -> typed(in, key);
            default -> in;
        };
    }

    private static InputLine typed(InputLine in, KeyStroke key) {
        char c = key.getCharacter();
        if (key.isCtrlDown()) {
            return switch (c) {
                case 'a' -> in.home();
                case 'e' -> in.end();
                case 'w' -> in.deleteWordBefore();
                case 'u' -> in.deleteToStart();
                default -> in;
            };
        }
        if (Character.isISOControl(c) || key.isAltDown()) return in;
        return in.insert(c);
    }
}
