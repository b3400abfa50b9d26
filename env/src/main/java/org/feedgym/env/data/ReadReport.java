package org.feedgym.env.data;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a dataset reader did: one {@link FileReport} per file, in reading order. The
 * {@link #inputFiles()} list is what a run's manifest records.
 *
 * @param dataset the dataset id, e.g. {@code "tiktok-claims"}
 * @param files   one report per file read
 */
public record ReadReport(String dataset, List<FileReport> files) {

    public ReadReport {
        Objects.requireNonNull(dataset, "dataset");
        files = List.copyOf(files);
    }

    /** Path, size and SHA-256 of every file read, in reading order. */
    public List<InputFile> inputFiles() {
        return files.stream().map(FileReport::file).collect(Collectors.toUnmodifiableList());
    }

    /** Data rows read over all files. */
    public long rowsRead() {
        return files.stream().mapToLong(FileReport::rows).sum();
    }

    /** Rows kept over all files. */
    public long rowsKept() {
        return files.stream().mapToLong(FileReport::kept).sum();
    }

    /** Rows skipped over all files. */
    public long rowsSkipped() {
        return rowsRead() - rowsKept();
    }

    /** One line for logs: the dataset and each file's summary. */
    public String summary() {
        return dataset + ": " + files.stream().map(FileReport::summary).collect(Collectors.joining("; "));
    }
}
