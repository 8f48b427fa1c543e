package dev.retort.config;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Percent-decoding and -encoding of URL parts (RFC 3986), UTF-8. Decoding reports failure as an
 * empty result rather than an exception carrying the text, so that a malformed password is never
 * echoed in a message.
 */
final class PercentCodec {
    private static final String UNRESERVED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private PercentCodec() {
    }

    /** Decodes {@code %XX} escapes; with {@code plusIsSpace} also {@code +} (query strings). */
    static Optional<String> decode(String text, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    utf8 = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(utf8);
            }
        }
        return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }

    /** Escapes every character outside RFC 3986's unreserved set, with upper- or lower-case hex. */
    static String encodeAll(String text, boolean upperCaseHex) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (b >= 0 && UNRESERVED.indexOf(c) >= 0) {
                out.append(c);
            } else {
                String hex = String.format("%%%02X", b & 0xff);
                out.append(upperCaseHex ? hex : hex.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out.toString();
    }
}
