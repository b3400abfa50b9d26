package org.feedgym.simulator.sweep;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.feedgym.simulator.output.StagedDirectory;

/**
 * The files of one finished trial, carried from the JVM that ran it to the one that commits it:
 * relative path (with {@code /}) → bytes. A record is immutable; {@link #file(String)} returns a
 * copy.
 */
public final class TrialRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final TreeMap<String, byte[]> files;

    /**
     * @param id    the trial's id, a plain file name
     * @param files relative path → contents; paths are relative, without {@code .} or {@code ..}
     *              segments, and include {@code summary.json}
     */
    public TrialRecord(String id, SortedMap<String, byte[]> files) {
        if (id == null || !id.matches("[A-Za-z0-9_.-]+") || id.startsWith(".")) {
            throw new IllegalArgumentException("id must be a plain file name, got '" + id + "'");
        }
        TreeMap<String, byte[]> copy = new TreeMap<>();
        for (var e : files.entrySet()) {
            String name = e.getKey();
            if (name.isEmpty() || name.startsWith("/") || List.of(name.split("/")).stream()
                    .anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
                throw new IllegalArgumentException("file name must be a relative path without . or .. segments, got '"
                        + name + "'");
            }
            copy.put(name, e.getValue().clone());
        }
        if (!copy.containsKey("summary.json")) {
            throw new IllegalArgumentException("a trial record must hold summary.json; it holds " + copy.keySet());
        }
        this.id = id;
        this.files = copy;
    }

    /** Reads the regular files under a finished trial directory. */
    public static TrialRecord read(String id, Path dir) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"),
                        Files.readAllBytes(p));
            }
        }
        return new TrialRecord(id, files);
    }

    /** The trial's id. */
    public String id() {
        return id;
    }

    /** Relative paths of the files, sorted. */
    public Set<String> names() {
        return Collections.unmodifiableSet(files.keySet());
    }

    /** A copy of a file's contents. */
    public byte[] file(String name) {
        byte[] b = files.get(name);
        if (b == null) {
            throw new IllegalArgumentException("no file '" + name + "' in trial " + id + "; files: " + files.keySet());
        }
        return b.clone();
    }

    /** Total size of the files in bytes. */
    public long bytes() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }

    /**
     * Writes the trial as {@code trialsDir/<id>}, staged and renamed into place, unless a finished
     * trial (one with {@code summary.json}) is already there: a trial is counted once, whichever
     * attempt's record arrives first.
     *
     * @return {@code true} when this call wrote the directory, {@code false} when it was already there
     * @throws IOException when the directory exists with other content, or cannot be written
     */
    public boolean commitTo(Path trialsDir) throws IOException {
        Path target = trialsDir.resolve(id);
        if (Files.isRegularFile(target.resolve("summary.json"))) {
            return false;
        }
        try (StagedDirectory dir = StagedDirectory.create(target)) {
            for (var e : files.entrySet()) {
                Path f = dir.path().resolve(e.getKey());
                Files.createDirectories(f.getParent());
                Files.write(f, e.getValue());
            }
            dir.commit();
        }
        return true;
    }
}
