package dev.retort.runtime.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum of a revision file as the log table records it: SHA-256 of the content with CRLF
 * read as LF (so a checkout on Windows has the same checksum), written {@code sha256:<hex>}.
 */
public final class Checksums {
    /** What a checksum value starts with: the algorithm's name. */
    public static final String PREFIX = "sha256:";

    private Checksums() {
    }

    /** {@code sha256:<64 hex digits>} of {@code content} with line endings normalized. */
    public static String of(byte[] content) {
        return PREFIX + hex(content);
    }

    /** The 64 hex digits of the SHA-256 of {@code content} with CRLF read as LF. */
    static String hex(byte[] content) {
        MessageDigest digest = sha256();
        int from = 0;
        for (int i = 0; i + 1 < content.length; i++) {
            if (content[i] == '\r' && content[i + 1] == '\n') {
                digest.update(content, from, i - from);
                from = i + 1;
            }
        }
        digest.update(content, from, content.length - from);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
