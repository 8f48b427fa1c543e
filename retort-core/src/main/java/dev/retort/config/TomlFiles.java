package dev.retort.config;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlVersion;

/** Reads a TOML file; a syntax error becomes {@code <file>:<line>: <message>}. */
final class TomlFiles {
    private TomlFiles() {
    }

    static TomlParseResult read(Path file) {
        TomlParseResult result;
        try {
            result = Toml.parse(file, TomlVersion.V1_0_0);
        } catch (IOException e) {
            throw new RetortException("Cannot read config file " + file + ": " + e.getMessage(), e);
        }
        if (result.hasErrors()) {
            TomlParseError first = result.errors().get(0);
            String line = first.position() == null ? "" : first.position().line() + ":";
            throw new RetortException(file + ":" + line + " " + CredentialFinder.maskAll(first.getMessage()));
        }
        return result;
    }

    static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }
}
