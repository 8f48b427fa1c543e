package dev.retort.runtime.load;

import dev.retort.RetortException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Java revisions that do not compile; nothing was run. */
public class CompileException extends RetortException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final List<String> errors;

    /**
     * @param file   the file of the first error, or null
     * @param line   its line, or 0
     * @param errors every error as {@code file:line: message}
     */
    CompileException(String message, String file, int line, List<String> errors) {
        super(message);
        this.file = file;
        this.line = line;
        this.errors = List.copyOf(errors);
    }

    @Override
    public String kind() {
        return "compile";
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", file);
        details.put("line", line > 0 ? line : null);
        details.put("errors", errors);
        return details;
    }
}
