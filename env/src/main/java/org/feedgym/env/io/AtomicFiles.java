package org.feedgym.env.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see its old content or its whole new content, never a part: the
 * bytes go to a hidden temporary file beside it, which is then renamed over it (atomically where
 * the file system can). The temporary file is named by process and thread, so concurrent writers
 * of one file (two runs filling a shared cache, say) do not write into each other's, and it is
 * created as any new file is, so the umask sets its mode (not the 0600 of
 * {@link Files#createTempFile}). It is deleted when writing fails.
 */
public final class AtomicFiles {

    /** What writes the file's bytes. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content to {@code out} (closed afterwards by {@link AtomicFiles}). */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8 to {@code file}, atomically. */
    public static void writeString(Path file, String text) throws IOException {
        write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes what {@code content} writes to {@code file}, atomically; the folder must exist. */
    public static void write(Path file, Content content) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
