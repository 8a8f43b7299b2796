package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.gazette.ui.KeyBinding.key;

/** The key tables of the screens and overlays (DESIGN.md section 4); dispatch and `?` both read them. */
public final class KeyMap {

    public static final KeyMap HEADLINES = table(
            moves("previous headline", "next headline", "first headline", "last headline"),
            bind("Enter Right l", "open the article", Command.OPEN,
                    key(KeyType.Enter), key(KeyType.ArrowRight), key('l')),
            bind("n U", "next unread article (this one if unread)", Command.NEXT_UNREAD, key('n'), key('U')),
            bind("/", "filter headlines as you type", Command.FILTER, key('/')),
            bind("u", "show only unread / all", Command.UNREAD_ONLY, key('u')),
            bind("N", "toggle read mark", Command.TOGGLE_READ, key('N')),
            bind("A", "mark all as read (asks y/n)", Command.MARK_ALL_READ, key('A')),
            bind("r", "reload the feed (in All articles: every feed)", Command.RELOAD, key('r')),
            bind("R", "reload every feed", Command.RELOAD_ALL, key('R')),
            bind("o", "open the article's link in the browser", Command.OPEN_LINK, key('o')),
            bind("y", "copy the article's link (OSC 52)", Command.COPY_LINK, key('y')),
            bind("Esc h Left Bksp", "clear the filter, else back to the feeds", Command.BACK,
                    key(KeyType.Escape), key('h'), key(KeyType.ArrowLeft), key(KeyType.Backspace)),
            bind("?", "this help", Command.HELP, key('?')),
            bind("^Z", "suspend (the shell's fg comes back)", Command.SUSPEND, ctrl('z')),
            bind("^L", "redraw the screen", Command.REDRAW, ctrl('l')),
            bind("q", "quit (with several feeds: back to the feeds)", Command.QUIT, key('q')),
            bind("Q", "quit at once, from any screen", Command.QUIT_NOW, key('Q')))
            .hinting(Map.of('p', "k moves up, n to the next unread", 'C', "A marks all read",
                    'O', "o opens the link, N marks read", 'K', "Esc goes back to the feeds",
                    'J', "Esc goes back to the feeds", 't', "/ in All articles finds a feed's tag"));

    public static final KeyMap FEEDS = table(
            moves("previous feed", "next feed", "All articles", "last feed"),
            bind("Enter Right l", "open the feed's headlines", Command.OPEN,
                    key(KeyType.Enter), key(KeyType.ArrowRight), key('l')),
            bind("r", "refresh the selected feed (on All articles: every feed)", Command.RELOAD, key('r')),
            bind("R", "refresh every feed", Command.RELOAD_ALL, key('R')),
            bind("A", "mark the feed read, y confirms (All articles: every feed)", Command.MARK_ALL_READ, key('A')),
            bind("n", "next feed with unread articles", Command.NEXT_UNREAD, key('n')),
            bind("/", "filter the headlines of every feed as you type", Command.FILTER, key('/')),
            bind("?", "this help", Command.HELP, key('?')),
            bind("^Z", "suspend (the shell's fg comes back)", Command.SUSPEND, ctrl('z')),
            bind("^L", "redraw the screen", Command.REDRAW, ctrl('l')),
            bind("q", "quit", Command.QUIT, key('q')),
            bind("Q", "quit at once, from any screen", Command.QUIT_NOW, key('Q')))
            .hinting(Map.of('C', "A on All articles marks every feed read", 'p', "k moves up",
                    't', "/ finds a feed's tag in All articles",
                    'E', "edit the feeds file, then start Gazette again"));

    public static final KeyMap ARTICLE = table(
            moves("scroll up a line", "scroll down a line", "top of the page", "bottom (comments)"),
            bind("t", "Top: back to the title", Command.TOP, key('t')),
            bind("n J", "next article", Command.NEXT, key('n'), key('J')),
            bind("p K", "previous article", Command.PREVIOUS, key('p'), key('K')),
            bind("U", "next unread article, then the next feed's", Command.NEXT_UNREAD, key('U')),
            bind("N", "toggle read mark", Command.TOGGLE_READ, key('N')),
            bind("o", "open the link in the browser", Command.OPEN_LINK, key('o')),
            bind("y", "copy the link (OSC 52)", Command.COPY_LINK, key('y')),
            bind("0-9", "link [n]: type n, then o opens, y copies", Command.LINK_NUMBER, digits()),
            bind("L", "list the links (Enter opens)", Command.LINK_LIST, key('L')),
            bind("/", "search the text", Command.SEARCH, key('/')),
            bind("Enter ^N", "next match (n too, while matches show)", Command.SEARCH_NEXT, key(KeyType.Enter), ctrl('n')),
            bind("^P", "previous match (N too, while matches show)", Command.SEARCH_PREVIOUS, ctrl('p')),
            bind("c Tab", "write a comment", Command.COMMENT, key('c'), key(KeyType.Tab)),
            bind("]", "select the next comment", Command.NEXT_COMMENT, key(']')),
            bind("[", "select the previous comment", Command.PREVIOUS_COMMENT, key('[')),
            bind("R", "reply to the selected comment", Command.REPLY, key('R')),
            bind("e", "edit your selected comment", Command.EDIT_COMMENT, key('e')),
            bind("d", "withdraw your selected comment (asks y/n)", Command.WITHDRAW, key('d')),
            bind("E", "write the comment in $VISUAL / $EDITOR", Command.EDITOR, key('E')),
            bind("Esc q h Left Bksp", "Back to the headlines (Esc first clears a search)", Command.BACK,
                    key(KeyType.Escape), key('q'), key('h'), key(KeyType.ArrowLeft), key(KeyType.Backspace)),
            bind("^Z", "suspend (the shell's fg comes back)", Command.SUSPEND, ctrl('z')),
            bind("^L", "redraw the screen", Command.REDRAW, ctrl('l')),
            bind("?", "this help", Command.HELP, key('?')),
            bind("Q", "quit at once, from any screen", Command.QUIT_NOW, key('Q')))
            .hinting(Map.of('u', "L lists the links", 'O', "o opens the link", 'C', "A in the list marks all read"));

