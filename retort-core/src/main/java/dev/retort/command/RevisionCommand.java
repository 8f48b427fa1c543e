package dev.retort.command;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.RetortException;
import dev.retort.autogenerate.RenderedBody;
import dev.retort.config.RetortConfig;
import dev.retort.script.HeaderReader;
import dev.retort.script.NewRevision;
import dev.retort.script.Plans;
import dev.retort.script.PostWriteHooks;
import dev.retort.script.Revision;
import dev.retort.script.RevisionException;
import dev.retort.script.RevisionFileWriter;
import dev.retort.script.RevisionIds;
import dev.retort.script.RevisionMap;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code retort revision} and {@code retort merge}: write a new revision file on top of the
 * given heads, from the project's template, checking everything first so that bad input
 * writes nothing (Alembic's {@code ScriptDirectory.generate_revision}).
 */
public final class RevisionCommand {
    private RevisionCommand() {
    }

    /**
     * What to write.
     *
     * @param message      {@code -m}; null means "empty message"
     * @param heads        what the revision revises: {@code head} by default, several ids for a merge
     * @param splice       allow revising a revision that is not a head (a new branch)
     * @param branchLabels {@code --branch-label}
     * @param versionPath  {@code --version-path}, or null
     * @param revId        {@code --rev-id}, or null for a generated id
     * @param dependsOn    {@code --depends-on}
     * @param format       java or sql, or null for the config's revision_format
     */
    public record Request(String message, List<String> heads, boolean splice, List<String> branchLabels,
                          Path versionPath, String revId, List<String> dependsOn, ScriptFormat format) {
        public Request {
            heads = List.copyOf(heads);
            branchLabels = List.copyOf(branchLabels);
            dependsOn = List.copyOf(dependsOn);
        }

        /** A plain new revision on top of the single head. */
        public static Request of(String message) {
            return new Request(message, List.of("head"), false, List.of(), null, null, List.of(), null);
        }
    }

    /** Writes the revision; {@code hookOutput} receives the post-write hooks' output. */
    public static Result run(Project project, Request request, Clock clock, Consumer<String> hookOutput) {
        return write(project, prepare(project, request, clock, format -> null), request, hookOutput);
    }

    /** Writes the revision with the body {@code bodies} gives for its format (autogenerate). */
    static Result run(Project project, Request request, Function<ScriptFormat, RenderedBody> bodies, Clock clock,
                      Consumer<String> hookOutput) {
        return write(project, prepare(project, request, clock, bodies), request, hookOutput);
    }

    /** The file the revision would be, not written ({@code revision --autogenerate --sql}). */
    static Preview preview(Project project, Request request, Function<ScriptFormat, RenderedBody> bodies, Clock clock) {
        Prepared p = prepare(project, request, clock, bodies);
        RevisionFileWriter writer = writer(project.config());
        return new Preview(p.directory().resolve(writer.fileName(p.rev(), p.format())),
                writer.render(p.template(), p.rev()));
    }

    /** A checked new revision: what to write, where, from which template. */
    private record Prepared(NewRevision rev, Path directory, Path template, ScriptFormat format) {
    }

    private static Prepared prepare(Project project, Request request, Clock clock,
                                    Function<ScriptFormat, RenderedBody> bodies) {
        RetortConfig config = project.config();
        RevisionMap map = project.map();
        String id = request.revId() != null ? RevisionIds.validate(request.revId()) : RevisionIds.generate();
        if (map.byId(id) != null) {
            throw new RetortException("Revision " + id + " already exists in " + map.byId(id).script().path()
                    + "; choose another --rev-id");
        }
        List<Revision> heads = resolveHeads(project, request.heads());
        Path directory = versionDirectory(project, request.versionPath(), heads);
        if (!request.splice()) {
            for (Revision head : heads) {
                if (!head.isHead()) {
                    throw new RetortException("Revision " + head.id() + " is not a head revision; please specify "
                            + "--splice to create a new branch from this revision");
                }
            }
        }
        for (String label : request.branchLabels()) {
            Revision owner = labelOwner(map, label);
            if (owner != null) {
                throw new RetortException("Branch name '" + label + "' in revision " + id
                        + " already used by revision " + owner.id());
            }
        }
        List<String> dependsOn = resolveDependencies(project, request.dependsOn());
        ScriptFormat format = request.format() != null ? request.format() : config.revisionFormat();
        NewRevision rev = NewRevision.of(id, heads.stream().map(Revision::id).toList(),
                        request.message() == null ? "empty message" : request.message(),
                        ZonedDateTime.now(clock.withZone(config.timezone())))
                .withBranchLabels(request.branchLabels())
                .withDependsOn(dependsOn);
        RenderedBody body = bodies.apply(format);
        if (body != null) {
            rev = rev.withBody(body.imports(), body.upgrades(), body.downgrades());
        }
        Path template = project.scripts().templateDirectory().resolve("revision." + format.extension());
        return new Prepared(rev, directory, template, format);
    }

    private static RevisionFileWriter writer(RetortConfig config) {
        return new RevisionFileWriter(config.fileTemplate(), config.truncateSlugLength());
    }

    private static Result write(Project project, Prepared p, Request request, Consumer<String> hookOutput) {
        RetortConfig config = project.config();
        Path written = writer(config).write(p.directory(), p.template(), p.rev());
        new PostWriteHooks(config.hooks().postWrite(), config.here(), hookOutput).run(written);
        RevisionScript script = new HeaderReader().read(written);
        if (!request.branchLabels().isEmpty() && script.branchLabels().isEmpty()) {
            throw new RetortException("Version " + p.rev().id() + " specified branch_labels " + request.branchLabels()
                    + ", however the migration file " + written + " does not have them; add ${branch_labels} to "
                    + p.template());
        }
        project.refresh();
        return new Result(written, script);
    }

    private static List<Revision> resolveHeads(Project project, List<String> symbols) {
        List<Revision> heads = new ArrayList<>();
        try {
            for (String symbol : symbols) {
                for (Revision r : project.map().getRevisions(symbol)) {
                    if (r != null) {
                        heads.add(r);
                    }
                }
            }
        } catch (RevisionException.MultipleHeads e) {
            throw new RevisionException("Multiple heads are present; please specify the head revision on which the "
                    + "new revision should be based, or perform a merge.", e.details());
        } catch (RevisionException e) {
            throw Plans.translate(e, null, null);
        }
        if (new HashSet<>(heads).size() != heads.size()) {
            throw new RetortException("Duplicate head revisions specified");
        }
        return heads;
    }

    private static Path versionDirectory(Project project, Path versionPath, List<Revision> heads) {
        List<Path> locations = project.config().versionLocations();
        if (versionPath == null) {
            if (locations.size() > 1) {
                for (Revision head : heads) {
                    return head.script().path().getParent();
                }
                throw new RetortException("Multiple version locations present, please specify --version-path");
            }
            return locations.get(0);
        }
        Path wanted = project.config().workingDirectory().resolve(versionPath).toAbsolutePath().normalize();
        for (Path location : locations) {
            if (location.toAbsolutePath().normalize().equals(wanted)) {
                return location;
            }
        }
        throw new RetortException("Path " + versionPath + " is not represented in current version locations");
    }

    private static Revision labelOwner(RevisionMap map, String label) {
        for (Revision r : map.revisions()) {
            RevisionScript s = r.script();
            if (s != null && s.branchLabels().contains(label)) {
                return r;
            }
        }
        return null;
    }

    /** Labels stay labels; partial ids become full ids (as Alembic does). */
    private static List<String> resolveDependencies(Project project, List<String> dependsOn) {
        List<String> resolved = new ArrayList<>();
        for (String dep : dependsOn) {
            List<Revision> revs = project.plans().revisions(dep);
            if (revs.size() != 1 || revs.get(0) == null) {
                throw new RetortException("--depends-on " + dep + " must name exactly one revision");
            }
            Revision rev = revs.get(0);
            resolved.add(rev.branchLabels().contains(dep) ? dep : rev.id());
        }
        return resolved;
    }

    /** The file written and its header as read back. */
    public record Result(Path path, RevisionScript script) implements Report {
        @Override
        public void printText(PrintStream out) {
            out.println("  Generating " + path + " ...  done");
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeStringField("path", path.toString());
            json.writeStringField("revision", script.id());
            Reports.writeStrings(json, "down_revisions", script.downRevisions());
            Reports.writeStrings(json, "branch_labels", script.branchLabels());
            Reports.writeStrings(json, "depends_on", script.dependsOn());
            json.writeStringField("message", script.doc());
        }
    }

    /** A revision file as it would be written: printed, not written. */
    public record Preview(Path path, String content) implements Report {
        @Override
        public void printText(PrintStream out) {
            out.print(content);
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeStringField("path", path.toString());
            json.writeStringField("content", content);
        }
    }
}
