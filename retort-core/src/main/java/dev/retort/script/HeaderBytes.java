package dev.retort.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The beginning of a file as bytes, read from its stream only as far as a parser asks. Header
 * syntax is ASCII, and UTF-8 never puts an ASCII byte inside a multi-byte character, so parsers
 * scan bytes and decode only the ranges they keep. Not thread-safe; one per file.
 */
final class HeaderBytes {
    private static final int CHUNK = 4096;

    private final InputStream in;
    private byte[] buf;
    private int len;
    private boolean eof;

    private HeaderBytes(InputStream in, byte[] buf, int len, boolean eof) {
        this.in = in;
        this.buf = buf;
        this.len = len;
        this.eof = eof;
    }

    /** One reusable first chunk per thread: 10,000 files need not allocate 40 MB. */
    private static final ThreadLocal<byte[]> FIRST_CHUNK = ThreadLocal.withInitial(() -> new byte[CHUNK]);

    /**
     * Bytes pulled lazily from {@code in}; the caller closes it. Uses this thread's reusable
     * buffer: the result must be done with before the thread reads the next file.
     */
    static HeaderBytes of(InputStream in) {
        return new HeaderBytes(in, FIRST_CHUNK.get(), 0, false);
    }

    /** Bytes already in memory. */
    static HeaderBytes of(byte[] bytes) {
        return new HeaderBytes(null, bytes, bytes.length, true);
    }

    /** The unsigned byte at {@code i}, or -1 past the end of the file. */
    int at(int i) {
        if (i < len) {
            return buf[i] & 0xff;
        }
        return fill(i);
    }

    private int fill(int i) {
        try {
            while (i >= len && !eof) {
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    eof = true;
                } else {
                    len += n;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return i < len ? buf[i] & 0xff : -1;
    }

    /** The first position at or after {@code from} holding byte {@code target}, or -1. */
    int indexOf(int target, int from) {
        int i = from;
        while (true) {
            if (i >= len && fill(i) == -1) {
                return -1;
            }
            byte[] bytes = buf;
            int end = len;
            for (; i < end; i++) {
                if (bytes[i] == target) {
                    return i;
                }
            }
        }
    }

    /** The first position at or after {@code from} that is not a space, tab, CR, LF or FF. */
    int skipWhitespace(int from) {
        int i = from;
        while (true) {
            if (i >= len && fill(i) == -1) {
                return i;
            }
            byte[] bytes = buf;
            int end = len;
            for (; i < end; i++) {
                byte c = bytes[i];
                if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') {
                    return i;
                }
            }
        }
    }

    /**
     * The end of the Java identifier characters starting at {@code from}: ASCII letters, digits,
     * {@code _}, {@code $}, and any non-ASCII byte (UTF-8 letters are taken on trust).
     */
    int identifierEnd(int from) {
        int i = from;
        while (true) {
            if (i >= len && fill(i) == -1) {
                return i;
            }
            byte[] bytes = buf;
            int end = len;
            for (; i < end; i++) {
                int c = bytes[i];
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == '_' || c == '$' || c < 0)) {
                    return i;
                }
            }
        }
    }

    /** The first position at or after {@code from} holding {@code "}, a backslash or LF, or -1. */
    int stringEnd(int from) {
        int i = from;
        while (true) {
            if (i >= len && fill(i) == -1) {
                return -1;
            }
            byte[] bytes = buf;
            int end = len;
            for (; i < end; i++) {
                byte c = bytes[i];
                if (c == '"' || c == '\\' || c == '\n') {
                    return i;
                }
            }
        }
    }

    /** The number of newlines in {@code [from, to)}, which must have been read already. */
    int newlines(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The UTF-8 text of bytes {@code [from, to)}, which must have been read already. */
    String text(int from, int to) {
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    /** Whether bytes {@code [at, at + ascii.length())} equal the ASCII string {@code ascii}. */
    boolean startsWith(int at, String ascii) {
        for (int k = 0; k < ascii.length(); k++) {
            if (at(at + k) != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Position after a UTF-8 byte order mark at the start, or 0. */
    int skipBom() {
        return at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF ? 3 : 0;
    }
}
