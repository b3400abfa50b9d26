package org.feedgym.env.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * The read loop every reader shares: hashes the file while it is parsed, strips a UTF-8 BOM,
 * decodes strict UTF-8, ends records at {@code \n} only ({@link LfOnlyReader}), checks the
 * header for required columns and the width of every row, and counts skipped rows and quirks.
 */
final class CsvTable {

    /** An insertion-ordered counter. */
    static final class Counter {
        private final Map<String, Long> counts = new LinkedHashMap<>();

        void add(String key) {
            counts.merge(key, 1L, Long::sum);
        }

        void add(String key, long n) {
            if (n > 0) {
                counts.merge(key, n, Long::sum);
            }
        }

        Map<String, Long> map() {
            return counts;
        }
    }

    /** Handles one row; throws {@link Row.Skip} (through the row's getters) to skip it. */
    @FunctionalInterface
    interface RowHandler {
        void accept(Row row) throws DataFormatException;
    }

    /**
     * How a file is laid out.
     *
     * @param delimiter  field separator
     * @param quoted     whether {@code "} quotes fields (RFC 4180)
     * @param requireRows whether a file with a header but no data rows is an error
     */
    record Layout(char delimiter, boolean quoted, boolean requireRows) {
        static final Layout CSV = new Layout(',', true, true);
        static final Layout TSV = new Layout('\t', false, true);

        Layout allowingNoRows() {
            return new Layout(delimiter, quoted, false);
        }
    }

    private CsvTable() {
    }

