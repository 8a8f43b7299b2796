package dev.gazette.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders plain text (content_text, summary): a blank line separates paragraphs, a single
 * newline stays a line break, leading spaces of a line stay (indentation), and nothing is
 * interpreted as markup. A bare http(s) or mailto: URL is a link, numbered as an HTML link is: plain
 * text has no other way to give one, and o, y and L should find it.
 */
public final class PlainTextRenderer {
    /**
     * A URL as people write one in text: up to a space or a character URLs do not carry (CJK
     * and full-width punctuation too: "参见https://example.cn/路径。谢谢" ends before the "。");
     * {@link #urlEnd} then gives back the punctuation a sentence puts after it.
     */
    private static final String URL_CHAR = "[^\\s<>\"\u00a0\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff5b-\uff65]";
    private static final Pattern URL = Pattern.compile("(?:https?://" + URL_CHAR + "+|mailto:" + URL_CHAR + "+@" + URL_CHAR
            + "+)", Pattern.CASE_INSENSITIVE);

    private PlainTextRenderer() {}

    public static Document render(String text) {
        LinkCollector links = new LinkCollector();
        return new Document(blocks(text, links), links.links());
    }

    static List<Block> blocks(String text, LinkCollector links) {
        String clean = Sanitizer.cleanMultiline(text);
        BlockBuilder out = new BlockBuilder();
        int n = clean.length();
        int start = 0;
        StyledText para = new StyledText();
        while (start <= n) {
            int nl = clean.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            if (clean.substring(start, end).isBlank()) {
                if (para.length() > 0) {
                    para.trimEnd();
                    out.paragraph(para);
                    out.gap();
                    para = new StyledText();
                }
            } else {
                if (para.length() > 0) para.append('\n', Span.styleSet());
                appendLinked(para, clean, start, end, links);
            }
            if (nl < 0) break;
            start = nl + 1;
        }
        if (para.length() > 0) {
            para.trimEnd();
            out.paragraph(para);
        }
        return out.finish();
    }

    /** The line [start, end) of text, its URLs styled as links with their numbers after them. */
    private static void appendLinked(StyledText para, String text, int start, int end, LinkCollector links) {
        Matcher m = URL.matcher(text).region(start, end);
        int at = start;
        while (m.find()) {
            int urlEnd = urlEnd(text, m.start(), m.end());
            String url = text.substring(m.start(), urlEnd);
            if (url.indexOf("://") > 0 && url.length() <= url.indexOf("://") + 3) continue;   // "http://" and a full stop names nothing
            para.append(text, at, m.start(), Span.styleSet());
            para.append(text, m.start(), urlEnd, Span.styleSet(Style.LINK));
            int n = links.add(url, url, "", LinkCollector.Kind.LINK);
            if (n > 0) para.append("[" + n + "]", Span.styleSet(Style.DIM));
            at = urlEnd;
        }
        para.append(text, at, end, Span.styleSet());
    }

    /**
     * Where a URL found in running text ends: without the punctuation that closes the sentence
     * around it ("see https://x.org/a." or "(https://x.org/a)"), a ")" kept when the URL opened
     * one (Wikipedia's "Go_(game)").
     */
    static int urlEnd(String text, int start, int end) {
        // Bracket counts kept as the end moves back: a run of a million ")" costs one pass.
        int open = 0;
        int close = 0;
        int openSquare = 0;
        int closeSquare = 0;
        for (int i = start; i < end; i++) {
            switch (text.charAt(i)) {
                case '(' -> open++;
                case ')' -> close++;
                case '[' -> openSquare++;
                case ']' -> closeSquare++;
                default -> { }
            }
        }
        int e = end;
        while (e > start) {
            char c = text.charAt(e - 1);
            if (".,;:!?'\"*_".indexOf(c) >= 0) {
                e--;
            } else if (c == ')' && open < close) {
                close--;
                e--;
            } else if (c == ']' && openSquare < closeSquare) {
                closeSquare--;
                e--;
            } else {
                break;
            }
        }
        return e;
    }
}
