package dev.retort.command;

import dev.retort.RetortException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An upgrade or downgrade refused before it ran anything: applied revisions whose files were
 * edited or are gone ({@value #CHECKSUM}), or a downgrade across irreversible revisions
 * ({@value #IRREVERSIBLE}).
 */
public class MigrationRefusedException extends RetortException {
    private static final long serialVersionUID = 1L;
    /** Applied revision files edited or removed since they ran (see {@code retort validate}). */
    public static final String CHECKSUM = "checksum";
    /** A downgrade across revisions that have no downgrade. */
    public static final String IRREVERSIBLE = "irreversible";

    private final String kind;
    private final List<String> revisions;

    MigrationRefusedException(String kind, String message, List<String> revisions) {
        super(message);
        this.kind = kind;
        this.revisions = List.copyOf(revisions);
    }

    @Override
    public String kind() {
        return kind;
    }

    /** The revisions the refusal names. */
    public List<String> revisions() {
        return revisions;
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("revisions", revisions);
        return details;
    }
}
