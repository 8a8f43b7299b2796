package dev.gazette.text;

import java.util.List;

/** A horizontal rule (hr): a dim line of "─" across the text width. */
final class RuleBlock extends Block {
    RuleBlock(Frame frame) {
        super(frame);
    }

    @Override
    void lines(int width, LineSink line) {
        line.accept(List.of(new Span("\u2500".repeat(width), Style.DIM)));
    }
}
