package dev.retort.verify;

import dev.retort.Retort;
import dev.retort.command.VerifyCommand;
import dev.retort.command.VerifyCommand.Check;
import dev.retort.runtime.Progress;
import java.util.EnumSet;
import java.util.Set;

/**
 * The checks of {@code retort verify} for a project's own tests (JUnit 5, TestNG, anything that
 * reports an {@link AssertionError} as a failure; retort needs no test framework for it):
 * <pre>{@code
 * @Test
 * void migrationsAreSound() {
 *     RetortVerifier.of(Retort.configure().url(throwawayDatabaseUrl).load()).assertAll();
 * }
 * }</pre>
 * Each method that migrates needs an empty database and, when it passes, leaves the database at
 * base, so several may run one after the other on one database. A failure's message lists every
 * problem with the same words as {@code retort verify}, e.g.
 * {@code downgrade of 1a2b3c leaves table account (expected absent)}.
 */
public final class RetortVerifier {
    private final Retort retort;

    private RetortVerifier(Retort retort) {
        this.retort = retort;
    }

    /** A verifier of {@code retort}'s project on its database. */
    public static RetortVerifier of(Retort retort) {
        return new RetortVerifier(retort);
    }

    /** Every check, as {@code retort verify} runs them. */
    public void assertAll() {
        check(EnumSet.allOf(Check.class));
    }

    /** The revision graph has exactly one head (two heads are usually an unnoticed merge conflict). */
    public void assertSingleHead() {
        check(EnumSet.of(Check.SINGLE_HEAD));
    }

    /** From an empty database to head, one revision at a time, every upgrade succeeds. */
    public void assertUpgrade() {
        check(EnumSet.of(Check.UPGRADE));
    }

    /**
     * For every revision: its downgrade leaves the schema as before its upgrade, and upgrade,
     * downgrade, upgrade leaves the same schema as one upgrade.
     */
    public void assertUpDownUp() {
        check(EnumSet.of(Check.UP_DOWN_UP));
    }

    /** From head, a downgrade to base leaves nothing but the version tables. */
    public void assertDowngradeToBaseIsClean() {
        check(EnumSet.of(Check.DOWNGRADE_TO_BASE));
    }

    private void check(Set<Check> checks) {
        VerifyCommand.Result result = VerifyCommand.run(retort.project(), checks, Progress.NONE);
        if (!result.passed()) {
            throw new AssertionError(result.summary() + ":\n  " + String.join("\n  ", result.failures()));
        }
    }
}
