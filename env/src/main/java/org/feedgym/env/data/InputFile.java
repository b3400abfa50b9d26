package org.feedgym.env.data;

import java.util.Objects;

/**
 * One input file a reader consumed, for a run's manifest.
 *
 * @param path   the path as the reader opened it (absolute and normalised)
 * @param bytes  size in bytes
 * @param sha256 lower-case hex SHA-256 of the file's bytes (64 characters)
 */
public record InputFile(String path, long bytes, String sha256) {

    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must be >= 0, got " + bytes);
        }
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, got '" + sha256 + "'");
        }
    }
}
