package dev.gazette.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import dev.gazette.comments.Comment;
import dev.gazette.comments.CommentJournal;
import dev.gazette.comments.JournalException;
import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleContent;
import dev.gazette.feed.Feed;
import dev.gazette.marks.ReadMarks;
import dev.gazette.text.ArticleBodyRenderer;
import dev.gazette.text.Document;
import dev.gazette.text.TextWidth;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The top of the UI: knows which view is showing, routes each key to it, carries out what
 * the key asked for (open an article, save a comment, mark as read) and draws the current
 * state. Global keys (Ctrl-C, the help overlay) are handled here once. Nothing here touches
 * the terminal: {@link TerminalLoop} feeds events in, runs the {@link Effect}s and puts
 * the drawing on the screen.
 */
public final class App {

    private enum View { HEADLINES, ARTICLE }

    private static final int WHEEL_LINES = 3;

    private final CommentJournal journal;
    private final ReadMarks marks;
    private final String author;
    private final Theme theme;
    private final ZoneId zone;

    private Feed feed;
    /** The feed's title as plain text, worked out once per feed rather than on every frame. */
    private String feedTitle;
    private HeadlineFilter filter;
    private List<Article> visible;
    private final Set<String> read = new LinkedHashSet<>();
    private final Map<String, InputLine> drafts = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();
    private final List<Effect> effects = new ArrayList<>();

    private View view = View.HEADLINES;
    private TerminalSize size;
    private HeadlineListState list = HeadlineListState.START;
    private ArticleState article;
    private InputLine filterInput = InputLine.EMPTY;
    private boolean filtering;
    private boolean unreadOnly;
    /** Kept up to date as marks change, so drawing the header never walks every article. */
    private int unreadCount;
    private String loading;
    private List<String> help;
    private String status;
    private boolean running = true;
    private String fatal;

    public App(Feed feed, CommentJournal journal, ReadMarks marks, String author, Theme theme, ZoneId zone,
               TerminalSize size) {
        this.journal = journal;
        this.marks = marks;
        this.author = author;
        this.theme = theme;
        this.zone = zone;
        this.size = size;
        if (marks != null) {
            ReadMarks.Loaded loaded = marks.load();
            read.addAll(loaded.read());
            status = loaded.warning();
        }
        setFeed(feed);
        if (status == null && feed.skippedItems() + feed.repairedItems() > 0) {
            status = "Some items were damaged: " + feed.skippedItems() + " skipped, " + feed.repairedItems()
                    + " repaired (gazette --check FILE lists them)";
        }
    }

    /** An App without persistent read marks (tests, benchmarks). */
    public App(Feed feed, CommentJournal journal, String author, Theme theme, ZoneId zone, TerminalSize size) {
        this(feed, journal, null, author, theme, zone, size);
    }

    public boolean running() {
        return running;
    }

    /** The effects asked for since the last call, for the event loop to carry out. */
    public List<Effect> takeEffects() {
        List<Effect> out = List.copyOf(effects);
        effects.clear();
        return out;
    }

    /** Handles one key or mouse event; returns whether Gazette is still running. */
    public boolean handle(KeyStroke key) {
        if (key.getKeyType() == KeyType.EOF || isCtrl(key, 'c')) {
            running = false;
            return false;
        }
        if (key instanceof MouseAction mouse) {
            handleMouse(mouse);
            return running;
        }
        if (isEscapePrefixed(key)) {
            // Terminals send Esc as a bare ESC byte, and Lanterna reads ESC followed at once by
            // a letter as Alt+letter. Gazette binds no Alt keys, so that is Esc, then the letter:
            // otherwise a quick "Esc u" in the filter line would lose both keys.
            handle(new KeyStroke(KeyType.Escape));
            return handle(new KeyStroke(key.getCharacter(), false, false, key.isShiftDown()));
        }
        status = null;
        if (help != null) {
            help = null;
            return true;
        }
        if (view == View.HEADLINES) {
            if (filtering) handleFilterInput(key);
            else handleHeadlines(key);
        } else if (article.inputFocused()) {
            handleInput(key);
        } else {
            handleArticle(key);
        }
        return running;
    }

    /** The terminal changed size: reflow, keeping the selection and the reading position. */
    public void resize(TerminalSize newSize) {
        size = newSize;
        list = list.fit(visible.size(), listHeight());
        if (article != null) {
            Regions r = Regions.article(size);
            article = article.reflow(r.textWidth(), r.bodyHeight());
        }
    }

    /** Part of a big feed has been read; the list shows it while the rest loads. */
    public void loadProgress(Feed partial, int percent) {
        loading = "loading " + percent + "%";
        replaceFeed(partial);
    }

