package dev.retort.script;

import static dev.retort.script.Graphs.graph;
import static dev.retort.script.Graphs.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.script.RevisionTraversal.Options;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The 37 cases of shared/reference/alembic/revision-semantics.md, one test per case, named by
 * case id. Where DESIGN.md makes retort stricter than Alembic the test says so.
 */
class RevisionSemanticsTest {

    static Ident id(Object o) {
        if (o == null) {
            return Ident.NONE;
        }
        if (o instanceof List<?> l) {
            return Ident.of(l.stream().map(String::valueOf).toList());
        }
        return Ident.of((String) o);
    }

    static List<String> iterate(RevisionMap map, Object upper, Object lower, Options o) {
        return ids(map.traversal().iterate(id(upper), id(lower), o));
    }

    static final Options INCL = Options.defaults().withInclusive(true);

    static List<String> iterate(RevisionMap map, Object upper, Object lower) {
        return iterate(map, upper, lower, INCL);
    }

    static List<String> steps(List<? extends MigrationStep> steps) {
        return steps.stream().map(Object::toString).toList();
    }

    static List<String> up(RevisionMap map, Object target, String... current) {
        Plans plans = new Plans(map);
        return steps(target instanceof List<?> l
                ? plans.upgrade(id(l), Ident.of(List.of(current)))
                : plans.upgrade((String) target, Ident.of(List.of(current))));
    }

    static List<String> down(RevisionMap map, String target, String... current) {
        return steps(new Plans(map).downgrade(target, Ident.of(List.of(current))));
    }

    static List<String> rowsAfterUp(RevisionMap map, Object target, String... current) {
        Plans plans = new Plans(map);
        List<MigrationStep> s = target instanceof List<?> l
                ? plans.upgrade(id(l), Ident.of(List.of(current)))
                : plans.upgrade((String) target, Ident.of(List.of(current)));
        return apply(map, s, current);
    }

    static List<String> rowsAfterDown(RevisionMap map, String target, String... current) {
        return apply(map, new Plans(map).downgrade(target, Ident.of(List.of(current))), current);
    }

    static List<String> apply(RevisionMap map, List<? extends MigrationStep> steps, String... current) {
        VersionRows rows = new VersionRows(map, List.of(current));
        for (MigrationStep s : steps) {
            rows.apply(s);
        }
        return rows.rows();
    }

    // ------------------------------------------------------------------ A. Resolution

    static final String C03 = """
            a <- ∅ labels: abranch
            b <- a
            somelongername <- b
            c <- somelongername
            d <- ∅
            e <- d labels: ebranch
            someothername <- e
            f <- someothername
            """;

    @Test
    void C01_linearChainHeadAndBase() {
        String g = "a <- ∅\nb <- a\nc <- b\n";
        RevisionMap map = graph(g);
        assertThat(map.getRevision("head").id()).isEqualTo("c");
        assertThat(map.getRevision("base")).isNull();
        assertThat(map.heads()).containsExactly("c");
        assertThat(graph(g + "d <- c").heads()).containsExactly("d");
    }

    @Test
    void C01b_idsOfDigitsOnlyAreIdsAndNegativeNumbersStepsDown() {
        // a random 12-hex id is all digits once in ~280; 433318854967 overflows an int
        RevisionMap map = graph("123456789012 <- ∅\n433318854967 <- 123456789012\n");
        assertThat(ids(map.getRevisions(map.heads()))).containsExactly("433318854967");
        assertThat(ids(map.getRevisions("4333188"))).containsExactly("433318854967");
        assertThat(ids(map.getRevisions("-1"))).containsExactly("123456789012");
        assertThat(map.getRevisions("-99999999999")).containsExactly((Revision) null);
    }

    @Test
    void C02_twoHeads() {
        String g = "a <- ∅\nb <- a\nc1 <- b\nc2 <- b\n";
        RevisionMap map = graph(g);
        assertThat(map.heads()).containsExactly("c1", "c2");
        assertThatThrownBy(() -> map.getRevision("head")).isInstanceOf(RevisionException.MultipleHeads.class)
                .hasMessage("Multiple heads are present for given argument 'head'; c1, c2");
        assertThatThrownBy(() -> map.getRevision("heads")).isInstanceOf(RevisionException.MultipleHeads.class)
                .hasMessage("Multiple heads are present for given argument 'heads'; c1, c2");
        assertThatThrownBy(() -> map.getRevisions("head")).isInstanceOf(RevisionException.MultipleHeads.class)
                .hasMessage("Multiple heads are present for given argument 'head'; c1, c2");
        assertThat(ids(map.getRevisions("heads"))).containsExactly("c1", "c2");
        assertThat(graph(g + "d1 <- c1").heads()).containsExactly("c2", "d1");
        assertThatThrownBy(() -> up(map, "head"))
                .hasMessage("Multiple head revisions are present for given argument 'head'; please specify a "
                        + "specific target revision, '<branchname>@head' to narrow to a specific head, or "
                        + "'heads' for all heads");
    }

    @Test
    void C03_branchLabelSyntax() {
        RevisionMap map = graph(C03);
        String[][] expected = {
                {"ebranch@head", "f"}, {"abranch@head", "c"}, {"ebranch@d", "d"}, {"ebranch@ebranch", "e"},
                {"abranch", "a"}, {"ebranch", "e"}, {"abranch@heads", "c"}, {"ebranch@some", "someothername"},
                {"abranch@some", "somelongername"}, {"e", "e"}, {"e@d", "d"}, {"someoth@d", "d"},
        };
        for (String[] row : expected) {
            assertThat(map.getRevision(row[0]).id()).as(row[0]).isEqualTo(row[1]);
        }
        assertThat(map.getRevision("abranch@base")).isNull();
        assertThat(map.heads()).containsExactly("c", "f");
        assertThat(map.resolver().filterForLineage(List.of("f"), "heads", false)).containsExactly("f");
    }

