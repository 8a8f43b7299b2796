package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import dev.gazette.feed.Article;
import dev.gazette.text.StyledLine;
import dev.gazette.text.TextWidth;

import java.util.List;
import java.util.Optional;

/**
 * The article view: title, byline, body and comments, scrolled line by line, with the
 * comment input below. {@link #update} is pure: rendering the body, reading the comments
 * and saving a comment are effects whose answers come back as events.
 */
final class ArticleScreen {
    static final String KEYS = "Esc Back  t Top  c Comment  ? Help";
    static final String INPUT_KEYS = "Enter Save  Esc Leave (draft kept)  ←→ ^A ^E ^W ^U Edit";
    static final String INPUT_HINT = "c to comment";
    private static final int WHEEL_LINES = 3;

    private ArticleScreen() {}

    /** Opens the article selected in the list: asks for its page (which marks it read when it comes). */
    static Next openSelected(AppState s) {
        Article a = s.headlines().selected();
        if (a == null) return Next.of(s);
        long request = s.nextRequest();
        int source = s.sourceOf(a);
        Regions r = Regions.article(s.size());
        ArticleState opening = ArticleState.opening(source, a, request, r.textWidth(),
                s.drafts().getOrDefault(AppState.draftKey(source, a.id()), ComposeDraft.EMPTY));
        AppState t = s.withArticle(opening).withNextRequest(request + 1);
        String base = s.feeds().get(source).feed().feed().homePageUrl();
        return Next.of(t, new Effect.OpenArticle(source, request, a, base, r.textWidth()));
    }

    static Next update(AppState s, KeyStroke key) {
        ArticleState a = s.article();
        if (key instanceof MouseAction mouse) return Next.of(mouse(s, mouse));
        if (a.inputFocused()) return input(s, key);
        if (a.tools().searchTyping()) return SearchBar.typing(s, key);
        if (a.tools().links() != null) return LinkPicker.update(s, key);
        if (a.comments().withdrawing() != null) return Composer.confirmWithdraw(s, key);
        Optional<Command> command = KeyMap.ARTICLE.commandFor(key);
        boolean escape = key.getKeyType() == KeyType.Escape;
        if (!a.tools().number().isEmpty() && !command.map(ArticleScreen::takesNumber).orElse(false)) {
            // any other key forgets a link number being typed; Esc only that
            s = ArticleLinks.withNumber(s, "");
            if (escape) return Next.of(s);
            a = s.article();
        }
        if (escape && a.tools().search() != null) return Next.of(SearchBar.clear(s));
        // While matches show, n and N walk them as in less and vi, which is what a reader who
        // has just searched reaches for; Esc clears them and n is the next article again.
        if (a.tools().search() != null && isPlain(key, 'n')) return SearchBar.jump(s, +1);
        if (a.tools().search() != null && isPlain(key, 'N')) return SearchBar.jump(s, -1);
        if (command.isEmpty()) return Next.of(KeyMap.ARTICLE.unbound(s, key));
        if (a.page() == null && actsOnThePage(command.get())) return Next.of(s.withArticle(a.pressedEarly(key)));
        return switch (command.get()) {
            case BACK -> Next.of(s.withArticle(null));
            case QUIT_NOW -> Next.of(s.stopped(null));
            case HELP -> Next.of(s.withHelp(HelpScreen.forArticle()));
            case COMMENT -> Composer.write(s);
            case NEXT_COMMENT -> CommentSelection.next(s, bodyHeight(s));
            case PREVIOUS_COMMENT -> CommentSelection.previous(s, bodyHeight(s));
            case REPLY -> Composer.reply(s);
            case EDIT_COMMENT -> Composer.edit(s);
            case WITHDRAW -> Composer.askWithdraw(s);
            case EDITOR -> Composer.openEditor(s);
            case NEXT -> step(s, +1);
            case PREVIOUS -> step(s, -1);
            case NEXT_UNREAD -> ReadingOrder.nextUnread(s);
            case TOGGLE_READ -> ReadingOrder.toggleRead(s);
            case OPEN_LINK -> ArticleLinks.open(s);
            case COPY_LINK -> ArticleLinks.copy(s);
            case LINK_NUMBER -> ArticleLinks.digit(s, key);
            case LINK_LIST -> LinkPicker.open(s);
            case SEARCH -> SearchBar.start(s);
            case SEARCH_NEXT -> SearchBar.jump(s, +1);
            case SEARCH_PREVIOUS -> SearchBar.jump(s, -1);
            default -> Next.of(scroll(s, command.get()));
        };
    }

