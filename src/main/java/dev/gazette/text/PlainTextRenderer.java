package dev.gazette.text;

import java.util.List;

/**
 * Renders plain text (content_text, summary): a blank line separates paragraphs, a single
 * newline stays a line break, leading spaces of a line stay (indentation), and nothing is
 * interpreted as markup.
 */
public final class PlainTextRenderer {
    private PlainTextRenderer() {}

    public static Document render(String text) {
        return new Document(blocks(text), List.of());
    }

    static List<Block> blocks(String text) {
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
                para.append(clean, start, end, Span.styleSet());
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
}