    /** The whole feed is read (at start or after a reload); the selection stays on its article. */
    public void feedLoaded(Feed full, String message) {
        loading = null;
        replaceFeed(full);
        if (message != null) status = message;
    }

    /** A reload failed: the articles already shown stay, the status says why. */
    public void reloadFailed(String message) {
        loading = null;
        status = "Reload failed, showing the earlier copy: " + message;
    }

    /** The feed could not be read at all: Gazette stops and the caller prints the message. */
    public void fatal(String message) {
        fatal = message;
        running = false;
    }

    /** Why Gazette stopped on its own, or null when the user quit. */
    public String fatalMessage() {
        return fatal;
    }

    public void showStatus(String message) {
        status = message;
    }

    public void draw(TextGraphics g) {
        g.fill(' ');
        if (view == View.HEADLINES) {
            Regions r = Regions.headlines(size);
            HeadlineListView.draw(g, r, headlineHeader(), visible, list, read, this::titleOf, theme, zone,
                    emptyListMessage());
            if (filtering) {
                drawFilterLine(g, r);
            } else {
                Bars.status(g, r.statusRow(), r.width(), status, "↑↓ Move  Enter Open  / Filter  ? Help  q Quit", theme);
            }
        } else {
            Regions r = Regions.article(size);
            ArticleView.draw(g, r, articleHeader(), article, theme);
            String keys = article.inputFocused() ? "Enter Save  Esc Leave (draft kept)  ←→ ^A ^E ^W ^U Edit"
                    : "Esc Back  t Top  c Comment  ? Help";
            Bars.status(g, r.statusRow(), r.width(), status, keys, theme);
        }
        if (help != null) HelpOverlay.draw(g, size.getColumns(), size.getRows(), help, theme);
    }

    /** Where the terminal's cursor belongs, or null to hide it. */
    public TerminalPosition cursor() {
        if (help != null) return null;
        if (view == View.HEADLINES) {
            if (!filtering) return null;
            Regions r = Regions.headlines(size);
            InputLine.Window w = filterInput.window(Math.max(1, r.width() - 1), 0);
            return new TerminalPosition(Math.min(r.width() - 1, 1 + w.cursorColumn()), r.statusRow());
        }
        return ArticleView.cursor(Regions.article(size), article);
    }

    // ---- headline list -------------------------------------------------------------

    private void handleHeadlines(KeyStroke key) {
        Optional<Command> command = KeyMap.HEADLINES.commandFor(key);
        if (command.isEmpty()) return;
        switch (command.get()) {
            case QUIT -> running = false;
            case HELP -> help = HelpOverlay.lines("Headlines", KeyMap.HEADLINES.bindings(),
                    "Filter line (after /)", KeyMap.FILTER_HELP);
            case OPEN -> openSelected();
            case FILTER -> filtering = true;
            case UNREAD_ONLY -> {
                unreadOnly = !unreadOnly;
                refilter();
                status = unreadOnly ? "Showing unread articles only (u shows all)" : "Showing all articles";
            }
            case TOGGLE_READ -> toggleRead();
            case MARK_ALL_READ -> markAllRead();
            case RELOAD -> effects.add(new Effect.Reload());
            default -> list = list.apply(command.get(), visible.size(), listHeight());
        }
    }

    private void handleFilterInput(KeyStroke key) {
        switch (key.getKeyType()) {
            case Enter -> {
                filtering = false;
                return;
            }
            case Escape -> {
                filtering = false;
                filterInput = InputLine.EMPTY;
                refilter();
                return;
            }
            case ArrowUp, ArrowDown, PageUp, PageDown -> {
                list = list.apply(KeyMap.HEADLINES.commandFor(key).orElse(Command.UP), visible.size(), listHeight());
                return;
            }
            default -> { }
        }
        InputLine edited = LineEditing.edit(filterInput, key);
        if (edited != filterInput) {
            filterInput = edited;
            refilter();
            list = list.select(0, visible.size(), listHeight());
        }
    }

    private void drawFilterLine(TextGraphics g, Regions r) {
        InputLine.Window w = filterInput.window(Math.max(1, r.width() - 1), 0);
        int x = LineDrawer.drawText(g, 0, r.statusRow(), r.width(), "/", theme.normal());
        LineDrawer.drawText(g, x, r.statusRow(), r.width(), dev.gazette.text.Sanitizer.clean(w.visible()), theme.normal());
    }

