package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** What every loaded feed must be, whatever its format: for the corpus tests of each. */
public final class FeedChecks {
    private FeedChecks() { }

    /** Ids unique, every body readable, dated articles newest first and then the undated ones. */
    public static void assertWellOrdered(Feed f) {
        Set<String> ids = new HashSet<>();
        Instant previous = Instant.MAX;
        boolean undatedSeen = false;
        for (Article a : f.articles()) {
            assertTrue(ids.add(a.id()), "ids are unique: " + a.id());
            assertNotNull(a.content().load());
            if (a.date() == null) {
                undatedSeen = true;
            } else {
                assertFalse(undatedSeen, "dated articles come before undated ones");
                assertFalse(a.date().isAfter(previous), "newest first");
                previous = a.date();
            }
        }
    }
}
