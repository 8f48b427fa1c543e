package dev.retort.runtime.load;

import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptFormat;
import java.nio.file.Path;
import java.util.List;

/**
 * One line of a revision index ({@link RevisionIndex}): a {@code @Revision} class compiled into an
 * application, with its place in the graph as its annotation states it.
 *
 * @param className     the class's binary name
 * @param id            the revision id
 * @param down          the revisions it revises; empty for a root
 * @param branchLabels  its branch labels
 * @param dependsOn     what it depends on
 * @param transactional false when it runs outside the run's transaction
 * @param checksum      {@code sha256:<hex>} of its source file, as a file-mode run would record it;
 *                      empty when the compiler could not show the processor the source
 */
public record IndexedRevision(
        String className,
        String id,
        List<String> down,
        List<String> branchLabels,
        List<String> dependsOn,
        boolean transactional,
        String checksum) {

    public IndexedRevision {
        down = List.copyOf(down);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /**
     * The header as the graph code reads it. There is no file: the path is the class's source path
     * ({@code com/example/AddEmail_1a2b.java}), which messages show, and the doc text is empty. The
     * index does not carry {@code irreversible}: a downgrade is refused when it throws instead.
     */
    public RevisionScript script() {
        Path path = Path.of(className.replace('.', '/') + ".java");
        return new RevisionScript(id, down, branchLabels, dependsOn, "", path, 1, ScriptFormat.JAVA, transactional, false);
    }
}
