package dev.retort.migration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a revision class and states its place in the graph. retort reads this annotation as text
 * for graph commands (nothing is compiled for them); it is retained at run time for classpath
 * mode. {@code down = ""} marks a root; several ids make a merge.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    /** The revision id. */
    String id();

    /** The revisions this one revises; {@code ""} for a root. */
    String[] down();

    /** Branch labels declared here. */
    String[] branchLabels() default {};

    /** Revisions or labels this one depends on. */
    String[] dependsOn() default {};

    /** False to run outside the run's transaction (e.g. for CREATE INDEX CONCURRENTLY). */
    boolean transactional() default true;

    /**
     * True when the revision cannot be undone: {@code history -v} marks it and {@code downgrade}
     * across it refuses unless forced ({@code downgrade --force}, which then runs whatever
     * {@code downgrade} does).
     */
    boolean irreversible() default false;
}
