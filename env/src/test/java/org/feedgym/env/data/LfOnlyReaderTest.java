package org.feedgym.env.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LfOnlyReaderTest {

    private static String readAll(String input, int chunk) throws IOException {
        LfOnlyReader r = new LfOnlyReader(new StringReader(input));
        StringBuilder b = new StringBuilder();
        char[] buf = new char[chunk];
        int n;
        while ((n = r.read(buf, 0, chunk)) >= 0) {
            b.append(buf, 0, n);
        }
        return b.toString();
    }

    @Test
    void crlfPassesThroughAndABareCrIsMarked() throws IOException {
        assertEquals("a\r\nb" + LfOnlyReader.BARE_CR + "c\n" + LfOnlyReader.BARE_CR, readAll("a\r\nb\rc\n\r", 3));
    }

    @Test
    void aCrOnTheInternalBufferBoundaryIsJudgedByItsSuccessor() throws IOException {
        // The reader buffers 8192 characters: put a CRLF and a bare CR across that boundary.
        String head = "x".repeat(8191);
        assertEquals(head + "\r\ny", readAll(head + "\r\ny", 8192));
        assertEquals(head + LfOnlyReader.BARE_CR + "y", readAll(head + "\ry", 5000));
        assertEquals(head + "z" + LfOnlyReader.BARE_CR, readAll(head + "z\r", 8192));
    }
}
