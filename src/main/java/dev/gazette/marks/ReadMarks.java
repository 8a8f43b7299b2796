package dev.gazette.marks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.gazette.files.DamagedFiles;
import dev.gazette.files.FileErrors;
import dev.gazette.files.StaleFiles;
import dev.gazette.files.SyncedFiles;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which articles have been read, kept in a small state file beside the feed
 * ({@code feed.json} -> {@code feed.state.json}): {@code {"version":1,"read":["id",...]}}.
 * Saved atomically (a temporary file, synced, then renamed over the old one), so a crash
 * leaves the old marks or the new ones, never half a file. A damaged file (cut short by a
 * full disk, a hand edit gone wrong) gives the marks that can still be read from it, with a
 * warning, and is left alone until the user changes a mark; then it is copied aside
 * ({@link DamagedFiles}) before it is replaced.
 *
 * <p>Two Gazettes may read the same feed: {@link #save(Set, Set)} applies only this
 * process's changes to what is on disk at that moment, so neither loses the other's marks.
 * Saves run on a worker thread; they are serialised per file inside this JVM.
 */
public final class ReadMarks {
    /** A temporary file this old was left by a process killed mid-save: no save takes a minute. */
    static final long STALE_TMP_MILLIS = 60_000;
    /** Times a save re-reads the file when another process replaced it meanwhile. */
    private static final int MERGE_ATTEMPTS = 5;

    /** One monitor per state file, for every ReadMarks of this JVM. */
    private static final ConcurrentMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final Path file;
    private final Object monitor;

    /** The marks as read from disk, and a one-line warning when the file was damaged. */
    public record Loaded(Set<String> read, String warning) {}

    public ReadMarks(Path file) {
        this.file = file;
        this.monitor = MONITORS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new Object());
    }

    public Path file() {
        return file;
    }

    /**
     * Reads the marks. Also removes temporary files of this state file that a process
     * killed mid-save left behind (older than a minute, so a save running now is not hurt).
     */
    public Loaded load() {
        synchronized (monitor) {
            StaleFiles.remove(file, STALE_TMP_MILLIS);
            return read().loaded();
        }
    }

    /**
     * Applies this process's changes since its last load or save to the marks on disk now,
     * writes the result atomically and returns it (the marks of every Gazette on this feed),
     * so the caller can adopt the other processes' marks. An id in both sets counts as added.
     * A damaged file counts as the marks read from it, and is copied aside, then replaced.
     *
     * @throws IOException whose message is why, in words ("permission denied"), for a status line
     *                     that names {@link #file()}; the file is then unchanged
     */
    public Set<String> save(Set<String> added, Set<String> removed) throws IOException {
        synchronized (monitor) {
            OnDisk before = read();
            // Rewritten as version 1, a newer Gazette's file would lose what that version added.
            if (before.newer > 0) throw new IOException(newer(before.newer) + ", so it is not replaced");
            Path tmp = null;
            try {
                for (int attempt = 1; ; attempt++) {
                    Set<String> merged = new LinkedHashSet<>(before.read);
                    merged.removeAll(removed);
                    merged.addAll(added);
                    if (tmp == null) tmp = Files.createTempFile(directory(), tmpPrefix(), ".tmp");
                    SyncedFiles.writeSynced(tmp, encode(merged));
                    // Another Gazette may have saved while this one wrote: then merge with its file.
                    if (FileStamp.of(file).equals(before.stamp) || attempt == MERGE_ATTEMPTS) {
                        if (before.warning != null) DamagedFiles.keepCopy(file);
                        SyncedFiles.replace(tmp, file);
                        return Collections.unmodifiableSet(merged);
                    }
                    before = read();
                }
            } catch (IOException e) {
                throw explained(e);
            } finally {
                if (tmp != null) Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Writes exactly these marks atomically, whatever is on disk (one process owning the file).
     *
     * @throws IOException as {@link #save(Set, Set)} does
     */
    public void save(Collection<String> read) throws IOException {
        synchronized (monitor) {
            Path tmp = null;
            try {
                tmp = Files.createTempFile(directory(), tmpPrefix(), ".tmp");
                SyncedFiles.writeSynced(tmp, encode(read));
                SyncedFiles.replace(tmp, file);
            } catch (IOException e) {
                throw explained(e);
            } finally {
                if (tmp != null) Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * The failure in words. The JDK's own message names the temporary file, and for a denied
     * write (a read-only folder) it is nothing but that path: no reason at all.
     */
    private static IOException explained(IOException e) {
        return new IOException(FileErrors.reason(e), e);
    }

    /** ".feed.state.json.": the start of this file's temporary files' names. */
    private String tmpPrefix() {
        return "." + file.getFileName() + ".";
    }

    private Path directory() {
        return file.toAbsolutePath().getParent();
    }

    private static byte[] encode(Collection<String> read) {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        JsonArray ids = new JsonArray();
        for (String id : read) ids.add(id);
        root.add("read", ids);
        return (root + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The file's marks with the stamp they were read under; a damaged file reads as none.
     *
     * @param newer the file's version when a newer Gazette wrote it (its marks are read, but it
     *              is never replaced), else 0
     */
    private record OnDisk(Set<String> read, String warning, FileStamp stamp, int newer) {
        OnDisk(Set<String> read, String warning, FileStamp stamp) {
            this(read, warning, stamp, 0);
        }

        Loaded loaded() {
            return new Loaded(read, warning);
        }
    }

    private String newer(int version) {
        return file.getFileName() + " was written by a newer Gazette (version " + version + ")";
    }

    private OnDisk read() {
        FileStamp stamp = FileStamp.of(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new OnDisk(new LinkedHashSet<>(), null, stamp);
        } catch (java.nio.charset.CharacterCodingException e) {
            return damaged("is not UTF-8 text", stamp);
        } catch (IOException e) {
            return damaged("cannot be read (" + FileErrors.reason(e) + ")", stamp);
        } catch (RuntimeException e) {
            return damaged("cannot be read", stamp);
        }
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonObject() || !root.getAsJsonObject().has("read")
                    || !root.getAsJsonObject().get("read").isJsonArray()) {
                return damaged("has no \"read\" list", stamp);
            }
            Set<String> read = new LinkedHashSet<>();
            for (JsonElement id : root.getAsJsonObject().getAsJsonArray("read")) {
                if (id.isJsonPrimitive()) read.add(id.getAsString());
            }
            JsonElement version = root.getAsJsonObject().get("version");
            if (version != null && version.isJsonPrimitive() && version.getAsJsonPrimitive().isNumber()
                    && version.getAsDouble() > 1) {
                int v = (int) Math.min(Integer.MAX_VALUE, Math.ceil(version.getAsDouble()));
                return new OnDisk(read, newer(v) + "; its read marks show, but changes to them are not saved", stamp, v);
            }
            return new OnDisk(read, null, stamp);
        } catch (JsonParseException | IllegalStateException | StackOverflowError e) {
            return damaged("is not valid JSON", salvage(text), stamp);
        }
    }

    /**
     * The ids of the "read" list up to where the file goes wrong: a file cut short keeps
     * every mark written whole before the cut.
     */
    static Set<String> salvage(String text) {
        Set<String> read = new LinkedHashSet<>();
        try (JsonReader r = new JsonReader(new StringReader(text))) {
            r.beginObject();
            while (r.hasNext()) {
                if (!r.nextName().equals("read")) {
                    r.skipValue();
                    continue;
                }
                r.beginArray();
                while (r.hasNext()) {
                    JsonToken t = r.peek();
                    if (t == JsonToken.STRING || t == JsonToken.NUMBER) read.add(r.nextString());
                    else r.skipValue();
                }
                break;
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // the damage: what was read before it stands
        }
        return read;
    }

    private OnDisk damaged(String why, FileStamp stamp) {
        return damaged(why, new LinkedHashSet<>(), stamp);
    }

    private OnDisk damaged(String why, Set<String> salvaged, FileStamp stamp) {
        String start = salvaged.isEmpty() ? "starting with nothing read"
                : salvaged.size() == 1 ? "1 read mark recovered" : salvaged.size() + " read marks recovered";
        // Short enough for an 80-column status row: the file is copied aside before any save
        // replaces it (README), so "kept" holds whether or not a mark changes.
        return new OnDisk(salvaged, file.getFileName() + " " + why + "; " + start + " (a copy is kept)", stamp);
    }
}
