package org.feedgym.env.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared data folder (the one holding {@code tiktok-claims/}, {@code movielens-latest-small/}
 * and so on) without copying data into the project.
 *
 * <p>Order: the system property {@value #PROPERTY}, then the environment variable
 * {@value #VARIABLE}, then the first {@code shared/data} folder found walking up from the working
 * directory (the project sits beside {@code shared/}, so from a module folder this is
 * {@code ../../shared/data}).
 */
public final class DataPaths {

    /** System property naming the data folder. */
    public static final String PROPERTY = "feedgym.data";

    /** Environment variable naming the data folder. */
    public static final String VARIABLE = "FEEDGYM_DATA";

    private DataPaths() {
    }

    /** The folder {@value #PROPERTY} or {@value #VARIABLE} names, whether or not it exists. */
    private static Optional<Path> configured() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(VARIABLE);
        }
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(configured).toAbsolutePath().normalize());
    }

    /** The data folder, if one is configured (and exists) or found. */
    public static Optional<Path> root() {
        Optional<Path> configured = configured();
        if (configured.isPresent()) {
            return configured.filter(Files::isDirectory);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /**
     * For a configured dataset path that does not resolve to an existing file or folder: where it
     * was looked for, in order, as a parenthesised sentence to append to the reader's error; empty
     * for an absolute path or one that exists.
     */
    public static String whereLooked(String path) {
        Path p = Path.of(path);
        if (p.isAbsolute() || Files.exists(resolve(path))) {
            return "";
        }
        Optional<Path> configured = configured();
        String base = configured.map(c -> "the data folder set by -D" + PROPERTY + " or " + VARIABLE + ", " + c
                        + (Files.isDirectory(c) ? "" : ", which does not exist"))
                .orElseGet(() -> root().map(r -> "the shared/data folder found above the working directory, " + r)
                        .orElse("no data folder: neither -D" + PROPERTY + " nor " + VARIABLE
                                + " is set and no shared/data folder is above the working directory"));
        return " (a relative data path is read from the working directory, " + Path.of("").toAbsolutePath()
                + ", then from " + base + ")";
    }

    /**
     * Resolves a dataset path from a config: an absolute path as is; a relative path against the
     * working directory when it exists there, otherwise against {@link #root()}. A configured
     * folder is used even when it does not exist, so that the reader's "does not exist" names the
     * folder the user set rather than the working directory.
     *
     * @param path the configured path, e.g. {@code "movielens-latest-small"}
     * @return the resolved path (which may not exist: readers report that)
     */
    public static Path resolve(String path) {
        Path p = Path.of(path);
        if (p.isAbsolute() || Files.exists(p)) {
            return p.toAbsolutePath().normalize();
        }
        Optional<Path> configured = configured();
        if (configured.isPresent()) {
            return configured.get().resolve(path).normalize();
        }
        return root().map(r -> r.resolve(path).normalize()).orElse(p.toAbsolutePath().normalize());
    }
}
