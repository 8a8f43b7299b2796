package dev.gazette.source;

import dev.gazette.files.FileErrors;
import dev.gazette.source.FetchError.Kind;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Copies a response body to a temporary file, decoding gzip and deflate on the way (the
 * JDK's HttpClient leaves Content-Encoding to its caller), and stops with one clear line
 * when the body is over the size cap (checked before decoding from Content-Length, and
 * after, so a small gzip bomb is stopped too) or shorter than it claimed to be.
 */
final class BodyDownload {
    private static final int BUFFER = 1 << 16;

    /** Why the body could not be taken whole. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final transient FetchError error;

        Failure(FetchError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    private BodyDownload() { }

    /** Fails at once when the announced length is already over the cap. */
    static void checkAnnounced(HttpHeaders headers, long maxBytes) throws Failure {
        OptionalLong length = headers.firstValueAsLong("Content-Length");
        if (length.isPresent() && length.getAsLong() > maxBytes) throw tooLarge(maxBytes);
    }

    /**
     * Writes the decoded body of in to target. An IOException that is not about the body's
     * content (the connection closing, a time-out closing the stream) is left to the caller.
     */
    static void copy(InputStream in, HttpHeaders headers, long maxBytes, Path target) throws IOException, Failure {
        OptionalLong announced = headers.firstValueAsLong("Content-Length");
        Counting raw = new Counting(in);
        try (InputStream decoded = decoder(raw, headers.firstValue("Content-Encoding").orElse(""));
             OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            int n;
            while ((n = decoded.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes || raw.count > maxBytes) throw tooLarge(maxBytes);
                write(out, buffer, n, target);
            }
        } catch (ZipException e) {
            // Not compressed data at all, or damaged: reading stopped there, so the bytes read
            // so far say nothing of how many arrived (a gzip header is 10 bytes).
            String why = SourceException.oneLine(String.valueOf(e.getMessage()));
            throw new Failure(FetchError.of(Kind.TRUNCATED, "the compressed body is damaged ("
                    + (why.isEmpty() ? why : Character.toLowerCase(why.charAt(0)) + why.substring(1)) + ")"));
        } catch (EOFException e) {
            // The compressed stream ended early: it did not arrive whole.
            if (announced.isPresent() && raw.count < announced.getAsLong()) throw truncated(raw.count, announced.getAsLong());
            throw new Failure(FetchError.of(Kind.TRUNCATED, "the compressed body is cut short ("
                    + SourceException.oneLine(String.valueOf(e.getMessage())) + ")"));
        } catch (IOException e) {
            // HttpClient reports a connection closed mid-body as an IOException while reading.
            if (announced.isPresent() && raw.count < announced.getAsLong()) throw truncated(raw.count, announced.getAsLong());
            throw e;
        }
        if (announced.isPresent() && raw.count < announced.getAsLong()) throw truncated(raw.count, announced.getAsLong());
    }

    private static void write(OutputStream out, byte[] buffer, int n, Path target) throws Failure {
        try {
            out.write(buffer, 0, n);
        } catch (IOException e) {
            throw cacheFailure(target.getParent(), e);
        }
    }

    static Failure cacheFailure(Path folder, IOException e) {
        return new Failure(FetchError.of(Kind.CACHE, folder + ": the cache cannot be written (" + FileErrors.reason(e) + ")"));
    }

    static Failure truncated(long got, long announced) {
        return new Failure(FetchError.of(Kind.TRUNCATED,
                "truncated: the connection closed after " + got + " of " + announced + " bytes"));
    }

    private static Failure tooLarge(long maxBytes) {
        return new Failure(FetchError.of(Kind.TOO_LARGE, "larger than " + FetchErrors.size(maxBytes)));
    }

    private static InputStream decoder(InputStream raw, String contentEncoding) throws IOException, Failure {
        String encoding = contentEncoding.strip().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "", "identity" -> raw;
            case "gzip", "x-gzip" -> new GZIPInputStream(raw, BUFFER);
            case "deflate" -> deflate(raw);
            default -> throw new Failure(FetchError.of(Kind.NETWORK, "the server sent an encoding Gazette did not ask for: "
                    + SourceException.oneLine(contentEncoding)));
        };
    }

    /**
     * "deflate" is meant to be zlib-wrapped (RFC 9110), but some servers send raw deflate;
     * the first two bytes tell which (a zlib header is a multiple of 31 with method 8).
     */
    private static InputStream deflate(InputStream raw) throws IOException {
        PushbackInputStream in = new PushbackInputStream(raw, 2);
        byte[] head = in.readNBytes(2);
        in.unread(head);
        boolean zlib = head.length == 2 && (head[0] & 0x0F) == 8 && (((head[0] & 0xFF) << 8) | (head[1] & 0xFF)) % 31 == 0;
        return new InflaterInputStream(in, new Inflater(!zlib), BUFFER);
    }

    /** Counts the bytes as they came over the wire, before decoding. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