    /**
     * Reads one file.
     *
     * @param path     the file
     * @param layout   separator, quoting, whether rows are required
     * @param required columns the header must have
     * @param options  strict or lenient
     * @param handler  called once per row of the right width
     * @return what was read, skipped and noticed
     */
    static FileReport read(Path path, Layout layout, List<String> required, ReadOptions options,
                           RowHandler handler) throws IOException {
        // Messages name the file as the caller resolved it (absolute for a configured path), so that
        // with several copies of a dataset the one read is known.
        String name = path.toString();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        Counter skipped = new Counter();
        Map<String, Long> firstSkipped = new LinkedHashMap<>();
        Counter notes = new Counter();
        long rows = 0;
        long kept = 0;
        long size;
        if (Files.isDirectory(path)) {
            throw new DataFormatException(path.toString(), 0, null, "is a directory, expected a data file");
        }
        try {
            size = Files.size(path);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(path.toString(), 0, null, "file does not exist");
        }
        if (size == 0) {
            throw new DataFormatException(name, 0, null, "the file is empty; expected a header row");
        }
        try (InputStream raw = Files.newInputStream(path);
             DigestInputStream digest = new DigestInputStream(raw, sha);
             BOMInputStream bom = BOMInputStream.builder().setInputStream(digest).get()) {
            if (bom.hasBOM()) {
                notes.add("UTF-8 byte-order mark");
            }
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            LfOnlyReader text = new LfOnlyReader(new InputStreamReader(bom, decoder));
            CSVFormat.Builder format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(layout.delimiter())
                    .setIgnoreEmptyLines(true)
                    .setIgnoreSurroundingSpaces(false)
                    .setTrim(false);
            if (!layout.quoted()) {
                format.setQuote(null);
            }
            long line = 0;
            try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(format.get()).get()) {
                Iterator<CSVRecord> it = parser.iterator();
                if (!it.hasNext()) {
                    throw new DataFormatException(name, 0, null, "the file is empty; expected a header row");
                }
                CSVRecord header = it.next();
                Map<String, Integer> columns = new HashMap<>();
                List<String> names = new ArrayList<>(header.size());
                for (int i = 0; i < header.size(); i++) {
                    String col = headerName(header.get(i), notes);
                    names.add(col);
                    if (columns.putIfAbsent(col, i) != null) {
                        throw new DataFormatException(name, 1, col, "duplicate column name in the header");
                    }
                }
                for (String col : required) {
                    if (!columns.containsKey(col)) {
                        List<String> shown = names.stream().map(DataFormatException::printable).toList();
                        throw new DataFormatException(name, 1, col, "required column is missing from the header "
                                + shown);
                    }
                }
                Row row = new Row(name, columns, notes);
                int width = header.size();
                line = parser.getCurrentLineNumber();
                while (true) {
                    long start = line + 1;
                    CSVRecord r;
                    try {
                        if (!it.hasNext()) {
                            break;
                        }
                        r = it.next();
                    } catch (UncheckedIOException e) {
                        if (e.getCause() instanceof CharacterCodingException) {
                            throw notUtf8(path, name);
                        }
                        throw asFormatError(name, start, e.getCause());
                    } catch (IllegalStateException e) {
                        // Commons CSV reports an unterminated quoted field this way.
                        throw new DataFormatException(name, start, null, "cannot parse the row: " + e.getMessage());
                    }
                    line = parser.getCurrentLineNumber();
                    rows++;
                    try {
                        if (r.size() != width) {
                            throw new Row.Skip("row has " + r.size() + " fields, header has " + width, null);
                        }
                        row.reset(r, start);
                        handler.accept(row);
                        kept++;
                    } catch (Row.Skip s) {
                        if (options.strict()) {
                            throw new DataFormatException(name, start, s.column, s.reason + " (strict mode)");
                        }
                        skipped.add(s.reason);
                        firstSkipped.putIfAbsent(s.reason, start);
                    }
                }
                // Drain what the parser did not consume so that the hash covers the whole file.
                byte[] rest = new byte[8192];
                while (digest.read(rest) >= 0) {
                    // hashing only
                }
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw notUtf8(path, name);
                }
                throw asFormatError(name, line + 1, e.getCause());
            } catch (CharacterCodingException e) {
                throw notUtf8(path, name);
            }
            if (rows == 0 && layout.requireRows()) {
                throw new DataFormatException(name, 0, null, "the file has a header but no data rows");
            }
            notes.add("CRLF line endings", text.crlfCount());
            notes.add("bare CR inside a field (not a line break)", text.bareCrCount());
        }
        InputFile file = new InputFile(path.toAbsolutePath().normalize().toString(), size,
                HexFormat.of().formatHex(sha.digest()));
        return new FileReport(file, rows, kept, skipped.map(), notes.map(), firstSkipped);
    }

    /**
     * A header name with its bare CRs restored and trailing CRs removed (a stray CR before the
     * CRLF, as in CR CR LF files, is noted): data values lose it when they are stripped, so a
     * header name must too, or the column would look missing.
     */
    private static String headerName(String raw, Counter notes) {
        String v = raw.replace(LfOnlyReader.BARE_CR, '\r');
        int end = v.length();
        while (end > 0 && v.charAt(end - 1) == '\r') {
            end--;
        }
        if (end < v.length()) {
            notes.add("stray CR at the end of the header");
            return v.substring(0, end);
        }
        return v;
    }

    /**
     * The decoder reads ahead, so the line where decoding failed is not the line of the bad
     * bytes: find it again (on this error path only) by decoding the file from the start.
     */
    private static DataFormatException notUtf8(Path path, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                break;
            }
            if (r.isUnderflow()) {
                return new DataFormatException(name, 0, null, "not UTF-8 text");
            }
            out.clear();
        }
        int offset = in.position();
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return new DataFormatException(name, line, null, "not UTF-8 text: invalid byte 0x"
                + String.format("%02x", bytes[offset] & 0xff) + " at byte offset " + offset);
    }

    /**
     * A row the CSV parser gave up on. Commons CSV names the physical line where it stopped
     * ({@code "... at line: 12, position: 462"}), which for a quoted field spanning lines is not
     * the line the row starts on: the message says both, in words.
     */
    private static DataFormatException asFormatError(String name, long line, IOException cause) {
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("(.*?)\\s*at line: (\\d+), position: (\\d+)")
                .matcher(message);
        if (at.find()) {
            return new DataFormatException(name, line, null, "cannot parse the row that starts here: "
                    + at.group(1).strip().toLowerCase(java.util.Locale.ROOT) + " (the parser stopped at line "
                    + at.group(2) + ", character " + at.group(3) + "; is a quoted field left open?)");
        }
        return new DataFormatException(name, line, null, "cannot parse: " + message);
    }
}
