package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import dev.gazette.text.Link;
import dev.gazette.text.TextWidth;
import dev.gazette.text.UrlText;

import java.util.List;
import java.util.Optional;

/**
 * The link list (L in the article view): every numbered link of the article, its URL shown
 * decoded ({@link UrlText}), in a box over the text. j/k move, Enter or o opens, y copies,
 * Esc closes. The state is which row is selected and which is on top.
 */
record LinkPicker(int selected, int top) {

    static final String TITLE = "Links: Enter opens, y copies, Esc closes";
    /** The status row's keys while the list is open: its own, not the article's under it. */
    static final String KEYS = "↑↓ Move  Enter Open  y Copy  Esc Close  ? Help";

    static Next open(AppState s) {
        ArticleState a = s.article();
        if (a.page() == null) return Next.of(s.withStatus("The article is still opening"));
        if (ArticleLinks.links(a).isEmpty()) {
            return Next.of(s.withStatus(a.article().link() == null ? "This article has no links"
                    : "No links in this article's text; o opens the article's own page"));
        }
        return Next.of(with(s, new LinkPicker(0, 0)));
    }

    static Next update(AppState s, KeyStroke key) {
        ArticleState a = s.article();
        LinkPicker p = a.tools().links();
        List<Link> links = ArticleLinks.links(a);
        Optional<Command> command = KeyMap.LINK_LIST.commandFor(key);
        if (command.isEmpty()) return Next.of(KeyMap.LINK_LIST.unbound(s, key));
        Link chosen = links.get(p.selected);
        return switch (command.get()) {
            case BACK -> Next.of(with(s, null));
            case HELP -> Next.of(s.withHelp(HelpScreen.forLinkList()));   // the list stays open under it
            case OPEN -> Next.of(with(s, null), new Effect.OpenUrl(chosen.url()));
            case COPY_LINK -> Next.of(with(s, null), new Effect.CopyUrl(chosen.url()));
            default -> {
                int rows = rows(s.size(), links.size());
                int selected = Math.max(0, Math.min(links.size() - 1,
                        VerticalScroll.step(command.get(), p.selected, rows, links.size() - 1)));
                yield Next.of(with(s, new LinkPicker(selected, VerticalScroll.clamp(
                        VerticalScroll.reveal(p.top, selected, rows), links.size(), rows))));
            }
        };
    }

    private static AppState with(AppState s, LinkPicker p) {
        ArticleState a = s.article();
        return s.withArticle(a.withTools(a.tools().withLinks(p)));
    }

    /** Rows of links the box shows: its area less the frame with its title, at least one. */
    private static int rows(TerminalSize size, int links) {
        return Math.max(1, Math.min(links, area(size) - 2));
    }

    /**
     * The rows the box may take: all but the header and the status row, which shows the list's
     * keys and what a key did, when a framed link fits between them; else the whole screen.
     */
    private static int area(TerminalSize size) {
        return size.getRows() >= 5 ? size.getRows() - 2 : size.getRows();
    }

    /** The fewest columns a URL keeps beside its label; with less, the label alone tells the link. */
    private static final int MIN_URL_COLUMNS = 10;

    /**
     * One row of the list in {@code width} columns: number, URL as read, label. A URL too long
     * for the row keeps its host and its end ({@link UrlText#fit}), and the label stays too:
     * "image", "discussion" or the link's text tells the links apart where their URLs start
     * alike. The label takes at most half the room, and is left out when it only repeats the
     * URL; on a screen too narrow for both, the label is shown alone. The number is padded on
     * the left to {@code numberColumns}, so [9] and [10] start their URLs in one column.
     */
    static String row(Link l, int width, int numberColumns) {
        String tag = "[" + l.number() + "]";
        String number = " ".repeat(Math.max(0, numberColumns - tag.length())) + tag + " ";
        String url = UrlText.readable(l.url());
        String label = UrlText.repeats(l.label(), url) ? "" : l.label();
        String whole = label.isEmpty() ? number + url : number + url + "  " + label;
        if (TextWidth.columns(whole) <= width) return whole;
        int room = width - TextWidth.columns(number);
        if (label.isEmpty()) return TextWidth.fit(number + UrlText.fit(url, room), width);
        int labelColumns = Math.min(TextWidth.columns(label), room / 2);
        int urlColumns = room - 2 - labelColumns;
        if (urlColumns < MIN_URL_COLUMNS) return TextWidth.fit(number + label, width);
        return number + UrlText.fit(url, urlColumns) + "  " + TextWidth.fit(label, labelColumns);
    }

    /** The box: full width, as many rows as there are links or the screen holds, the selected one highlighted. */
    static void draw(AppState s, TextGraphics g) {
        ArticleState a = s.article();
        LinkPicker p = a.tools().links();
        List<Link> links = ArticleLinks.links(a);
        Theme theme = s.settings().theme();
        int width = s.size().getColumns();
        int rows = rows(s.size(), links.size());
        int area = area(s.size());
        boolean framed = area >= 3 && width >= 4;
        int height = framed ? rows + 2 : rows;
        int top = (area < s.size().getRows() ? 1 : 0) + Math.max(0, (area - height) / 2);
        Theme.Look look = theme.normal();
        for (int y = top; y < top + height; y++) LineDrawer.fill(g, 0, y, width, look);
        int pad = framed ? 2 : 0;
        if (framed) {
            String bar = "─".repeat(Math.max(0, width - 2));
            LineDrawer.drawText(g, 0, top, width, "┌" + bar + "┐", look);
            LineDrawer.drawText(g, 0, top + height - 1, width, "└" + bar + "┘", look);
            for (int y = top + 1; y < top + height - 1; y++) {
                LineDrawer.drawText(g, 0, y, 1, "│", look);
                LineDrawer.drawText(g, width - 1, y, width, "│", look);
            }
            LineDrawer.drawText(g, 2, top, width - 2, " " + TextWidth.fit(TITLE, width - 6) + " ", look);
        }
        // The top is revealed again here because a smaller screen after a resize can leave the
        // selected row below the box, and Enter and y act on that row.
        int first = VerticalScroll.clamp(VerticalScroll.reveal(p.top, p.selected, rows), links.size(), rows);
        int inner = Math.max(0, width - 2 * pad);
        int numberColumns = 0;
        for (Link l : links) numberColumns = Math.max(numberColumns, ("[" + l.number() + "]").length());
        for (int i = 0; i < rows && first + i < links.size(); i++) {
            int y = top + (framed ? 1 : 0) + i;
            boolean selected = first + i == p.selected;
            Theme.Look rowLook = selected ? theme.selected() : look;
            if (selected) LineDrawer.fill(g, pad, y, inner, rowLook);
            LineDrawer.drawText(g, pad, y, pad + inner, row(links.get(first + i), inner, numberColumns), rowLook);
        }
        String more = VerticalScroll.moreMark(first, rows, links.size());
        if (framed && !more.isEmpty()) {   // as the help box says it: there are links out of view
            int right = width - 1;
            LineDrawer.drawText(g, Math.max(1, right - TextWidth.columns(more) - 1), top + height - 1, right, more, look);
        }
    }
}
