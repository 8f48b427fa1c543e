package dev.retort.runtime;

import dev.retort.RetortException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of an upgrade or downgrade failed: a statement the database refused, an operation the
 * dialect cannot render, or a Java revision's body that threw. Names the revision, the file and
 * line, and (for a statement) the statement and the database's message.
 */
public class MigrationFailedException extends RetortException {
    private static final long serialVersionUID = 1L;
    private final String revision;
    private final String direction;
    private final String file;
    private final int line;
    private final String statement;
    private final String databaseMessage;
    private final String sqlState;

    /**
     * @param direction       {@code upgrade} or {@code downgrade}
     * @param file            the revision file, or null when the revision has none (on the class path)
     * @param line            its line, or 0 when unknown
     * @param statement       the statement the database refused (whole), or null
     * @param databaseMessage the database's message (first line), or null
     * @param sqlState        the SQLSTATE, or null
     */
    public MigrationFailedException(String message, String revision, String direction, String file, int line,
                                    String statement, String databaseMessage, String sqlState, Throwable cause) {
        super(message, cause);
        this.revision = revision;
        this.direction = direction;
        this.file = file;
        this.line = line;
        this.statement = statement;
        this.databaseMessage = databaseMessage;
        this.sqlState = sqlState;
    }

    @Override
    public String kind() {
        return "migration";
    }

    public String revision() {
        return revision;
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("revision", revision);
        details.put("direction", direction);
        details.put("file", file);
        details.put("line", line > 0 ? line : null);
        details.put("statement", statement);
        details.put("database_message", databaseMessage);
        details.put("sql_state", sqlState);
        return details;
    }
}
