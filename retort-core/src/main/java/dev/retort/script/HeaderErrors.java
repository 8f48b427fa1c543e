package dev.retort.script;

import dev.retort.RetortException;
import java.nio.file.Path;

/** Errors in a revision file's header, in the {@code file:line: message} form of compilers. */
final class HeaderErrors {
    private HeaderErrors() {
    }

    static RetortException at(Path file, int line, String message) {
        return new RetortException(file + ":" + line + ": " + message);
    }

    /** Fails unless {@code id} is a valid revision id. */
    static String checkId(Path file, int line, String id) {
        RevisionIds.problem(id).ifPresent(p -> {
            throw at(file, line, p);
        });
        return id;
    }
}