    /** The link list overlay (L in the article view). */
    static final KeyMap LINK_LIST = table(
            moves("previous link", "next link", "first link", "last link"),
            bind("Enter o", "open the link", Command.OPEN, key(KeyType.Enter), key('o')),
            bind("y", "copy the link", Command.COPY_LINK, key('y')),
            bind("Esc q L", "close the list", Command.BACK, key(KeyType.Escape), key('q'), key('L')),
            bind("?", "the article's help", Command.HELP, key('?')));

    /** Keys that scroll a help overlay too long for the screen; any other key closes it. */
    static final KeyMap HELP_SCROLL = table(
            moves("scroll up", "scroll down", null, null));

    /** Filter line keys: shown in help only. */
    public static final List<KeyBinding> FILTER_HELP = List.of(
            new KeyBinding("Enter", "keep the filter, back to the list keys", null, List.of()),
            new KeyBinding("Esc", "clear the filter", null, List.of()));

    /** Search line keys (after /): shown in help only; the line edits like the comment input. */
    public static final List<KeyBinding> SEARCH_HELP = List.of(
            new KeyBinding("Enter", "keep it; then n ^N next, N ^P previous match", null, List.of()),
            new KeyBinding("Esc", "cancel, back to where you were", null, List.of()));

    /** Comment input keys: shown in help only; the input line interprets them itself. */
    public static final List<KeyBinding> COMMENT_INPUT_HELP = List.of(
            new KeyBinding("Enter", "save the comment", null, List.of()),
            new KeyBinding("Esc", "leave the input, keep the draft", null, List.of()),
            new KeyBinding("Left Right Home End ^A ^E", "move the cursor, to the start, to the end", null, List.of()),
            new KeyBinding("Bksp Del", "delete a character", null, List.of()),
            new KeyBinding("^W ^U", "delete a word / to the start", null, List.of()),
            new KeyBinding("^X ^E", "edit the comment in $VISUAL / $EDITOR", null, List.of()),
            new KeyBinding("paste", "pasted text stays text; its line breaks show as ↵", null, List.of()));

    private final List<KeyBinding> bindings;
    /** What to say for a key this screen has no use for, by key: newsboat's keys, mostly. */
    private final Map<Character, String> hints;

    private KeyMap(List<KeyBinding> bindings, Map<Character, String> hints) {
        this.bindings = bindings;
        this.hints = hints;
    }

    private KeyMap hinting(Map<Character, String> keyHints) {
        return new KeyMap(bindings, Map.copyOf(keyHints));
    }

    public List<KeyBinding> bindings() {
        return bindings;
    }

    /**
     * What a screen does with a letter it has no use for: says so on the status line, so a
     * key from another reader (newsboat's) is not met with silence, and names Gazette's key
     * for it where there is one ("No u key here: L lists the links").
     */
    AppState unbound(AppState s, KeyStroke key) {
        if (key.getKeyType() != KeyType.Character || key.isCtrlDown() || key.isAltDown()) return s;
        char c = key.getCharacter();
        if (Character.isISOControl(c) || Character.isWhitespace(c)) return s;
        return s.withStatus("No " + c + " key here: " + hints.getOrDefault(c, "? lists the keys"));
    }

    public Optional<Command> commandFor(KeyStroke key) {
        for (KeyBinding b : bindings) {
            if (b.matches(key)) return Optional.of(b.command());
        }
        return Optional.empty();
    }

    private static KeyStroke[] digits() {
        KeyStroke[] out = new KeyStroke[10];
        for (int i = 0; i < 10; i++) out[i] = key((char) ('0' + i));
        return out;
    }

    private static KeyStroke ctrl(char c) {
        return new KeyStroke(c, true, false);
    }

    /**
     * A table: the movement rows, then the view's own. {@code moves} names what a row moves over
     * (null first/last: the table has no first/last rows).
     */
    private static KeyMap table(List<KeyBinding> moves, KeyBinding... rows) {
        List<KeyBinding> all = new ArrayList<>(moves);
        all.addAll(List.of(rows));
        return new KeyMap(List.copyOf(all), Map.of());
    }

    /** The movement rows every list and page shares: k/j, PgUp/PgDn (b/Space), Home/End (g/G). */
    private static List<KeyBinding> moves(String up, String down, String first, String last) {
        List<KeyBinding> rows = new ArrayList<>(List.of(
                bind("k Up", up, Command.UP, key(KeyType.ArrowUp), key('k')),
                bind("j Down", down, Command.DOWN, key(KeyType.ArrowDown), key('j')),
                bind("PgUp b ^U", "page up", Command.PAGE_UP, key(KeyType.PageUp), key('b'), ctrl('u')),
                bind("PgDn Space ^D", "page down", Command.PAGE_DOWN, key(KeyType.PageDown), key(' '), ctrl('d'))));
        if (first != null) rows.add(bind("Home g", first, Command.FIRST, key(KeyType.Home), key('g')));
        if (last != null) rows.add(bind("End G", last, Command.LAST, key(KeyType.End), key('G')));
        return rows;
    }

    private static KeyBinding bind(String keys, String description, Command command, KeyStroke... strokes) {
        return new KeyBinding(keys, description, command, List.of(strokes));
    }
}