    private void toggleRead() {
        if (visible.isEmpty()) return;
        String id = visible.get(list.selected()).id();
        if (read.remove(id)) {
            unreadCount++;
        } else {
            read.add(id);
            unreadCount--;
        }
        saveMarks();
        if (unreadOnly) refilter();
    }

    private void markAllRead() {
        for (Article a : visible) read.add(a.id());
        unreadCount = countUnread();
        saveMarks();
        status = "Marked " + visible.size() + " articles as read";
        if (unreadOnly) refilter();
    }

    private void saveMarks() {
        if (marks == null) return;
        try {
            marks.save(read);
        } catch (IOException | RuntimeException e) {
            status = "Could not save read marks to " + marks.file() + ": " + e.getMessage();
        }
    }

    // ---- article view --------------------------------------------------------------

    private void handleArticle(KeyStroke key) {
        Optional<Command> command = KeyMap.ARTICLE.commandFor(key);
        if (command.isEmpty()) return;
        switch (command.get()) {
            case BACK -> {
                view = View.HEADLINES;
                article = null;
            }
            case HELP -> help = HelpOverlay.lines("Article", KeyMap.ARTICLE.bindings(),
                    "Comment input (after c)", KeyMap.COMMENT_INPUT_HELP);
            case COMMENT -> article = article.focus(true);
            case NEXT -> step(+1);
            case PREVIOUS -> step(-1);
            case OPEN_LINK -> {
                String url = article.page().article().link();
                if (url == null) status = "This article has no link to open";
                else effects.add(new Effect.OpenUrl(url));
            }
            default -> article = article.scroll(command.get(), Regions.article(size).bodyHeight());
        }
    }

    /** n / p: the next or previous article of the (filtered) list, or a word at the ends. */
    private void step(int delta) {
        int target = list.selected() + delta;
        if (target < 0 || target >= visible.size()) {
            status = delta > 0 ? "This is the last article" : "This is the first article";
            return;
        }
        list = list.select(target, visible.size(), listHeight());
        openSelected();
    }

    private void handleInput(KeyStroke key) {
        switch (key.getKeyType()) {
            case Enter -> submit();
            case Escape -> article = article.focus(false);
            case ArrowUp, ArrowDown, PageUp, PageDown -> article = article.scroll(
                    KeyMap.ARTICLE.commandFor(key).orElse(Command.UP), Regions.article(size).bodyHeight());
            default -> {
                InputLine edited = LineEditing.edit(article.input(), key);
                if (edited != article.input()) setInput(edited);
            }
        }
    }

    private void setInput(InputLine in) {
        InputLine.Window w = in.window(ArticleView.inputWidth(Regions.article(size)), article.inputOffset());
        article = article.withInput(in).withInputOffset(w.offset());
        drafts.put(article.page().article().id(), in);
    }

    private void submit() {
        InputLine in = article.input();
        if (in.isBlank()) {
            status = "Nothing to save: the comment is empty";
            return;
        }
        String id = article.page().article().id();
        try {
            Comment saved = journal.append(id, author, in.text());
            ArticlePage page = article.page().withComments(journal.commentsFor(id), journal.unreadableLines());
            article = article.withPage(page).withInput(InputLine.EMPTY).withInputOffset(0).focus(false)
                    .revealLastComment(Regions.article(size).bodyHeight());
            drafts.remove(id);
            status = "Comment saved as " + saved.author();
        } catch (JournalException e) {
            status = e.getMessage() + " (your draft is kept)";
        }
    }

    private void openSelected() {
        if (visible.isEmpty()) return;
        Article a = visible.get(list.selected());
        try {
            ArticleContent content = a.content().load();
            Document body = ArticleBodyRenderer.render(a, content, feed.homePageUrl());
            List<Comment> comments = journal.commentsFor(a.id());
            ArticlePage page = new ArticlePage(a, body, comments, journal.unreadableLines(), zone);
            article = ArticleState.open(page, Regions.article(size).textWidth(), drafts.getOrDefault(a.id(), InputLine.EMPTY));
            view = View.ARTICLE;
            if (read.add(a.id())) {
                unreadCount--;
                saveMarks();
            }
            if (journal.readProblem() != null) status = journal.readProblem();
        } catch (RuntimeException e) {
            status = "Could not open this article: " + e.getMessage();
        }
    }

    // ---- mouse ---------------------------------------------------------------------

    private void handleMouse(MouseAction mouse) {
        if (help != null) {
            if (mouse.isMouseDown()) help = null;
            return;
        }
        switch (mouse.getActionType()) {
            case SCROLL_UP -> wheel(Command.UP);
            case SCROLL_DOWN -> wheel(Command.DOWN);
            case CLICK_DOWN -> click(mouse.getPosition());
            default -> { }
        }
    }

