package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import java.util.List;

/**
 * One row of a view's key table: the keys as the help shows them, what they do, and the
 * keystrokes that trigger it. Dispatch and the help overlay both read this, so they agree.
 */
public record KeyBinding(String keys, String description, Command command, List<KeyStroke> strokes) {

    public boolean matches(KeyStroke key) {
        for (KeyStroke s : strokes) {
            if (s.getKeyType() != key.getKeyType()) continue;
            if (s.getKeyType() != KeyType.Character) return true;
            if (s.getCharacter().equals(key.getCharacter()) && s.isCtrlDown() == key.isCtrlDown()
                    && !key.isAltDown()) {
                return true;
            }
        }
        return false;
    }

    static KeyStroke key(KeyType type) {
        return new KeyStroke(type);
    }

    static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }
}
