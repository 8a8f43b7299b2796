package dev.gazette.feed;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.function.LongSupplier;

/**
 * The bodies of a big JSON Feed file, left in the file: the loader writes down where each
 * body's string lies in the text and skips it, and the article reads it back from the file
 * when it is opened. A big feed is mostly bodies, and building each one as a String, then
 * packing it into memory, was most of a 200 MB feed's load (README, Performance); skipping a
 * string only looks for its closing quote.
 */
final class JsonFileBodies {
    /** A string value in the text: where its characters start (after the quote) and how many there are, as written. */
    record Span(long start, int length) {}

    private final FileText file;
    private final LongSupplier charsRead;

    /**
     * @param file      the text the JsonReader reads, as decoded from the file
     * @param charsRead how many characters the JsonReader's Reader has handed out so far
     */
    JsonFileBodies(FileText file, LongSupplier charsRead) {
        this.file = file;
        this.charsRead = charsRead;
    }

    /** Skips the next value and returns where it lies when it is a string; null, skipping nothing, otherwise. */
    Span skipString(JsonReader in) throws IOException {
        if (in.peek() != JsonToken.STRING) return null;
        long start = offset(in);   // peeking a string consumed its opening quote
        in.skipValue();
        long end = offset(in);     // just past the closing quote
        return new Span(start, Math.toIntExact(end - start - 1));
    }

    private long offset(JsonReader in) {
        return charsRead.getAsLong() + JsonPositions.offsetFromBufferEnd(in);
    }

    /** The body whose parts lie at these spans (null for a part the item does not have). */
    ContentSource source(Span html, Span text, Span summary) {
        return () -> new ArticleContent(read(html), read(text), read(summary));
    }

    /**
     * The string at span, read again from the file.
     *
     * @throws FileText.Unavailable when the file no longer holds it
     */
    String read(Span span) {
        if (span == null) return null;
        if (span.length() == 0) return "";
        try (Reader r = file.readerAt(span.start() - 1)) {
            JsonReader json = new JsonReader(r);
            json.setStrictness(Strictness.LENIENT);
            if (json.peek() != JsonToken.STRING) throw file.changed(null);
            // Cut as a body read in at load is (--check, which reads them all, warns of it).
            return FieldLimits.cut(json.nextString(), FieldLimits.BODY);
        } catch (IOException | IllegalStateException e) {
            throw file.changed(e);
        }
    }
}
