package dev.retort.jpa;

/**
 * The entities cannot be read as a retort model: no entity found, a class that does not load, a
 * mapping Hibernate rejects, or a column type retort has no portable type for. The message says
 * which package, class, table or column.
 */
public class JpaModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JpaModelException(String message) {
        super(message);
    }

    public JpaModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
