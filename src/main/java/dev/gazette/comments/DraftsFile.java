package dev.gazette.comments;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import dev.gazette.feed.CleanText;
import dev.gazette.files.SyncedFiles;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The drafts file's format ({@code NAME.drafts.json}, see {@link DraftStore}): read into drafts,
 * cleaned as anything read from a file, and written whole.
 */
final class DraftsFile {
    private DraftsFile() {}

    /** Replaces the file with {@code all}: a temporary file beside it, synced, renamed over it. */
    static void write(Path file, Map<String, Draft> all) throws IOException {
        byte[] bytes = (encode(all) + "\n").getBytes(StandardCharsets.UTF_8);
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + ".", ".tmp");
        try {
            SyncedFiles.writeSynced(tmp, bytes);
            SyncedFiles.replace(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String encode(Map<String, Draft> all) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = new JsonWriter(out)) {
            w.setHtmlSafe(false);
            w.beginObject();
            for (Map.Entry<String, Draft> e : all.entrySet()) {
                w.name(e.getKey()).beginObject();
                w.name("text").value(e.getValue().text());
                if (e.getValue().parent() != null) w.name("parent").value(e.getValue().parent());
                if (e.getValue().edits() != null) w.name("edits").value(e.getValue().edits());
                w.endObject();
            }
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** The drafts in the file; none when it does not exist. */
    static Map<String, Draft> read(Path file) throws Damaged {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new Damaged("is not a regular file"); // a FIFO would block the read for good
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new Damaged("is not UTF-8 text");
        } catch (IOException | RuntimeException e) {
            throw new Damaged("cannot be read");
        }
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException | StackOverflowError e) {
            throw new Damaged("is not valid JSON");
        }
        if (!root.isJsonObject()) throw new Damaged("is not a JSON object");
        Map<String, Draft> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject().entrySet()) {
            Draft d = draft(e.getValue());
            if (d != null) out.put(e.getKey(), d); // an entry of another shape is skipped
        }
        return out;
    }

    /** One entry: an object with a string text (and parent or edits), or just a string. */
    private static Draft draft(JsonElement v) {
        if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) return Draft.comment(clean(v.getAsString()));
        if (!v.isJsonObject()) return null;
        JsonObject o = v.getAsJsonObject();
        String text = string(o, "text"), parent = string(o, "parent"), edits = string(o, "edits");
        if (text == null || text.isBlank() || parent != null && edits != null) return null;
        return new Draft(clean(text), parent, edits);
    }

    private static String string(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
    }

    /** Cleaned for the input line, as anything read from a file; tabs are the user's and stay. */
    private static String clean(String s) {
        String[] parts = s.split("\t", -1);
        for (int i = 0; i < parts.length; i++) parts[i] = CleanText.multiline(parts[i]);
        return String.join("\t", parts);
    }

    /** The file is there but holds no drafts that can be read; the message says why ("is not valid JSON"). */
    static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        Damaged(String why) {
            super(why, null, false, false);
        }
    }
}