    @Test
    void C04_branchLabelLookupErrors() {
        RevisionMap map = graph(C03);
        String four = "; please ensure at least four characters are present for partial revision identifier matches";
        assertThatThrownBy(() -> map.getRevision("ebranch@sos")).isInstanceOf(RevisionException.Resolution.class)
                .hasMessage("No such revision or branch 'sos'" + four);
        assertThatThrownBy(() -> map.getRevision("ebranch@b"))
                .hasMessage("Revision b is not a member of branch 'ebranch'");
        assertThatThrownBy(() -> map.getRevision("abranch@d"))
                .hasMessage("Revision d is not a member of branch 'abranch'");
        assertThatThrownBy(() -> map.getRevision("abranch@qprstuv")).hasMessage("No such revision or branch 'qprstuv'");
        assertThatThrownBy(() -> map.getRevision("abranch@qpr")).hasMessage("No such revision or branch 'qpr'" + four);
        assertThatThrownBy(() -> map.getRevision("x@d")).isInstanceOf(RevisionException.Resolution.class)
                .hasMessage("No such branch: 'x'");
        assertThatThrownBy(() -> map.getRevision("some"))
                .hasMessage("Multiple revisions start with 'some': 'somelongername', 'someothername'...");
    }

    @Test
    void C05_partialIdAmbiguity() {
        RevisionMap map = graph("ae1027a6acf <- ∅\nae10f00dbeef <- ae1027a6acf\n1975ea83b712 <- ae10f00dbeef\n");
        assertThat(map.getRevision("ae102").id()).isEqualTo("ae1027a6acf");
        assertThat(map.getRevision("1975").id()).isEqualTo("1975ea83b712");
        assertThat(map.getRevision("197").id()).isEqualTo("1975ea83b712");
        for (String p : List.of("ae10", "ae1", "ae")) {
            assertThatThrownBy(() -> map.getRevision(p))
                    .hasMessage("Multiple revisions start with '" + p + "': 'ae1027a6acf', 'ae10f00dbeef'...");
        }
        assertThatThrownBy(() -> map.getRevision("zzzz")).hasMessage("No such revision or branch 'zzzz'");
        assertThatThrownBy(() -> map.getRevision("1975ea83b712@ae10"))
                .hasMessage("Multiple revisions start with 'ae10': 'ae1027a6acf', 'ae10f00dbeef'...");
        // Stricter than Alembic at the command level: the detail is kept, not reduced to "Can't locate".
        assertThatThrownBy(() -> new Plans(map).revisions("ae10"))
                .hasMessage("Can't locate revision identified by 'ae10': Multiple revisions start with 'ae10': "
                        + "'ae1027a6acf', 'ae10f00dbeef'...");
        assertThatThrownBy(() -> new Plans(map).revisions("zzzz"))
                .hasMessage("Can't locate revision identified by 'zzzz': No such revision or branch 'zzzz'");
    }

    @Test
    void C06_shortIdsNeverMatchAsPrefixes() {
        RevisionMap map = graph("abc <- ∅\nabcd <- abc\nabcde <- abcd\n");
        assertThat(map.getRevision("abc").id()).isEqualTo("abc");
        assertThat(map.getRevision("abcd").id()).isEqualTo("abcd");
        assertThat(map.getRevision("abcde").id()).isEqualTo("abcde");
        assertThatThrownBy(() -> map.getRevision("ab")).hasMessage("Multiple revisions start with 'ab': 'abcd', 'abcde'...");
        assertThatThrownBy(() -> map.getRevision("abcdef")).hasMessage("No such revision or branch 'abcdef'");
    }

    @Test
    void C07_duplicateBranchLabel() {
        assertThatThrownBy(() -> graph("a <- ∅\nb <- a\nc <- b labels: xy1\nd <- ∅\ne <- d labels: xy1\nf <- e"))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Branch name 'xy1' in revision e already used by revision c");
    }

    @Test
    void C08_illegalCharactersInNewRevisionIds() {
        // RevisionIds.validate is tested in RevisionIdsTest; the graph itself refuses nothing here.
        assertThat(RevisionIdsTestSupport.illegalCharacterMessages()).containsExactly(
                "Character(s) '-' not allowed in revision identifier 'no-dashes'",
                "Character(s) '@' not allowed in revision identifier 'no@atsigns'",
                "Character(s) ':' not allowed in revision identifier 'no:colons'",
                "Character(s) '-, @' not allowed in revision identifier 'no@atsigns-ordashes'",
                "Character(s) '+' not allowed in revision identifier 'no+plussignseither'");
    }

    @Test
    void C09_loopsAndCycles() {
        assertCycle("a <- a", "Self-loop is detected in revisions (a)");
        assertCycle("a <- ∅\nb <- a\nc <- b,c", "Self-loop is detected in revisions (c)");
        assertCycle("a <- ∅ deps: a", "Dependency self-loop is detected in revisions (a)");
        assertCycle("a <- c\nb <- a\nc <- b", "Cycle is detected in revisions (a, b, c)");
        assertCycle("a <- c\nb <- a\nc <- b\nd <- ∅\ne <- d", "Cycle is detected in revisions (a, b, c)");
        assertCycle("a <- c\nb <- a\nc <- b\nd <- c\ne <- d", "Cycle is detected in revisions (a, b, c, d, e)");
        assertCycle("a <- ∅\nb <- a\nc <- b,e\nd <- c\ne <- d", "Cycle is detected in revisions (a, b, c, d, e)");
        assertCycle("a <- ∅ deps: c\nb <- a\nc <- b", "Dependency cycle is detected in revisions (a, b, c)");
        assertCycle("a <- ∅\nb <- a\nc <- b deps: e\nd <- c\ne <- d",
                "Dependency cycle is detected in revisions (a, b, c, d, e)");
        assertThat(iterate(graph("user_foo <- ∅\nuser <- user_foo"), "heads", null)).containsExactly("user", "user_foo");
        assertThat(iterate(graph("user_foo <- ∅\nuser <- ∅ deps: user_foo"), "heads", null))
                .containsExactly("user", "user_foo");
    }

    private static void assertCycle(String g, String message) {
        assertThatThrownBy(() -> graph(g)).isInstanceOf(RevisionException.Cycle.class).hasMessage(message);
    }