    /** The open article is the list's selected row (it may have left the list when the feed was read again). */
    private static boolean isSelected(AppState s, ArticleState a) {
        Article selected = s.headlines().selected();
        return selected != null && selected.id().equals(a.article().id()) && s.sourceOf(selected) == a.source();
    }

    private static boolean isPlain(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && key.getCharacter() == c && !key.isCtrlDown() && !key.isAltDown();
    }

    /**
     * Keys that need the rendered page (where to scroll, which links there are) or that act on
     * what opening it does (N after the mark it sets): pressed before it is there, kept for it.
     */
    private static boolean actsOnThePage(Command c) {
        return switch (c) {
            case UP, DOWN, PAGE_UP, PAGE_DOWN, FIRST, LAST, TOP, TOGGLE_READ, OPEN_LINK, COPY_LINK, LINK_NUMBER,
                 LINK_LIST, NEXT_COMMENT, PREVIOUS_COMMENT -> true;
            default -> false;
        };
    }

    private static boolean takesNumber(Command c) {
        return c == Command.LINK_NUMBER || c == Command.OPEN_LINK || c == Command.COPY_LINK;
    }

    /** @param before the size the screen had, whose view the reader saw */
    static AppState resize(AppState s, TerminalSize before) {
        ArticleState a = s.article();
        if (a == null) return s;
        Regions r = Regions.article(s.size());
        int heightBefore = Regions.article(before).bodyHeight();
        ArticleState b = a.reflow(r.textWidth(), r.bodyHeight(), heightBefore);
        return s.withArticle(CommentSelection.keepShown(a, heightBefore, b, r.bodyHeight()));
    }

    /** n / p: the next or previous article of the (filtered) list, or a word at the ends. */
    private static Next step(AppState s, int delta) {
        HeadlinesState h = s.headlines();
        // The open article left the list (the feed was read again without it): the selected
        // row is already the one after it.
        boolean gone = !isSelected(s, s.article());
        int target = h.position().selected() + (gone && delta > 0 ? 0 : delta);
        if (target < 0 || target >= h.visible().size()) {
            return Next.of(s.withStatus(delta > 0 ? "This is the last article" : "This is the first article"));
        }
        HeadlineListState moved = h.position().select(target, h.visible().size(), HeadlinesScreen.height(s.size()));
        return openSelected(s.withHeadlines(h.withPosition(moved)));
    }

    private static Next input(AppState s, KeyStroke key) {
        ArticleState a = s.article();
        switch (key.getKeyType()) {
            case Enter:
                return Composer.submit(s);
            case Escape:
                return Composer.leave(s);
            case ArrowUp, ArrowDown, PageUp, PageDown:
                return Next.of(scroll(s, KeyMap.ARTICLE.commandFor(key).orElse(Command.UP)));
            default:
                return Composer.key(s, key);
        }
    }

    /** Inserts pasted text into the input (issue: paste is text, never keys). */
    static Next paste(AppState s, String text) {
        ArticleState a = s.article();
        if (a != null && a.tools().searchTyping()) return Next.of(SearchBar.paste(s, text));
        return Composer.paste(s, text);
    }

    private static AppState scroll(AppState s, Command command) {
        return s.withArticle(s.article().scroll(command, bodyHeight(s)));
    }

    private static AppState mouse(AppState s, MouseAction mouse) {
        switch (mouse.getActionType()) {
            case SCROLL_UP, SCROLL_DOWN -> {
                Command c = mouse.getActionType() == com.googlecode.lanterna.input.MouseActionType.SCROLL_UP
                        ? Command.UP : Command.DOWN;
                AppState t = s;
                for (int i = 0; i < WHEEL_LINES; i++) t = scroll(t, c);
                return t;
            }
            case CLICK_DOWN -> {
                boolean onInput = mouse.getPosition().getRow() == Regions.article(s.size()).inputRow();
                return onInput ? s.withArticle(s.article().focus(true)) : s;
            }
            default -> {
                return s;
            }
        }
    }

    static int bodyHeight(AppState s) {
        return Regions.article(s.size()).bodyHeight();
    }

    // ---- drawing -------------------------------------------------------------------

