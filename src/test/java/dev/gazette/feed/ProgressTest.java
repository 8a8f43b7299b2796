package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final List<String> calls = new ArrayList<>();
    private long bytes;
    private final Progress progress = new Progress((read, total, items) -> calls.add(read + "/" + total + ":" + items),
            () -> bytes, 100_000_000L);

    @Test
    void everyThousandItems() {
        for (int i = 1; i <= 2500; i++) {
            bytes = i * 10L;
            progress.item(i);
        }
        progress.done(2500);
        assertEquals(List.of("10000/100000000:1000", "20000/100000000:2000", "25000/100000000:2500"), calls);
    }

    @Test
    void everyFewMegabytesWhenItemsAreHuge() {
        for (int i = 1; i <= 10; i++) {
            bytes = i * (1L << 20);
            progress.item(i);
        }
        assertEquals(List.of("4194304/100000000:4", "8388608/100000000:8"), calls);
    }
}