    @Test
    void C10_bases() {
        RevisionMap map = graph(C03);
        assertThat(map.baseRevisions("base")).containsExactly("a", "d");
        assertThat(map.baseRevisions("somelongername@base")).containsExactly("a");
        assertThat(graph("a <- ∅\nb <- a\nc <- ∅\nd <- c").getRevision("base")).isNull();
    }

    // ------------------------------------------------------------------ B. Iteration order

    @Test
    void C11_diamond() {
        assertThat(iterate(graph("a <- ∅\nb1 <- a\nb2 <- a\nc <- b1,b2\nd <- c"), "d", "a"))
                .containsExactly("d", "c", "b1", "b2", "a");
    }

    @Test
    void C12_emptyMap() {
        assertThat(iterate(graph(""), "head", "base")).isEmpty();
    }

    @Test
    void C13_labelledMapIteration() {
        RevisionMap map = graph(C03);
        List<String> e = List.of("f", "someothername", "e", "d");
        List<String> a = List.of("c", "somelongername", "b", "a");
        assertThat(iterate(map, "heads", "ebranch@base")).isEqualTo(e);
        assertThat(iterate(map, "heads", "abranch@base")).isEqualTo(a);
        assertThat(iterate(map, "ebranch@head", "base")).isEqualTo(e);
        assertThat(iterate(map, "abranch@head", "base")).isEqualTo(a);
        assertThat(iterate(map, "heads", "ebranch@head")).containsExactly("f");
        assertThat(iterate(map, "heads", "ebranch@d")).isEqualTo(e);
        assertThat(iterate(map, "heads", "e@base")).isEqualTo(e);
        assertThat(iterate(map, "heads", "c@base")).isEqualTo(a);
        assertThat(iterate(map, "heads", "ebranch@-2")).containsExactly("f", "someothername", "e");
        assertThat(iterate(map, "ebranch@+2", "base")).containsExactly("e", "d");
    }

    @Test
    void C14_longShortBranches() {
        assertThat(iterate(graph("a <- ∅\nb1 <- a\nb2 <- a\nc1 <- b1\nd11 <- c1\nd12 <- c1"), "heads", "base"))
                .containsExactly("b2", "d11", "d12", "c1", "b1", "a");
    }

    static final String C15 = """
            a <- ∅
            b1 <- a
            b2 <- a
            cb1 <- b1
            cb2 <- b2
            d1cb1 <- cb1
            d2cb1 <- cb1
            d1cb2 <- cb2
            d2cb2 <- cb2
            d3cb2 <- cb2
            d1d2cb2 <- d1cb2,d2cb2
            """;

    @Test
    void C15_multipleBranchesWithMergePoint() {
        RevisionMap map = graph(C15);
        assertThat(map.heads()).containsExactly("d1cb1", "d2cb1", "d3cb2", "d1d2cb2");
        assertThat(iterate(map, "d1d2cb2", "a")).containsExactly("d1d2cb2", "d1cb2", "d2cb2", "cb2", "b2", "a");
        assertThat(iterate(map, List.of("d2cb2", "d3cb2"), "a")).containsExactly("d2cb2", "d3cb2", "cb2", "b2", "a");
        assertThat(iterate(map, "d3cb2", "a")).containsExactly("d3cb2", "cb2", "b2", "a");
        assertThat(iterate(map, "d3cb2", "base")).containsExactly("d3cb2", "cb2", "b2", "a");
        assertThat(iterate(map, List.of("d3cb2", "cb1"), "base")).containsExactly("cb1", "b1", "d3cb2", "cb2", "b2", "a");
        assertThat(iterate(map, List.of("d1cb1", "d2cb2", "d3cb2"), "b2"))
                .containsExactly("d2cb2", "d3cb2", "cb2", "b2");
    }

    @Test
    void C16_wrongDirectionAndUnrelatedRanges() {
        RevisionMap map = graph(C15);
        assertThatThrownBy(() -> iterate(map, "b1", "d1cb1")).isInstanceOf(RevisionException.RangeNotAncestor.class)
                .hasMessage("Revision d1cb1 is not an ancestor of revision b1");
        assertThatThrownBy(() -> iterate(map, "d2cb2", "b1")).hasMessage("Revision b1 is not an ancestor of revision d2cb2");
        assertThatThrownBy(() -> iterate(map, null, "d1cb1"))
                .hasMessage("Revision d1cb1 is not an ancestor of revision base");
        assertThatThrownBy(() -> iterate(map, List.of(), "d1cb1"))
                .hasMessage("Revision d1cb1 is not an ancestor of revision base");
    }

    static final String C17 = """
            a1 <- ∅
            a2 <- a1
            a3 <- a2
            b1 <- a3
            b2 <- a3
            cb1 <- b1
            cb2 <- b2
            db1 <- cb1
            db2 <- cb2
            e1b1 <- db1
            fe1b1 <- e1b1
            e2b1 <- db1
            e2b2 <- db2
            merge <- e2b1,e2b2
            """;

