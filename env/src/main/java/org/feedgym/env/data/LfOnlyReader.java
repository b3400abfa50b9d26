package org.feedgym.env.data;

import java.io.IOException;
import java.io.Reader;

/**
 * Makes {@code \n} the only record terminator: a CR directly before an LF is passed through (so
 * CRLF files read as usual), while a bare CR is replaced by {@link #BARE_CR}, a private-use
 * character that {@link Row} turns back into {@code \r} inside field values.
 *
 * <p>Why: the KuaiRec caption table has bare CRs inside <em>unquoted</em> fields; a parser that
 * ends records at a bare CR (Commons CSV, Python's csv, {@code BufferedReader.readLine}) splits
 * those rows into malformed halves. See {@code shared/data/kuairec/SOURCE.md}.
 */
final class LfOnlyReader extends Reader {

    /** Stands in for a bare CR while parsing. */
    static final char BARE_CR = '\uE00D';

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int pos;
    private int limit;
    private boolean eof;
    private long crlf;
    private long bareCr;

    LfOnlyReader(Reader in) {
        this.in = in;
    }

    /** Makes at least {@code need} characters available unless the input ends first. */
    private void fill(int need) throws IOException {
        if (limit - pos >= need || eof) {
            return;
        }
        System.arraycopy(buffer, pos, buffer, 0, limit - pos);
        limit -= pos;
        pos = 0;
        while (limit < need && !eof) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        // Two characters are needed to decide what a CR is.
        fill(2);
        if (pos >= limit) {
            return -1;
        }
        int n = 0;
        while (n < len && pos < limit) {
            char c = buffer[pos];
            if (c == '\r') {
                if (pos + 1 >= limit) {
                    if (!eof) {
                        break;
                    }
                    bareCr++;
                    c = BARE_CR;
                } else if (buffer[pos + 1] == '\n') {
                    crlf++;
                } else {
                    bareCr++;
                    c = BARE_CR;
                }
            }
            buf[off + n++] = c;
            pos++;
        }
        if (n == 0) {
            // A lone CR at the end of the buffer: fetch its successor and decide.
            fill(2);
            return read(buf, off, len);
        }
        return n;
    }

    /** CRLF pairs seen so far. */
    long crlfCount() {
        return crlf;
    }

    /** Bare CRs seen so far. */
    long bareCrCount() {
        return bareCr;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
