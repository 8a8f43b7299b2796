package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.gazette.text.Link;

import java.util.List;

/**
 * Following the "[n]" markers of an article, as in w3m and lynx: type the number, then o
 * opens that link or y copies it (Esc or any other key forgets the number); without a
 * number, o and y take the article's own link. The number shows on the status line while
 * it is typed. Opening and copying are effects; the URL goes out exactly as the feed wrote it.
 */
final class ArticleLinks {
    /** Longer numbers are not link numbers; further digits are ignored. */
    private static final int MAX_DIGITS = 5;

    private ArticleLinks() {}

    /** A digit: one more of the link number. */
    static Next digit(AppState s, KeyStroke key) {
        ArticleState a = s.article();
        String number = a.tools().number();
        if (number.length() >= MAX_DIGITS) return Next.of(s);
        return Next.of(withNumber(s, number + key.getCharacter()));
    }

    /** o: link n when a number was typed, else the article's link. */
    static Next open(AppState s) {
        Target t = target(s, "open");
        if (t.url == null) return Next.of(t.state.withStatus(t.problem));
        return Next.of(t.state, new Effect.OpenUrl(t.url));
    }

    /** y: copies link n when a number was typed, else the article's link. */
    static Next copy(AppState s) {
        Target t = target(s, "copy");
        if (t.url == null) return Next.of(t.state.withStatus(t.problem));
        return Next.of(t.state, new Effect.CopyUrl(t.url));
    }

    /** Forgets a number being typed. */
    static AppState withNumber(AppState s, String number) {
        ArticleState a = s.article();
        return s.withArticle(a.withTools(a.tools().withNumber(number)));
    }

    /** What the status line says while a number is typed. */
    static String prompt(ArticleState a) {
        String n = a.tools().number();
        List<Link> links = links(a);
        if (links.isEmpty()) return "Link " + n + ": this article has no links (Esc cancels)";   // nothing for o to open
        // More digits only make a number larger: say at once when it is past the last link.
        if (Integer.parseInt(n) > links.size() || Integer.parseInt(n) == 0) {
            return "Link " + n + ": the links are [1] to [" + links.size() + "] (Esc cancels)";
        }
        return "Link " + n + " (of " + links.size() + "): o opens it, y copies it, Esc cancels";
    }

    static List<Link> links(ArticleState a) {
        return a.page() == null ? List.of() : a.page().body().links();
    }

    /** The URL a key is about, with the state after it (number forgotten), or why there is none. */
    private record Target(AppState state, String url, String problem) {}

    private static Target target(AppState s, String verb) {
        ArticleState a = s.article();
        String number = a.tools().number();
        AppState cleared = withNumber(s, "");
        if (number.isEmpty()) {
            String url = a.article().link();
            return new Target(cleared, url, url == null ? "This article has no link to " + verb : null);
        }
        int n = Integer.parseInt(number);
        for (Link l : links(a)) {
            if (l.number() == n) return new Target(cleared, l.url(), null);
        }
        int count = links(a).size();
        return new Target(cleared, null, "No link [" + n + "]: this article has "
                + (count == 0 ? "no links" : count == 1 ? "one link" : count + " links"));
    }
}
