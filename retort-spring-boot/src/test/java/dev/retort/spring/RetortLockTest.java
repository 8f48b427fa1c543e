package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.LockHolder;
import dev.retort.runtime.Progress;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two application contexts starting at once on one PostgreSQL database: one migrates, the other
 * waits for the advisory lock (taken on a second connection from its own pool) and then finds
 * the database at head.
 */
class RetortLockTest {
    @TempDir
    Path dir;

    @Test
    void twoContextsAtOnceMigrateOnce() throws Exception {
        RetortAutoConfigurationTest.writeRevisions(dir);
        CountDownLatch someoneWaits = new CountDownLatch(1);
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        // whoever holds the lock holds it (in its first step) until the other says it waits for it
        Progress holdUntilTheOtherWaits = new Progress() {
            @Override
            public void started(String step) {
                try {
                    if (!someoneWaits.await(60, TimeUnit.SECONDS)) {
                        problems.add("nobody waited for the lock while " + step + " ran");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void finished(String step, Duration elapsed) {
            }

            @Override
            public void waitingForLock(LockHolder holder, Duration timeout) {
                someoneWaits.countDown();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (TestDatabase db = TestDatabases.postgres()) {
            List<Future<List<String>>> starts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                starts.add(pool.submit(() -> {
                    List<String> steps = new ArrayList<>();
                    RetortAutoConfigurationTest.contextOn(db, dir).withBean(Progress.class, () -> holdUntilTheOtherWaits)
                            .run(context -> {
                                assertThat(context).hasNotFailed();
                                steps.addAll(context.getBean(RetortStartup.class).result().steps());
                            });
                    return steps;
                }));
            }
            List<Integer> stepCounts = new ArrayList<>();
            for (Future<List<String>> start : starts) {
                stepCounts.add(start.get(120, TimeUnit.SECONDS).size());
            }

            assertThat(problems).isEmpty();
            assertThat(someoneWaits.getCount()).as("one context waited for the lock").isZero();
            assertThat(stepCounts).containsExactlyInAnyOrder(3, 0);
            try (Connection c = db.connect(); ResultSet rs = c.createStatement()
                    .executeQuery("SELECT count(*) FROM retort_version_log WHERE direction = 'upgrade'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("each revision ran once").isEqualTo(3);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
