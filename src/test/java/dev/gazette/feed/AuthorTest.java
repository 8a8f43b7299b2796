package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Authors are shared and de-duplicated by value while a feed loads: equal means same name and URL. */
class AuthorTest {
    @Test
    void theSamePersonIsOneAuthorWhateverTheControlCharactersAround() {
        Author plain = new Author("Ana Lima", "https://ana.example/");
        Author dirty = new Author("Ana\u0007 Lima", "https://ana.example/");
        assertEquals(plain, dirty);
        assertEquals(plain.hashCode(), dirty.hashCode());
        assertEquals(1, new HashSet<>(List.of(plain, dirty)).size());
    }

    @Test
    void theNameOrTheUrlTellsAuthorsApartAndEitherMayBeMissing() {
        Set<Author> authors = new HashSet<>(List.of(new Author("Ana", null), new Author("Ana", "https://ana.example/"),
                new Author(null, "https://ana.example/"), new Author("Bob", null), new Author(null, null),
                new Author("Ana", null)));
        assertEquals(5, authors.size());
        assertNotEquals(new Author("Ana", null), "Ana");
        assertEquals(new Author(null, null), new Author(null, null));
    }
}
