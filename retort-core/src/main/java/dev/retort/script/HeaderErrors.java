package dev.retort.script;

import java.nio.file.Path;

/** Errors in a revision file's header, in the {@code file:line: message} form of compilers. */
final class HeaderErrors {
    private HeaderErrors() {
    }

    static RevisionException at(Path file, int line, String message) {
        return new RevisionException.InFile(file, line, message);
    }

    /** Fails unless {@code id} is a valid revision id. */
    static String checkId(Path file, int line, String id) {
        RevisionIds.problem(id).ifPresent(p -> {
            throw at(file, line, p);
        });
        return id;
    }
}
