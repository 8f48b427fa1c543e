package dev.retort.runtime;

import dev.retort.RetortException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A connection to the database could not be opened: the server, the credentials or the URL. */
public class ConnectionException extends RetortException {
    private static final long serialVersionUID = 1L;
    private final String url;
    private final String databaseMessage;
    private final String sqlState;

    /**
     * @param url             the URL with its password masked
     * @param databaseMessage the driver's message, first line
     * @param sqlState        the driver's SQLSTATE, or null
     */
    public ConnectionException(String message, String url, String databaseMessage, String sqlState, Throwable cause) {
        super(message, cause);
        this.url = url;
        this.databaseMessage = databaseMessage;
        this.sqlState = sqlState;
    }

    @Override
    public String kind() {
        return "connection";
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("url", url);
        details.put("database_message", databaseMessage);
        details.put("sql_state", sqlState);
        return details;
    }
}
