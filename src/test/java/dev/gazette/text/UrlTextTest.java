package dev.gazette.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UrlTextTest {

    @Test
    void percentEncodedUtf8IsShownAsItsCharacters() {
        assertEquals("https://ja.wikipedia.org/wiki/日本", UrlText.readable("https://ja.wikipedia.org/wiki/%E6%97%A5%e6%9c%ac"));
        assertEquals("https://ru.example/за́мок", UrlText.readable("https://ru.example/%D0%B7%D0%B0%CC%81%D0%BC%D0%BE%D0%BA"));
        assertEquals("https://e.example/😀", UrlText.readable("https://e.example/%F0%9F%98%80"));
    }

    @Test
    void whatWouldChangeTheMeaningOrHideTextStaysEncoded() {
        assertEquals("https://x.example/a%2Fb%20c%3F%25", UrlText.readable("https://x.example/a%2Fb%20c%3F%25"));
        assertEquals("https://x.example/%E2%80%AEgpj.exe", UrlText.readable("https://x.example/%E2%80%AEgpj.exe"),
                "a bidi override is never decoded");
        assertEquals("https://x.example/%E2%80%8B", UrlText.readable("https://x.example/%E2%80%8B"));
        assertEquals("https://x.example/%C2%A0", UrlText.readable("https://x.example/%C2%A0"));
    }

    @Test
    void invalidSequencesStayAsTheyAre() {
        assertEquals("https://x.example/%E6%97", UrlText.readable("https://x.example/%E6%97"));
        assertEquals("https://x.example/%E6%97x日", UrlText.readable("https://x.example/%E6%97x%E6%97%A5"));
        assertEquals("https://x.example/%C0%AF%ZZ%", UrlText.readable("https://x.example/%C0%AF%ZZ%"));
        assertEquals("https://x.example/%ED%A0%80", UrlText.readable("https://x.example/%ED%A0%80"), "a surrogate");
        assertNull(UrlText.readable(null));
    }
}
