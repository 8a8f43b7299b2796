package dev.gazette.source;

import java.nio.file.InvalidPathException;
import java.util.Locale;

/**
 * Why a file name cannot be a path. The JVM names files in the locale's character set
 * (sun.jnu.encoding), and under LANG=C (ssh, cron, containers) that is ASCII: "café.json"
 * cannot even be asked for, and Java's words for it ("Malformed input or input contains
 * unmappable characters") do not say what to do.
 */
public final class PathNames {
    private PathNames() { }

    /** "NAME: …", one line. */
    public static String whyInvalid(String name, InvalidPathException e) {
        return whyInvalid(name, e, System.getProperty("sun.jnu.encoding", ""));
    }

    static String whyInvalid(String name, InvalidPathException e, String fileNameCharset) {
        if (!fileNameCharset.isEmpty() && !fileNameCharset.toUpperCase(Locale.ROOT).contains("UTF")) {
            return name + ": this file name cannot be used in the locale's character set (" + fileNameCharset
                    + "); start Gazette in a UTF-8 locale, e.g. LANG=C.UTF-8";
        }
        return name + ": not a valid path (" + e.getReason() + ")";
    }
}
