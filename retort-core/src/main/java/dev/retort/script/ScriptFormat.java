package dev.retort.script;

import dev.retort.RetortException;

/** The two kinds of revision file. */
public enum ScriptFormat {
    JAVA("java"),
    SQL("sql");

    private final String extension;

    ScriptFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static ScriptFormat fromName(String name) {
        for (ScriptFormat f : values()) {
            if (f.extension.equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new RetortException("Unknown revision format '" + name + "'; use java or sql");
    }
}