    static void draw(AppState s, TextGraphics g) {
        ArticleState a = s.article();
        Regions r = Regions.article(s.size());
        Theme theme = s.settings().theme();
        HeadlinesState h = s.headlines();
        boolean listed = isSelected(s, a);
        String position = " — " + (listed ? String.valueOf(h.position().selected() + 1) : "no longer in the list, ")
                + (listed ? "/" : "") + h.visible().size() + (listed ? "" : " articles");
        // In All articles the list had a source column; the article says its feed here.
        if (s.shown() == AppState.ALL) position += " · " + s.feeds().get(a.source()).name();
        if (a.page() == null) {
            Bars.header(g, r.width(), Bars.titled(HeadlinesHeader.name(s), position, r.width() - 2), theme);
            LineDrawer.drawText(g, r.textLeft(), r.bodyTop(), r.textLeft() + r.textWidth(),
                    TextWidth.fit("Opening…", r.textWidth()), theme.secondary());
        } else {
            List<StyledLine> lines = a.page().layout(a.width()).lines();
            String percent = scrollPercent(a, r.bodyHeight(), lines.size());
            Bars.header(g, r.width(), Bars.titled(HeadlinesHeader.name(s), position, r.width() - TextWidth.columns(percent) - 3),
                    percent, theme);
            int end = Math.min(lines.size(), a.top() + r.bodyHeight());
            for (int i = a.top(); i < end; i++) {
                int row = r.bodyTop() + i - a.top();
                LineDrawer.draw(g, r.textLeft(), row, r.textWidth(), lines.get(i), theme, theme.normal());
                SearchBar.highlight(g, r.textLeft(), row, r.textWidth(), lines.get(i), i, a.tools().search(), theme);
            }
            CommentsSection.highlight(g, r, a, theme);
        }
        drawInput(g, r, a, theme);
        if (a.tools().searchTyping()) {
            SearchBar.drawTyping(g, r, a.tools().search(), theme, a.page() == null);
        } else {
            // a long message (a URL that y could not copy) may take the input's row too, when it holds no draft
            boolean inputIdle = !a.inputFocused() && a.input().text().isEmpty();
            String keys = a.tools().links() != null ? LinkPicker.KEYS : a.inputFocused() ? INPUT_KEYS : KEYS;
            Bars.status(g, r.statusRow(), r.width(), statusMessage(s), keys, theme, inputIdle ? r.inputRow() : -1);
        }
        if (a.tools().links() != null) LinkPicker.draw(s, g);
    }

    /**
     * The status line: a message, else what is being typed or searched, else null for the keys.
     * The link list and the comment input show their own keys over a kept search's: n is a
     * letter in the input, not the next match.
     */
    private static String statusMessage(AppState s) {
        ArticleState a = s.article();
        if (s.status() != null) return s.status();
        if (a.tools().links() != null || a.inputFocused()) return null;
        if (!a.tools().number().isEmpty()) return ArticleLinks.prompt(a);
        if (a.tools().search() != null) return SearchBar.summary(a.tools().search(), a.page() == null, s.size().getColumns());
        return null;
    }

    /** Where the terminal cursor goes: in the input when it has focus, else hidden (null). */
    static TerminalPosition cursor(AppState s) {
        ArticleState a = s.article();
        Regions r = Regions.article(s.size());
        if (a.tools().links() != null) return null;
        if (a.tools().searchTyping()) return SearchBar.cursor(r, a.tools().search());
        if (!a.inputFocused() || r.inputRow() < 1) return null;
        InputLine.Window w = CommentInputView.display(a.input()).window(CommentInputView.inputWidth(r, a), a.inputOffset());
        return new TerminalPosition(Math.min(r.width() - 1, TextWidth.columns(CommentInputView.prompt(r, a)) + w.cursorColumn()),
                r.inputRow());
    }

    private static void drawInput(TextGraphics g, Regions r, ArticleState a, Theme theme) {
        int row = r.inputRow();
        if (row < 1) return;
        Theme.Look look = theme.input(a.inputFocused());
        LineDrawer.fill(g, 0, row, r.width(), look);
        int x = LineDrawer.drawText(g, 0, row, r.width(), CommentInputView.prompt(r, a), look);
        if (!a.inputFocused() && a.input().text().isEmpty()) {
            LineDrawer.drawText(g, x, row, r.width(), TextWidth.fit(INPUT_HINT, r.width() - x), look);
            return;
        }
        InputLine shown = CommentInputView.display(a.input());
        int width = CommentInputView.inputWidth(r, a);
        InputLine.Window w = shown.window(width, a.inputOffset());
        LineDrawer.drawText(g, x, row, r.width(), w.marked(shown.text().length(), width), look);
    }

    private static String scrollPercent(ArticleState a, int height, int total) {
        if (total <= height) return "All";
        int max = VerticalScroll.maxTop(total, height);
        if (a.top() <= 0) return "Top";
        if (a.top() >= max) return "Bot";
        return (100 * a.top() / max) + "%";
    }
}
