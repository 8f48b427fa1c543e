package dev.retort.jpa;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate quiet on stderr while it boots the metamodel: its INFO lines (version, dialect)
 * and the warning about a dialect without a database version (there is no connection, by design)
 * say nothing to a retort user. Errors still show.
 */
final class HibernateLogging {
    /** Held so that the configured level is not lost when the logger is garbage-collected. */
    private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");

    private HibernateLogging() {
    }

    /**
     * Routes JBoss Logging to java.util.logging, unless the application chose a provider with
     * {@code org.jboss.logging.provider}, and shows only Hibernate's SEVERE messages there.
     */
    static void quiet() {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
        HIBERNATE.setLevel(Level.SEVERE);
    }
}
