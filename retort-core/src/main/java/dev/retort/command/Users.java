package dev.retort.command;

/** Who runs retort, for the log table. */
final class Users {
    private Users() {
    }

    static String current() {
        String user = System.getProperty("user.name", "unknown");
        String host = System.getenv().getOrDefault("HOSTNAME", "");
        return host.isEmpty() ? user : user + "@" + host;
    }
}
