package dev.retort.config;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Connection properties whose {@code toString} shows every password-like value as {@code ***}. */
final class SecretAwareProperties extends Properties {
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|pwd|secret|token).*");

    SecretAwareProperties(Properties source) {
        super();
        source.stringPropertyNames().forEach(name -> setProperty(name, source.getProperty(name)));
    }

    @Override
    public synchronized String toString() {
        Map<String, String> shown = new TreeMap<>();
        for (String name : stringPropertyNames()) {
            shown.put(name, SECRET_KEY.matcher(name).matches() ? CredentialFinder.MASK : getProperty(name));
        }
        return shown.toString();
    }

    @Override
    public synchronized boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public synchronized int hashCode() {
        return super.hashCode();
    }
}