    @Test
    void C17_branchTravelling() {
        RevisionMap map = graph(C17);
        assertThat(iterate(map, "merge", "a1"))
                .containsExactly("merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1");
        assertThat(iterate(map, "merge", "a2"))
                .containsExactly("merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2");
        assertThat(iterate(map, "merge", "b1")).containsExactly("merge", "e2b1", "db1", "cb1", "b1");
        assertThat(iterate(map, "merge", "db1", INCL.withImplicitBase(true)))
                .containsExactly("merge", "e2b1", "db1", "e2b2", "db2", "cb2", "b2");
        assertThat(iterate(map, List.of("merge", "fe1b1"), "a3")).containsExactly(
                "fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3");
        assertThat(iterate(map, List.of("merge", "fe1b1"), "a1")).containsExactly(
                "fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1");
        assertThat(iterate(map, List.of("merge", "fe1b1"), List.of("cb1", "cb2"))).containsExactly(
                "fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "e2b2", "db2", "cb2");
        Options excl = Options.defaults();
        assertThat(iterate(map, List.of("merge", "fe1b1"), List.of("cb1", "cb2"), excl)).containsExactly(
                "fe1b1", "e1b1", "merge", "e2b1", "db1", "e2b2", "db2");
        assertThat(iterate(map, List.of("e2b1", "b2", "fe1b1"), List.of(), excl)).containsExactly(
                "b2", "fe1b1", "e1b1", "e2b1", "db1", "cb1", "b1", "a3", "a2", "a1");
        assertThat(iterate(map, List.of("fe1b1"), "base", excl)).containsExactly(
                "fe1b1", "e1b1", "db1", "cb1", "b1", "a3", "a2", "a1");
        assertThat(ids(map.ancestors(List.of(map.byId("merge")), true))).containsExactlyInAnyOrder(
                "a1", "a2", "a3", "b1", "b2", "cb1", "cb2", "db1", "db2", "e2b1", "e2b2", "merge");
    }

    static final String C19 = """
            base1 <- ∅
            base2 <- ∅
            base3 <- ∅
            a1a <- base1
            a1b <- base1
            a2 <- base2
            a3 <- base3
            b1a <- a1a
            b1b <- a1b
            b2 <- a2
            b3 <- a3
            c2 <- b2
            d2 <- c2
            mergeb3d2 <- b3,d2
            """;

    @Test
    void C18_overlappingTargetsAreRejected() {
        assertThatThrownBy(() -> iterate(graph(C17), List.of("db1", "b2", "fe1b1"), List.of()))
                .hasMessage("Requested revision fe1b1 overlaps with other requested revisions db1");
        assertThatThrownBy(() -> iterate(graph(C19), List.of("c2"), List.of("a2", "b2")))
                .hasMessageContaining("overlaps with other requested revisions");
        assertThat(iterate(graph("a <- ∅\nb <- a\nc <- b"), List.of("c", "c"), "a", Options.defaults()))
                .containsExactly("c", "b");
    }

    @Test
    void C19_multipleBases() {
        RevisionMap map = graph(C19);
        List<String> all = List.of("b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3",
                "d2", "c2", "b2", "a2", "base2");
        assertThat(iterate(map, "heads", "base")).isEqualTo(all);
        assertThat(iterate(map, "heads", "base", Options.defaults())).isEqualTo(all);
        assertThat(iterate(map, "heads", null)).isEqualTo(all);
        assertThat(iterate(map, "heads", List.of("c2"), Options.defaults())).containsExactly("mergeb3d2", "d2");
        assertThat(iterate(map, "heads", List.of("c2"), Options.defaults().withImplicitBase(true))).containsExactly(
                "b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2");
        assertThat(iterate(map, "heads", List.of("c2"), INCL.withImplicitBase(true))).containsExactly(
                "b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2", "c2");
        assertThat(iterate(map, "b3", "base3")).containsExactly("b3", "a3", "base3");
        assertThat(iterate(map, List.of("b3", "b2"), "base3", Options.defaults().withImplicitBase(true)))
                .containsExactly("b2", "a2", "base2", "b3", "a3");
    }

    static final String C20 = """
            base1 <- ∅ labels: b_1
            a1a <- base1
            a1b <- base1
            b1a <- a1a
            b1b <- a1b deps: a3
            base2 <- ∅ labels: b_2
            a2 <- base2
            b2 <- a2
            c2 <- b2 deps: a3
            d2 <- c2
            base3 <- ∅ labels: b_3
            a3 <- base3
            b3 <- a3
            """;

    @Test
    void C20_multipleBasesWithCrossDependencies() {
        RevisionMap map = graph(C20);
        Options down = INCL.withForDowngrade(true);
        assertThat(map.heads()).containsExactly("b1a", "b1b", "d2", "b3");
        List<String> all = List.of("b1a", "a1a", "b1b", "a1b", "base1", "d2", "c2", "b2", "a2", "base2", "b3", "a3", "base3");
        assertThat(iterate(map, "heads", "base")).isEqualTo(all);
        assertThat(iterate(map, "heads", "base", down)).isEqualTo(all);
        assertThat(iterate(map, "b_2@head", "base")).containsExactly("d2", "c2", "b2", "a2", "base2", "a3", "base3");
        assertThat(iterate(map, "b_2@head", "b_2@base", down)).containsExactly("d2", "c2", "b2", "a2", "base2");
        assertThat(iterate(map, "b_3@head", "base")).containsExactly("b3", "a3", "base3");
        assertThat(iterate(map, "b_3@head", "base", down)).containsExactly("b3", "a3", "base3");
        assertThat(iterate(map, "b1b@head", "base")).containsExactly("b1b", "a1b", "base1", "a3", "base3");
        assertThat(iterate(map, "b1b@head", "b1b@base", down)).containsExactly("b1b", "a1b", "base1");
        assertThat(iterate(map, "heads", "b_2@base")).containsExactly("d2", "c2", "b2", "a2", "base2", "a3", "base3");
        assertThat(iterate(map, "heads", "b_2@base", down)).containsExactly("d2", "c2", "b2", "a2", "base2");
        assertThat(iterate(map, "heads", "b_3@base")).containsExactly("b3", "a3", "base3");
        assertThat(iterate(map, "heads", "b_3@base", down)).containsExactly("b1b", "d2", "c2", "b3", "a3", "base3");
        assertThatThrownBy(() -> iterate(map, "b2", "d2")).hasMessage("Revision d2 is not an ancestor of revision b2");
        assertThatThrownBy(() -> iterate(map, "b3", "d2")).hasMessage("Revision d2 is not an ancestor of revision b3");
    }

    @Test
    void C21_rootThatOnlyHasADependency() {
        RevisionMap map = graph("base1 <- ∅\na1 <- base1\nb1 <- a1\nc2 <- ∅ deps: a1\nc3 <- c2");
        assertThat(iterate(map, "heads", "base")).containsExactly("b1", "c3", "c2", "a1", "base1");
        assertThat(map.bases()).containsExactly("base1", "c2");
        assertThat(map.realBases()).containsExactly("base1");
    }

    @Test
    void C22_dependencyNormalization() {
        RevisionMap map = graph("""
                a1 <- ∅
                a2 <- a1
                a3 <- a2
                b1 <- ∅
                b2 <- b1 deps: a3
                b3 <- b2
                b4 <- b3 deps: a3
                b5 <- b4 deps: b4
                """);
        assertThat(map.byId("b4").allDownRevisions()).containsExactly("b3", "a3");
        assertThat(map.byId("b4").normalizedDownRevisions()).containsExactly("b3");
        assertThat(map.byId("b5").allDownRevisions()).containsExactly("b4");
        assertThat(map.byId("b5").normalizedDownRevisions()).containsExactly("b4");
        Options down = INCL.withForDowngrade(true);
        assertThat(iterate(map, "b4", "b1@base", down)).containsExactly("b4", "b3", "b2", "b1");
        assertThat(iterate(map, "heads", "base", down)).containsExactly("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1");
        assertThat(iterate(map, "heads", "a2", down)).containsExactly("b5", "b4", "b3", "b2", "a3", "a2");
        assertThat(iterate(map, "heads", "a2", down.withImplicitBase(true)))
                .containsExactly("b5", "b4", "b3", "b2", "b1", "a3", "a2");
        assertThat(iterate(map, "b5", List.of("b1"), INCL.withImplicitBase(true)))
                .containsExactly("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1");
    }

    @Test
    void C23_effectiveHeads() {
        RevisionMap map = graph("y1 <- ∅ labels: y\nx1 <- ∅ labels: x\ny2 <- y1 deps: x1\nx2 <- x1");
        Options o = Options.defaults().withForDowngrade(true);
        assertThat(iterate(map, List.of("x2", "y2"), "x@-1", o)).containsExactly("x2");
        assertThat(iterate(map, List.of("x1", "y2"), "x@-1", o)).containsExactly("y2", "x1");
        assertThat(iterate(map, "y2", "x@-1", o)).containsExactly("y2", "x1");
    }

    // ------------------------------------------------------------------ C. Plans and rows

    static final String C24 = """
            e6239818bb3a <- ∅
            548bbb905360 <- e6239818bb3a
            b7ea43dc85e4 <- 548bbb905360
            1bbe33445780 <- b7ea43dc85e4
            3975fb1a0125 <- 1bbe33445780
            """;
    static final String A = "e6239818bb3a";
    static final String B = "548bbb905360";
    static final String C = "b7ea43dc85e4";
    static final String D = "1bbe33445780";
    static final String E = "3975fb1a0125";

    @Test
    void C24_linearPlans() {
        RevisionMap map = graph(C24);
        assertThat(up(map, E, C)).containsExactly("up " + D, "up " + E);
        assertThat(rowsAfterUp(map, E, C)).containsExactly(E);
        assertThat(up(map, C)).containsExactly("up " + A, "up " + B, "up " + C);
        assertThat(rowsAfterUp(map, C)).containsExactly(C);
        assertThat(up(map, "+2", A)).containsExactly("up " + B, "up " + C);
        assertThat(up(map, "+1", A)).containsExactly("up " + B);
        assertThat(rowsAfterUp(map, "+1", A)).containsExactly(B);
        assertThat(up(map, "+3", B)).containsExactly("up " + C, "up " + D, "up " + E);
        assertThat(up(map, B + "+2", A)).containsExactly("up " + B, "up " + C, "up " + D);
        assertThat(rowsAfterUp(map, B + "+2", A)).containsExactly(D);
        assertThat(up(map, D + "-2", A)).containsExactly("up " + B);
        assertThatThrownBy(() -> up(map, "-2", B)).hasMessage("Relative revision -2 didn't produce 2 migrations");
        assertThatThrownBy(() -> up(map, "+5", B)).hasMessage("Relative revision +5 didn't produce 5 migrations");
        // Alembic silently does nothing; retort says the target is behind (DESIGN.md).
        assertThatThrownBy(() -> up(map, B, D)).hasMessageStartingWith("Destination " + B
                + " is behind the current revision(s) " + D);
        assertThat(up(map, E, E)).isEmpty();
    }

    @Test
    void C25_linearDowngrades() {
        RevisionMap map = graph(C24);
        assertThat(down(map, C, E)).containsExactly("down " + E, "down " + D);
        assertThat(rowsAfterDown(map, C, E)).containsExactly(C);
        assertThat(down(map, "base", C)).containsExactly("down " + C, "down " + B, "down " + A);
        assertThat(rowsAfterDown(map, "base", C)).isEmpty();
        assertThat(down(map, "base")).isEmpty();
        assertThat(down(map, A, A)).isEmpty();
        assertThat(down(map, E, E)).isEmpty();
        assertThat(down(map, "-1", C)).containsExactly("down " + C);
        assertThat(rowsAfterDown(map, "-1", C)).containsExactly(B);
        assertThat(down(map, "-3", E)).containsExactly("down " + E, "down " + D, "down " + C);
        assertThat(rowsAfterDown(map, "-3", E)).containsExactly(B);
        assertThat(down(map, A + "+2", D)).containsExactly("down " + D);
        assertThat(rowsAfterDown(map, A + "+2", D)).containsExactly(C);
        assertThat(down(map, C + "-2", D)).containsExactly("down " + D, "down " + C, "down " + B);
        assertThat(rowsAfterDown(map, C + "-2", D)).containsExactly(A);
        assertThatThrownBy(() -> down(map, "-5", B)).hasMessage("Relative revision -5 didn't produce 5 migrations");
        assertThatThrownBy(() -> down(map, "+2", B)).hasMessage("Relative revision +2 didn't produce 2 migrations");
        assertThatThrownBy(() -> down(map, "548")).hasMessage("Destination 548 is not a valid downgrade target from current head(s)");
        assertThatThrownBy(() -> down(map, "b7ea", B)).hasMessage("Destination b7ea is not a valid downgrade target from current head(s)");
        List<MigrationStep.StampStep> stamp = new Plans(map).stamp(List.of("base"), Ident.of(List.of(D)));
        assertThat(stamp).containsExactly(new MigrationStep.StampStep(List.of(D), List.of(), false, true));
        assertThat(apply(map, stamp, D)).isEmpty();
    }

    static final String C26 = """
            a <- ∅
            b <- a
            c1 <- b labels: c1branch
            d1 <- c1
            c2 <- b labels: c2branch
            d2 <- c2
            """;

    @Test
    void C26_twoLabelledBranchesAbsolutePlans() {
        RevisionMap map = graph(C26);
        assertThat(up(map, "d1", "b")).containsExactly("up c1", "up d1");
        assertThat(rowsAfterUp(map, "d1", "b")).containsExactly("d1");
        assertThat(up(map, List.of("d1", "d2"), "a")).containsExactly("up b", "up c2", "up d2", "up c1", "up d1");
        assertThat(rowsAfterUp(map, List.of("d1", "d2"), "a")).containsExactlyInAnyOrder("d1", "d2");
        assertThat(down(map, "a", "d1", "d2")).containsExactly("down d1", "down c1", "down d2", "down c2", "down b");
        assertThat(rowsAfterDown(map, "a", "d1", "d2")).containsExactly("a");
        assertThat(up(map, "heads")).containsExactly("up a", "up b", "up c2", "up d2", "up c1", "up d1");
        assertThat(rowsAfterUp(map, "heads")).containsExactlyInAnyOrder("d1", "d2");
        assertThatThrownBy(() -> up(map, "head", "d1", "d2"))
                .hasMessageStartingWith("Multiple head revisions are present for given argument 'head'; ");
        // the row changes while upgrading [d1, d2] from {a}
        VersionRows rows = new VersionRows(map, List.of("a"));
        List<String> changes = new ArrayList<>();
        for (MigrationStep s : new Plans(map).upgrade(Ident.of(List.of("d1", "d2")), Ident.of(List.of("a")))) {
            changes.addAll(rows.apply(s).stream().map(Object::toString).toList());
        }
        assertThat(changes).containsExactly("UPDATE a->b", "UPDATE b->c2", "UPDATE c2->d2", "INSERT c1", "UPDATE c1->d1");
    }

    @Test
    void C27_twoLabelledBranchesRelativeAndScopedTargets() {
        RevisionMap map = graph(C26);
        assertThat(up(map, "c2branch@head-1", "b")).containsExactly("up c2");
        assertThat(rowsAfterUp(map, "c2branch@head-1", "b")).containsExactly("c2");
        assertThat(down(map, "base+2", "d2", "d1")).containsExactly("down d1", "down c1", "down d2", "down c2");
        assertThat(rowsAfterDown(map, "base+2", "d2", "d1")).containsExactly("b");
        assertThat(down(map, "c2branch@base+2", "d2", "d1")).containsExactly("down d2", "down c2");
        assertThat(rowsAfterDown(map, "c2branch@base+2", "d2", "d1")).containsExactly("d1");
        assertThat(down(map, "c2branch@base+3", "d2", "d1")).containsExactly("down d2");
        assertThat(rowsAfterDown(map, "c2branch@base+3", "d2", "d1")).containsExactlyInAnyOrder("d1", "c2");
        assertThat(down(map, "c2", "d2", "d1")).containsExactly("down d2");
        assertThat(rowsAfterDown(map, "c2", "d2", "d1")).containsExactlyInAnyOrder("d1", "c2");
        // Alembic warns and downgrades whichever row comes first; retort refuses (DESIGN.md).
        for (String[] rows : new String[][] {{"d2", "d1"}, {"c2", "d1"}, {"d1", "d2"}, {"c1", "d2"}}) {
            assertThatThrownBy(() -> down(map, "-1", rows))
                    .hasMessageContaining("from multiple heads").hasMessageContaining("is ambiguous");
        }
        assertThat(down(map, "c1branch@-1", "d1", "d2")).containsExactly("down d1");
        assertThat(rowsAfterDown(map, "c1branch@-1", "d1", "d2")).containsExactlyInAnyOrder("c1", "d2");
        assertThat(down(map, "d2-1", "d2", "c1")).containsExactly("down d2");
        assertThat(rowsAfterDown(map, "d2-1", "d2", "c1")).containsExactlyInAnyOrder("c1", "c2");
        assertThat(rowsAfterDown(map, "d2-1", "c1", "d2")).containsExactlyInAnyOrder("c1", "c2");
        assertThat(down(map, "c1branch@head-1", "d1", "d2")).containsExactly("down d1");
        assertThat(rowsAfterDown(map, "c1branch@head-1", "d1", "d2")).containsExactlyInAnyOrder("c1", "d2");
    }

    @Test
    void C28_branchScopedAbsoluteDowngrades() {
        RevisionMap map = graph(C26);
        assertThat(down(map, "c1branch@b", "c1", "d2")).containsExactly("down c1");
        assertThat(rowsAfterDown(map, "c1branch@b", "c1", "d2")).containsExactly("d2");
        assertThat(down(map, "c2branch@b", "c1", "d2")).containsExactly("down d2", "down c2");
        assertThat(rowsAfterDown(map, "c2branch@b", "c1", "d2")).containsExactly("c1");
        assertThat(down(map, "c2@b", "d1", "d2")).containsExactly("down d2", "down c2");
        assertThat(rowsAfterDown(map, "c2@b", "d1", "d2")).containsExactly("d1");
        assertThat(down(map, "d1@b", "d1", "d2")).containsExactly("down d1", "down c1");
        assertThat(rowsAfterDown(map, "d1@b", "d1", "d2")).containsExactly("d2");
        assertThat(down(map, "c2", "d1", "c2")).isEmpty();
        assertThat(down(map, "d1", "d1", "c2")).isEmpty();
    }

    @Test
    void C29_relativeUpgradesWithBranches() {
        RevisionMap map = graph(C26);
        assertThat(up(map, "c2branch@+1", "c1")).containsExactly("up c2");
        assertThat(rowsAfterUp(map, "c2branch@+1", "c1")).containsExactlyInAnyOrder("c1", "c2");
        assertThat(up(map, "c2branch@+1", "c1", "c2")).containsExactly("up d2");
        assertThat(rowsAfterUp(map, "c2branch@+1", "c1", "c2")).containsExactlyInAnyOrder("c1", "d2");
        assertThatThrownBy(() -> up(map, "+1", "c1", "c2")).hasMessage("Ambiguous upgrade from multiple current revisions");
        assertThat(up(map, "base+1")).containsExactly("up a");
        assertThat(up(map, "+1")).containsExactly("up a");
        assertThat(rowsAfterUp(map, "+1")).containsExactly("a");
        assertThat(down(map, "-1", "a")).containsExactly("down a");
        assertThat(rowsAfterDown(map, "-1", "a")).isEmpty();
        // Alembic's message, with the reason DESIGN.md asks for.
        assertThatThrownBy(() -> down(map, "-1")).hasMessage(
                "Relative revision -1 didn't produce 1 migrations: the database is at base, there is nothing to downgrade");
    }

    @Test
    void C30_stampAcrossBranches() {
        RevisionMap map = graph(C26);
        Plans plans = new Plans(map);
        var s1 = plans.stamp(List.of("b"), Ident.of(List.of("d1", "c2")));
        assertThat(s1).containsExactly(new MigrationStep.StampStep(List.of("d1", "c2"), List.of("b"), false, false));
        assertThat(new VersionRows(map, List.of("d1", "c2")).apply(s1.get(0)).stream().map(Object::toString))
                .containsExactly("DELETE d1", "UPDATE c2->b");
        var s2 = plans.stamp(List.of("c1branch@base"), Ident.of(List.of("d1", "c2")));
        assertThat(s2).containsExactly(new MigrationStep.StampStep(List.of("d1"), List.of(), false, true));
        assertThat(apply(map, s2, "d1", "c2")).containsExactly("c2");
        var s3 = plans.stamp(List.of("c2branch@head"), Ident.of(List.of("d1", "c2")));
        assertThat(s3).containsExactly(new MigrationStep.StampStep(List.of("c2"), List.of("d2"), true, false));
        assertThat(apply(map, s3, "d1", "c2")).containsExactlyInAnyOrder("d1", "d2");
    }

    static final String C31 = """
            a <- ∅
            b <- a
            c1 <- b
            d1 <- c1
            c2 <- b labels: c2branch
            d2 <- c2
            e <- d1,d2
            f <- e
            """;

    @Test
    void C31_mergePointUpgradeDowngradeStamp() {
        RevisionMap map = graph(C31);
        assertThat(up(map, "f", "b")).containsExactly("up c2", "up d2", "up c1", "up d1", "up e", "up f");
        VersionRows rows = new VersionRows(map, List.of("b"));
        List<String> changes = new ArrayList<>();
        for (MigrationStep s : new Plans(map).upgrade("f", Ident.of(List.of("b")))) {
            changes.addAll(rows.apply(s).stream().map(Object::toString).toList());
        }
        assertThat(changes).containsExactly("UPDATE b->c2", "UPDATE c2->d2", "INSERT c1", "UPDATE c1->d1",
                "DELETE d1", "UPDATE d2->e", "UPDATE e->f");
        assertThat(rows.rows()).containsExactly("f");
        assertThat(down(map, "b", "f")).containsExactly("down f", "down e", "down d1", "down c1", "down d2", "down c2");
        VersionRows back = new VersionRows(map, List.of("f"));
        List<String> undo = new ArrayList<>();
        for (MigrationStep s : new Plans(map).downgrade("b", Ident.of(List.of("f")))) {
            undo.addAll(back.apply(s).stream().map(Object::toString).toList());
        }
        // deterministic unmerge: insert the first parents in down order, update to the last
        assertThat(undo).containsExactly("UPDATE f->e", "INSERT d1", "UPDATE e->d2", "UPDATE d1->c1", "DELETE c1",
                "UPDATE d2->c2", "UPDATE c2->b");
        assertThat(back.rows()).containsExactly("b");
        assertStamp(map, "c2", List.of("e"), List.of(), "e", "c2");
        assertStamp(map, "a", List.of("e"), List.of(), "e", "a");
        assertStamp(map, "e", List.of("c2"), List.of(), "c2", "e");
        assertStamp(map, "c2branch@head", List.of("d1", "c2"), List.of("d1"), "c2", "f");
        assertStamp(map, "e", List.of("d1", "c2"), List.of("d1"), "c2", "e");
        assertStamp(map, "e", List.of("b"), List.of(), "b", "e");
    }

    /** One stamp step whose merge idents are (deletes, updateFrom, updateTo). */
    private static void assertStamp(RevisionMap map, String target, List<String> rows, List<String> deletes,
                                    String from, String to) {
        var steps = new Plans(map).stamp(List.of(target), Ident.of(rows));
        assertThat(steps).hasSize(1);
        List<String> expected = new ArrayList<>();
        deletes.forEach(d -> expected.add("DELETE " + d));
        expected.add("UPDATE " + from + "->" + to);
        assertThat(new VersionRows(map, rows).apply(steps.get(0)).stream().map(Object::toString))
                .as("stamp %s from %s", target, rows).containsExactlyElementsOf(expected);
    }

    @Test
    void C32_versionRowsThroughTwinMerge() {
        RevisionMap map = graph("a <- ∅\nb1 <- a\nb2 <- a\nb3 <- a\nc1 <- b1,b2,b3\nc2 <- b1,b2,b3\nd1 <- c1\nd2 <- c2");
        assertRowsAfterEachStep(map, List.of("a"), new String[][] {
                {"b3", "b3"}, {"b1", "b1,b3"}, {"b2", "b1,b2,b3"}, {"c2", "c2"}, {"d2", "d2"}, {"c1", "c1,d2"},
                {"d1", "d1,d2"}});
        assertThat(up(map, "heads", "a")).containsExactly("up b3", "up b2", "up b1", "up c2", "up d2", "up c1", "up d1");
        assertThat(rowsAfterUp(map, "heads", "a")).containsExactlyInAnyOrder("d1", "d2");
    }

    @Test
    void C33_notQuiteTwinMerge() {
        RevisionMap map = graph("a <- ∅\nb1 <- a\nb2 <- a\nb3 <- a\nc1 <- b1,b2\nc2 <- b2,b3\nd1 <- c1\nd2 <- c2");
        assertRowsAfterEachStep(map, List.of("a"), new String[][] {
                {"b2", "b2"}, {"b3", "b2,b3"}, {"c2", "c2"}, {"d2", "d2"}, {"b1", "b1,d2"}, {"c1", "c1,d2"},
                {"d1", "d1,d2"}});
        assertThat(up(map, "heads", "a")).containsExactly("up b2", "up b3", "up c2", "up d2", "up b1", "up c1", "up d1");
    }

    private static void assertRowsAfterEachStep(RevisionMap map, List<String> start, String[][] stepsAndRows) {
        VersionRows rows = new VersionRows(map, start);
        for (String[] s : stepsAndRows) {
            rows.apply(new MigrationStep.RevisionStep(map.byId(s[0]), true));
            assertThat(rows.rows()).as("after up %s", s[0]).containsExactlyInAnyOrder(s[1].split(","));
        }
    }

    @Test
    void C34_forest() {
        RevisionMap map = graph("a1 <- ∅\nb1 <- a1\na2 <- ∅\nb2 <- a2");
        assertThat(up(map, "heads")).containsExactly("up a2", "up b2", "up a1", "up b1");
        var stamps = new Plans(map).stamp(List.of("heads"), Ident.of(List.of()));
        assertThat(stamps).hasSize(2).allMatch(MigrationStep.StampStep::branchMove);
        assertThat(stamps.stream().map(MigrationStep.StampStep::to)).containsExactlyInAnyOrder(List.of("b1"), List.of("b2"));
        assertThat(apply(map, stamps)).containsExactlyInAnyOrder("b1", "b2");
        assertThat(new Plans(map).stamp(List.of("heads"), Ident.of(List.of("b1", "b2")))).isEmpty();
    }

    @Test
    void C35_dependsOnAcrossRootsRowBookkeeping() {
        RevisionMap map = graph("""
                a1 <- ∅ labels: lib1
                b1 <- a1
                c1 <- b1
                a2 <- ∅
                b2 <- a2
                c2 <- b2 deps: c1
                d1 <- c1
                e1 <- d1
                f1 <- e1
                """);
        VersionRows rows = new VersionRows(map, List.of("c2", "d1"));
        assertThat(rows.apply(new MigrationStep.RevisionStep(map.byId("d1"), false)).stream().map(Object::toString))
                .containsExactly("DELETE d1");
        assertThat(rows.rows()).containsExactly("c2");
        var stamp = new Plans(map).stamp(List.of("b1"), Ident.of(List.of("e1", "c2")));
        assertThat(apply(map, stamp, "e1", "c2")).containsExactly("b1");
        assertThat(map.heads()).containsExactly("c2", "f1");
        assertThat(up(map, "heads")).containsExactly("up a1", "up b1", "up c1", "up d1", "up e1", "up f1", "up a2",
                "up b2", "up c2");
        assertThat(rowsAfterUp(map, "heads")).containsExactlyInAnyOrder("c2", "f1");
    }

    @Test
    void C36_branchDependencyAndScopedDowngrades() {
        RevisionMap map = graph("a <- ∅\nb <- a\nc1 <- b labels: c1branch\nd1 <- c1\nc2 <- b labels: c2branch\nd2 <- c2 deps: c1");
        assertThat(down(map, "c2branch@b", "d1", "d2")).containsExactly("down d2", "down c2");
        assertThat(rowsAfterDown(map, "c2branch@b", "d1", "d2")).containsExactly("d1");
        List<String> steps = down(map, "c1branch@b", "d1", "d2");
        assertThat(steps).containsExactly("down d1", "down d2", "down c1");
        assertThat(rowsAfterDown(map, "c1branch@b", "d1", "d2")).containsExactly("c2");
    }

    @Test
    void C37_mergePointBranchesFromIndependentRoots() {
        RevisionMap map = graph("a1 <- ∅\nb1 <- a1\nc1 <- b1\na2 <- ∅\nb2 <- a2\nc2 <- b2\nd1 <- c1,c2\nd2 <- c2");
        assertThat(up(map, "d1", "d2", "b1")).containsExactly("up c1", "up d1");
        assertThat(rowsAfterUp(map, "d1", "d2", "b1")).containsExactlyInAnyOrder("d2", "d1");
        assertThat(down(map, "b1", "d2", "d1")).containsExactly("down d1", "down c1");
        assertThat(rowsAfterDown(map, "b1", "d2", "d1")).containsExactlyInAnyOrder("d2", "b1");
    }

    @Test
    void currentRevisionsAreTheBranchHeadsOfWhatTheRowsImply() {
        RevisionMap c26 = graph(C26);
        assertThat(ids(c26.traversal().allCurrent(List.of("c2", "d1")))).containsExactly("d1", "c2");
        assertThat(ids(c26.traversal().allCurrent(List.of("b")))).containsExactly("b");
        assertThat(ids(c26.traversal().allCurrent(List.of()))).isEmpty();
        RevisionMap c35 = graph("a1 <- ∅ labels: lib1\nb1 <- a1\nc1 <- b1\na2 <- ∅\nb2 <- a2\nc2 <- b2 deps: c1\n"
                + "d1 <- c1\ne1 <- d1\nf1 <- e1");
        // c1 is only depended on: not a child of c1, so c1 stays a branch head (as in Alembic)
        assertThat(ids(c35.traversal().allCurrent(List.of("c2")))).containsExactly("c1", "c2");
        assertThat(ids(c35.traversal().allCurrent(List.of("c2", "d1")))).containsExactly("c2", "d1");
    }

    @Nested
    class StricterThanAlembic {
        @Test
        void duplicateIdNamesBothRevisions() {
            assertThatThrownBy(() -> graph("a <- ∅\na <- ∅")).hasMessageContaining("Revision a is defined twice");
        }

        @Test
        void missingDownRevisionIsAnErrorNotATraceback() {
            assertThatThrownBy(() -> graph("a <- ∅\nb <- zz"))
                    .hasMessageStartingWith("Revision zz referenced from b is not present");
        }

        @Test
        void missingDependencyIsNamed() {
            assertThatThrownBy(() -> graph("a <- ∅\nb <- a deps: nope"))
                    .hasMessageStartingWith("Revision nope named in depends_on of b is not present");
        }
    }
}
