package dev.retort.spring;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.command.MigrateCommand;
import dev.retort.runtime.ChecksumCheck;
import dev.retort.script.Revision;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs retort's start-up mode when the context creates this bean: before any bean that uses the
 * database (JPA's EntityManagerFactory, JdbcTemplate, ...; see {@link RetortStartupDetector}).
 * A failure is a {@link RetortException} that stops the context.
 */
public class RetortStartup implements InitializingBean {
    private static final Log LOG = LogFactory.getLog(RetortStartup.class);

    private final Retort retort;
    private final RetortProperties.Mode mode;
    private final String target;
    private MigrateCommand.Result result;

    public RetortStartup(Retort retort, RetortProperties.Mode mode, String target) {
        this.retort = retort;
        this.mode = mode;
        this.target = target;
    }

    /** The Retort the start-up ran with, for the application's own use (current(), history(), ...). */
    public Retort retort() {
        return retort;
    }

    /** What upgrade or initialize ran at start-up (no steps when the database was at the target); null for validate. */
    public MigrateCommand.Result result() {
        return result;
    }

    @Override
    public void afterPropertiesSet() {
        switch (mode) {
            case UPGRADE -> result = report(retort.upgrade(target));
            case INITIALIZE -> result = report(retort.initialize());
            case VALIDATE -> validate();
        }
    }

    private MigrateCommand.Result report(MigrateCommand.Result run) {
        if (run.steps().isEmpty()) {
            LOG.info("retort: the database is at " + String.join(", ", run.rowsAfter()) + "; nothing to run");
        } else {
            LOG.info("retort: ran " + run.steps().size() + " step(s); the database is at "
                    + String.join(", ", run.rowsAfter()));
        }
        return run;
    }

    /** The database must hold exactly the target's revisions, none of them edited since it ran. */
    private void validate() {
        List<ChecksumCheck.Problem> problems = retort.validate();
        if (!problems.isEmpty()) {
            throw new RetortException("retort.mode=validate: " + problems.stream().map(ChecksumCheck.Problem::text)
                    .collect(Collectors.joining("; ")) + ". Restore the revisions as they were applied, or accept"
                    + " the edits with 'retort validate --accept REV'");
        }
        Set<String> expected = ids(retort.project().map().getRevisions(target));
        Set<String> current = ids(retort.current());
        if (!current.equals(expected)) {
            throw new RetortException("retort.mode=validate: the database is at "
                    + (current.isEmpty() ? "base (no revision)" : String.join(", ", current)) + ", not at " + target
                    + " (" + String.join(", ", expected) + "); upgrade it (retort.mode=upgrade, or 'retort upgrade "
                    + target + "')");
        }
        LOG.info("retort: the database is at " + String.join(", ", current) + " with no edited revision");
    }

    private static Set<String> ids(List<Revision> revisions) {
        Set<String> ids = new TreeSet<>();
        for (Revision r : revisions) {
            if (r != null) {
                ids.add(r.id());
            }
        }
        return ids;
    }
}
