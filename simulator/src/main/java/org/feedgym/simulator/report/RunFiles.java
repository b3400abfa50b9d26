package org.feedgym.simulator.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.feedgym.simulator.metrics.Summary;
import org.feedgym.simulator.output.Manifest;
import org.feedgym.simulator.sweep.SweepSummary;

/** Reads the files of a run directory, turning every failure into a one-line {@link ReportException}. */
final class RunFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RunFiles() {
    }

    /** Checks that {@code dir} exists and is a directory. */
    static void requireDirectory(Path dir) throws ReportException {
        if (!Files.exists(dir)) {
            throw new ReportException(dir, "does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new ReportException(dir, "is not a directory");
        }
    }

    /** A JSON file that must exist and parse as an object. */
    static JsonNode json(Path file) throws ReportException {
        if (!Files.isRegularFile(file)) {
            throw new ReportException(file.getParent(), "not a FeedGym run directory (no " + file.getFileName() + ")");
        }
        try {
            JsonNode node = MAPPER.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new ReportException(file, "is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new ReportException(file, "cannot be read: " + firstLine(e.getMessage()));
        }
    }

    /** {@code summary.json} of a single run, read into its record. */
    static Summary summary(Path file) throws ReportException {
        requireFile(file);
        try {
            return Summary.read(file);
        } catch (Summary.NotARunSummary e) {
            throw new ReportException(file, e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            throw new ReportException(file, "cannot be read: " + firstLine(e.getMessage()));
        }
    }

    /** {@code summary.json} of a sweep, read into its record. */
    static SweepSummary sweepSummary(Path file) throws ReportException {
        requireFile(file);
        try {
            return SweepSummary.read(file);
        } catch (IOException | IllegalArgumentException e) {
            throw new ReportException(file, "cannot be read: " + firstLine(e.getMessage()));
        }
    }

    private static void requireFile(Path file) throws ReportException {
        if (!Files.isRegularFile(file)) {
            throw new ReportException(file.getParent(), "not a FeedGym run directory (no " + file.getFileName() + ")");
        }
    }

    /** {@code manifest.json}, read into its record; null when the file is absent. */
    static Manifest manifest(Path file) throws ReportException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Manifest.read(file);
        } catch (IOException | IllegalArgumentException e) {
            throw new ReportException(file, "cannot be read: " + firstLine(e.getMessage()));
        }
    }

    /** The records of a CSV file with a header row, or an empty list when the file is absent. */
    static List<CSVRecord> csv(Path file, String... requiredColumns) throws ReportException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(r, format)) {
            for (String column : requiredColumns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new ReportException(file, "has no column '" + column + "'");
                }
            }
            return new ArrayList<>(parser.getRecords());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ReportException(file, "cannot be read: " + firstLine(e.getMessage()));
        }
    }

    /** As {@link #number}, NaN when the file has no such column (written by an earlier version). */
    static double optionalNumber(CSVRecord record, String column, Path file) throws ReportException {
        return record.isMapped(column) ? number(record, column, file) : Double.NaN;
    }

    /** A numeric cell: NaN when empty (the CSV writers leave NaN and infinity empty). */
    static double number(CSVRecord record, String column, Path file) throws ReportException {
        String text = record.get(column);
        if (text == null || text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ReportException(file, "line " + record.getRecordNumber() + ", column " + column
                    + ": not a number: '" + text + "'");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