    private void wheel(Command direction) {
        for (int i = 0; i < WHEEL_LINES; i++) {
            if (view == View.HEADLINES) list = list.apply(direction, visible.size(), listHeight());
            else article = article.scroll(direction, Regions.article(size).bodyHeight());
        }
    }

    /** A click selects a headline; a click on the selected one (so a double click) opens it. */
    private void click(TerminalPosition at) {
        if (view == View.HEADLINES) {
            Regions r = Regions.headlines(size);
            int row = at.getRow() - r.bodyTop();
            if (row < 0 || row >= r.bodyHeight()) return;
            int index = list.top() + row;
            if (index >= visible.size()) return;
            if (index == list.selected()) {
                openSelected();
            } else {
                list = list.select(index, visible.size(), listHeight());
            }
        } else if (at.getRow() == Regions.article(size).inputRow()) {
            article = article.focus(true);
        }
    }

    // ---- feed changes --------------------------------------------------------------

    private void setFeed(Feed newFeed) {
        feed = newFeed;
        feedTitle = feed.title() == null ? "Gazette" : TextWidth.plainTitle(feed.title());
        titles.clear();
        filter = new HeadlineFilter(feed.articles(), this::titleOf);
        unreadCount = countUnread();
        visible = filter.apply(filterInput.text(), unreadOnly, read);
    }

    /**
     * Swaps in a new article list, keeping the selected article (by id) where it still
     * exists. A selection on the last row follows the end, so G pressed while a big feed is
     * still loading ends on the real last article.
     */
    private void replaceFeed(Feed newFeed) {
        String selectedId = visible.isEmpty() ? null : visible.get(list.selected()).id();
        boolean moved = list.selected() != 0;
        boolean atEnd = moved && list.selected() == visible.size() - 1;
        setFeed(newFeed);
        if (atEnd) {
            list = list.select(visible.size() - 1, visible.size(), listHeight());
        } else {
            reselect(moved ? selectedId : null);
        }
    }

    private void refilter() {
        String selectedId = visible.isEmpty() ? null : visible.get(list.selected()).id();
        visible = filter.apply(filterInput.text(), unreadOnly, read);
        reselect(selectedId);
    }

    /** Selects the visible row of article {@code id}, or the first row when it is not shown (or null). */
    private void reselect(String id) {
        int index = 0;
        for (int i = 0; id != null && i < visible.size(); i++) {
            if (visible.get(i).id().equals(id)) {
                index = i;
                break;
            }
        }
        list = list.select(index, visible.size(), listHeight());
    }

    // ---- text ----------------------------------------------------------------------

    private int listHeight() {
        return Regions.headlines(size).bodyHeight();
    }

    private String headlineHeader() {
        int total = feed.articles().size();
        StringBuilder sb = new StringBuilder(feedTitle).append(" — ");
        if (visible.size() != total) sb.append(visible.size()).append(" of ");
        sb.append(total).append(total == 1 ? " article" : " articles").append(", ").append(unreadCount).append(" unread");
        if (feed.skippedItems() > 0) sb.append(", ").append(feed.skippedItems()).append(" skipped");
        if (feed.repairedItems() > 0) sb.append(", ").append(feed.repairedItems()).append(" repaired");
        if (!filterInput.text().isEmpty()) sb.append(" · /").append(dev.gazette.text.Sanitizer.clean(filterInput.text()));
        if (unreadOnly) sb.append(" · unread only");
        if (loading != null) sb.append(" · ").append(loading);
        return sb.toString();
    }

    private String emptyListMessage() {
        if (feed.articles().isEmpty()) return loading != null ? "Loading…" : "This feed has no articles.";
        if (!filterInput.text().isBlank()) return "No headline matches the filter (/ then Esc clears it).";
        return "No unread articles (u shows them all).";
    }

    private int countUnread() {
        int unread = 0;
        for (Article a : feed.articles()) if (!read.contains(a.id())) unread++;
        return unread;
    }

    private String articleHeader() {
        return feedTitle + " — " + (list.selected() + 1) + "/" + visible.size();
    }

    /** The text shown for an article in the list; untitled posts (microblogs) show their opening words. */
    private String titleOf(Article a) {
        return titles.computeIfAbsent(a.id(), id -> HeadlineText.of(a));
    }

    private static boolean isEscapePrefixed(KeyStroke key) {
        return key.getKeyType() == KeyType.Character && key.isAltDown() && !key.isCtrlDown();
    }

    private static boolean isCtrl(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == c;
    }
}
