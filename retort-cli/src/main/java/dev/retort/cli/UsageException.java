package dev.retort.cli;

/** A command line retort cannot parse: exit code 2, a one-line message and a hint where to look. */
final class UsageException extends Exception {
    private final String command;

    /** @param command the command whose help would explain, or null for the command list */
    UsageException(String message, String command) {
        super(message);
        this.command = command;
    }

    /** The command the command line named, or null. */
    String command() {
        return command;
    }

    /** What to run for help: {@code retort heads --help} or {@code retort --help}. */
    String hint() {
        return "Run 'retort " + (command == null ? "" : command + " ") + "--help' for usage.";
    }
}
