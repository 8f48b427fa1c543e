package dev.retort.config;

import java.io.IOException;
import java.io.Reader;

/**
 * Counts the lines of the characters read through it, so that a parser which reports no
 * position can still be placed: {@link #line()} is the 1-based line of the last character
 * handed out. A newline belongs to the line it ends.
 */
final class LineCountingReader extends Reader {
    private final Reader in;
    private int nextLine = 1;
    private int line = 1;

    LineCountingReader(Reader in) {
        this.in = in;
    }

    /** The line of the last character read, 1 before any. */
    int line() {
        return line;
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        if (c >= 0) {
            consumed((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            consumed(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void consumed(char c) {
        line = nextLine;
        if (c == '\n') {
            nextLine++;
        }
    }
}
