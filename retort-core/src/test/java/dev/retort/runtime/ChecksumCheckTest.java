package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.runtime.load.Checksums;
import dev.retort.script.RevisionMap;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comparison behind {@code validate} and the check before {@code upgrade}, without a database. */
class ChecksumCheckTest {
    /** a1 <- b2 <- c3, and d4 on a branch from a1. */
    private static final RevisionMap MAP = RevisionMap.fromScripts(List.of(
            script("a1"), script("b2", "a1"), script("c3", "b2"), script("d4", "a1")));

    private final Map<Path, String> files = new HashMap<>(Map.of(
            path("a1"), sum("a1"), path("b2"), sum("b2"), path("c3"), sum("c3"), path("d4"), sum("d4")));

    @Test
    void filesAsAppliedAreNoProblem() {
        assertThat(compare(List.of("c3"), Map.of("a1", sum("a1"), "b2", sum("b2"), "c3", sum("c3")))).isEmpty();
    }

    @Test
    void anEditedAppliedFileIsReportedWithBothChecksums() {
        files.put(path("b2"), sum("b2 edited"));
        List<ChecksumCheck.Problem> problems = compare(List.of("c3"), Map.of("a1", sum("a1"), "b2", sum("b2")));
        assertThat(problems).containsExactly(new ChecksumCheck.Problem("b2", path("b2"), sum("b2"), sum("b2 edited")));
        assertThat(problems.get(0).text()).isEqualTo("b2 " + path("b2") + ": edited after it was applied (applied "
                + sum("b2") + ", file " + sum("b2 edited") + ")");
    }

    @Test
    void revisionsNotAppliedAreNotChecked() {
        files.put(path("c3"), sum("c3 edited"));
        files.put(path("d4"), sum("d4 edited"));
        // c3 was upgraded once and downgraded since; d4 is on a branch the database is not on
        assertThat(compare(List.of("b2"), Map.of("c3", sum("c3"), "d4", sum("d4")))).isEmpty();
    }

    @Test
    void revisionsWithoutLogRowsAreNotChecked() {
        files.put(path("a1"), sum("a1 edited"));
        assertThat(compare(List.of("c3"), Map.of())).as("a database taken over from Alembic").isEmpty();
    }

    @Test
    void aVersionRowNoFileHasIsReported() {
        List<ChecksumCheck.Problem> problems = compare(List.of("e5", "d4"), Map.of("e5", sum("e5")));
        assertThat(problems).extracting(ChecksumCheck.Problem::text)
                .containsExactly("e5: applied but no revision file has it");
    }

    @Test
    void appliedMeansTheRowsAndTheirAncestors() {
        assertThat(ChecksumCheck.applied(MAP, List.of("c3", "d4"))).containsExactlyInAnyOrder("a1", "b2", "c3", "d4");
        assertThat(ChecksumCheck.applied(MAP, List.of("b2"))).containsExactlyInAnyOrder("a1", "b2");
    }

    @Test
    void lineEndingsDoNotChangeTheChecksum() {
        byte[] lf = "a\nb\n".getBytes(StandardCharsets.UTF_8);
        byte[] crlf = "a\r\nb\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Checksums.of(crlf)).isEqualTo(Checksums.of(lf)).startsWith("sha256:");
    }

    private List<ChecksumCheck.Problem> compare(List<String> rows, Map<String, String> recorded) {
        return ChecksumCheck.compare(MAP, rows, recorded, files::get);
    }

    private static String sum(String content) {
        return Checksums.of(content.getBytes(StandardCharsets.UTF_8));
    }

    private static Path path(String id) {
        return Path.of("versions", id + ".sql");
    }

    private static RevisionScript script(String id, String... down) {
        return new RevisionScript(id, List.of(down), List.of(), List.of(), "", path(id), 1, ScriptFormat.SQL, true,
                false);
    }
}
