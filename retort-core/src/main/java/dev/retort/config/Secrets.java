package dev.retort.config;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.retort.RetortException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The passwords a run knows about, and the masking of them: {@link #mask} replaces each one, raw
 * and in its percent-encoded forms, with {@code ***}, and also masks anything that looks like a
 * credential in a URL ({@code ://user:pw@}, {@code password=pw}). The CLI passes everything it
 * writes through {@code mask}, so that not even a driver's message can leak a password. Immutable.
 *
 * <p>A password is masked where it stands as a token: not where it is only part of a longer word
 * (password {@code postgres} in {@code postgresql://}, or {@code p} in {@code upgrade}), which
 * would garble output, {@code --sql} scripts included, without hiding anything.
 */
public final class Secrets {
    private static final Secrets NONE = new Secrets(List.of());
    /** Keys whose value is a secret contain one of these, in any case. */
    private static final List<String> SECRET_NAME_PARTS = List.of("password", "passwd", "pwd", "secret", "token");

    private final List<String> values;

    private Secrets(Collection<String> values) {
        if (values.isEmpty()) {
            this.values = List.of();
            return;
        }
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(values));
        sorted.removeIf(String::isEmpty);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.values = List.copyOf(sorted);
    }

    /** No known password; {@link #mask} still masks URL credentials it can spot. */
    public static Secrets none() {
        return NONE;
    }

    /** These passwords, each also in its percent-encoded, form-encoded and JSON-escaped forms. */
    public static Secrets of(Collection<String> passwords) {
        Set<String> all = new LinkedHashSet<>();
        for (String password : passwords) {
            if (password != null && !password.isEmpty()) {
                all.add(password);
                all.add(PercentCodec.encodeAll(password, true));
                all.add(PercentCodec.encodeAll(password, false));
                all.add(URLEncoder.encode(password, StandardCharsets.UTF_8));
                // as it stands inside a JSON string (--format json): a quote or backslash escaped
                all.add(new String(JsonStringEncoder.getInstance().quoteAsString(password)));
            }
        }
        return all.isEmpty() ? NONE : new Secrets(all);
    }

    /** Like {@link #of(Collection)}. */
    public static Secrets of(String... passwords) {
        return of(java.util.Arrays.asList(passwords));
    }

    /** The passwords written in URL-like text, as written and decoded. */
    public static Secrets foundIn(String text) {
        if (text == null) {
            return NONE;
        }
        List<String> passwords = new ArrayList<>();
        for (CredentialFinder.Found found : CredentialFinder.find(text)) {
            passwords.add(found.rawIn(text));
            passwords.add(found.decodedIn(text));
        }
        return of(passwords);
    }

    /**
     * The passwords of a database URL: exactly as {@link DatabaseUrl} reads them when the URL
     * parses, else whatever {@link #foundIn(String)} spots.
     */
    public static Secrets inUrl(String url) {
        if (url == null) {
            return NONE;
        }
        try {
            return DatabaseUrl.parse(url, Path.of("")).secrets();
        } catch (RetortException notAUrl) {
            return foundIn(url);
        }
    }

    /**
     * The secrets in {@code -x} arguments: values of keys that name a secret ({@code password},
     * {@code db_token}, ...) and credentials in any value that is a URL.
     */
    public static Secrets inArguments(Map<String, String> arguments) {
        Secrets secrets = NONE;
        for (Map.Entry<String, String> argument : arguments.entrySet()) {
            if (namesASecret(argument.getKey())) {
                secrets = secrets.and(of(argument.getValue()));
            }
            secrets = secrets.and(inUrl(argument.getValue()));
        }
        return secrets;
    }

    private static boolean namesASecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        for (String part : SECRET_NAME_PARTS) {
            if (lower.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** These secrets and the other's. */
    public Secrets and(Secrets other) {
        if (other.values.isEmpty()) {
            return this;
        }
        if (values.isEmpty()) {
            return other;
        }
        List<String> union = new ArrayList<>(values);
        union.addAll(other.values);
        return new Secrets(union);
    }

    /** True when no password is known. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The text with every known password and every spotted URL credential shown as {@code ***}. */
    public String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String value : values) {
            masked = maskToken(masked, value);
        }
        return CredentialFinder.maskAll(masked);
    }

    /** {@code text} with each occurrence of {@code value} that is not inside a longer word masked. */
    static String maskToken(String text, String value) {
        int at = text.indexOf(value);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (at >= 0) {
            int end = at + value.length();
            boolean joinedBefore = at > 0 && isWordChar(text.charAt(at - 1)) && isWordChar(value.charAt(0));
            boolean joinedAfter = end < text.length() && isWordChar(text.charAt(end))
                    && isWordChar(value.charAt(value.length() - 1));
            if (joinedBefore || joinedAfter) {
                out.append(text, from, at + 1);
                from = at + 1;
            } else {
                out.append(text, from, at).append(CredentialFinder.MASK);
                from = end;
            }
            at = text.indexOf(value, from);
        }
        return out.append(text, from, text.length()).toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Never the values themselves. */
    @Override
    public String toString() {
        return "Secrets[" + values.size() + " forms]";
    }
}
