package dev.gazette.marks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which articles have been read, kept in a small state file beside the feed
 * ({@code feed.json} -> {@code feed.state.json}): {@code {"version":1,"read":["id",...]}}.
 * Saved atomically (a temporary file, synced, then renamed over the old one), so a crash
 * leaves the old marks or the new ones, never half a file. A damaged file reads as
 * "nothing read yet" with a warning, and is left alone until the user changes a mark.
 */
public final class ReadMarks {

    private final Path file;

    /** The marks as read from disk, and a one-line warning when the file was damaged. */
    public record Loaded(Set<String> read, String warning) {}

    public ReadMarks(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Loaded(new LinkedHashSet<>(), null);
        } catch (IOException | RuntimeException e) {
            return damaged("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonObject() || !root.getAsJsonObject().has("read")
                    || !root.getAsJsonObject().get("read").isJsonArray()) {
                return damaged("has no \"read\" list");
            }
            Set<String> read = new LinkedHashSet<>();
            for (JsonElement id : root.getAsJsonObject().getAsJsonArray("read")) {
                if (id.isJsonPrimitive()) read.add(id.getAsString());
            }
            return new Loaded(read, null);
        } catch (JsonParseException | IllegalStateException | StackOverflowError e) {
            return damaged("is not valid JSON");
        }
    }

    /** Writes the marks atomically; the message of the exception is fit for the status line. */
    public void save(Collection<String> read) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        JsonArray ids = new JsonArray();
        for (String id : read) ids.add(id);
        root.add("read", ids);
        byte[] bytes = (root + "\n").getBytes(StandardCharsets.UTF_8);
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                out.write(bytes);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private Loaded damaged(String why) {
        return new Loaded(new LinkedHashSet<>(), file.getFileName() + " " + why
                + "; starting with nothing read (the file is kept until you change a mark)");
    }
}
