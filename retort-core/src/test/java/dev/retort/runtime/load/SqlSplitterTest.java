package dev.retort.runtime.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

    private static List<SqlStatement> split(SqlSyntax syntax, String sql) {
        return new SqlSplitter(syntax).split(sql, "v/x.sql");
    }

    private static List<String> texts(SqlSyntax syntax, String sql) {
        return split(syntax, sql).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void splitsOnSemicolonsAndKeepsStartLines() {
        assertThat(split(SqlSyntax.SQLITE, "CREATE TABLE a (x INT);\n\nCREATE TABLE b (\n  y INT\n);\n"))
                .containsExactly(new SqlStatement("CREATE TABLE a (x INT)", 1),
                        new SqlStatement("CREATE TABLE b (\n  y INT\n)", 3));
    }

    @Test
    void lastStatementNeedsNoSemicolon() {
        assertThat(texts(SqlSyntax.H2, "SELECT 1;\nSELECT 2\n")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void emptyStatementsAndCommentOnlyFragmentsAreDropped() {
        assertThat(texts(SqlSyntax.POSTGRESQL, ";;\n-- only a comment;\n/* and ; another */ ;\nSELECT 1;;"))
                .containsExactly("SELECT 1");
        assertThat(split(SqlSyntax.POSTGRESQL, "  \n-- nothing\n")).isEmpty();
    }

    @Test
    void commentsBeforeAStatementAreDroppedAndLineIsThatOfItsFirstWord() {
        assertThat(split(SqlSyntax.SQLITE, "-- make t\n/* really */\nCREATE TABLE t (x INT); -- done\n"))
                .containsExactly(new SqlStatement("CREATE TABLE t (x INT)", 3));
    }

    @Test
    void commentsInsideAStatementAreKeptButTrailingOnesAreNot() {
        assertThat(texts(SqlSyntax.SQLITE, "SELECT 1 -- one\n  + 2 -- two\n;"))
                .containsExactly("SELECT 1 -- one\n  + 2");
    }

    @Test
    void semicolonsInStringsDoNotSplit() {
        assertThat(texts(SqlSyntax.SQLITE, "INSERT INTO t VALUES ('a;b', 'it''s; ok');SELECT ';'"))
                .containsExactly("INSERT INTO t VALUES ('a;b', 'it''s; ok')", "SELECT ';'");
    }

    @Test
    void multiLineStringsCountTheirLines() {
        assertThat(split(SqlSyntax.SQLITE, "INSERT INTO t VALUES ('a\nb;\nc');\nSELECT 1;"))
                .extracting(SqlStatement::line).containsExactly(1, 4);
    }

    @Test
    void semicolonsInQuotedIdentifiersDoNotSplit() {
        assertThat(texts(SqlSyntax.SQLITE, "CREATE TABLE \"a;\"\"b\" (`c;` INT, [d;] INT);SELECT 1"))
                .containsExactly("CREATE TABLE \"a;\"\"b\" (`c;` INT, [d;] INT)", "SELECT 1");
        assertThat(texts(SqlSyntax.MYSQL, "CREATE TABLE `we;ird``s` (x INT);SELECT 1"))
                .containsExactly("CREATE TABLE `we;ird``s` (x INT)", "SELECT 1");
    }

    @Test
    void semicolonsInCommentsDoNotSplit() {
        assertThat(texts(SqlSyntax.SQLITE, "SELECT 1 /* a; b */ + 2 -- c; d\n, 3;SELECT 4"))
                .containsExactly("SELECT 1 /* a; b */ + 2 -- c; d\n, 3", "SELECT 4");
    }

    @Test
    void postgresBlockCommentsNest() {
        assertThat(texts(SqlSyntax.POSTGRESQL, "/* outer /* inner; */ still comment; */ SELECT 1; SELECT 2"))
                .containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void mysqlBlockCommentsDoNotNest() {
        assertThat(texts(SqlSyntax.MYSQL, "/* a /* b */ SELECT 1; SELECT 2"))
                .containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void dollarQuotesHideSemicolons() {
        String fn = "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  NEW.x := 1;\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql";
        assertThat(texts(SqlSyntax.POSTGRESQL, fn + ";\nSELECT 1;")).containsExactly(fn, "SELECT 1");
    }

    @Test
    void taggedDollarQuotesMayContainOtherDollarQuotes() {
        String body = "DO $outer$ BEGIN EXECUTE $q$SELECT ';'$q$; PERFORM '$$;'; END $outer$";
        assertThat(texts(SqlSyntax.POSTGRESQL, body + "; SELECT $1")).containsExactly(body, "SELECT $1");
    }

    @Test
    void dollarInIdentifiersIsNotAQuote() {
        assertThat(texts(SqlSyntax.POSTGRESQL, "SELECT a$b$ FROM t; SELECT 2"))
                .containsExactly("SELECT a$b$ FROM t", "SELECT 2");
    }

    @Test
    void postgresEscapeStringsTakeBackslashes() {
        assertThat(texts(SqlSyntax.POSTGRESQL, "SELECT E'it\\'s; fine', e'\\\\'; SELECT 'plain\\'; SELECT 3"))
                .containsExactly("SELECT E'it\\'s; fine', e'\\\\'", "SELECT 'plain\\'", "SELECT 3");
    }

    @Test
    void mysqlStringsTakeBackslashesAndHashComments() {
        assertThat(texts(SqlSyntax.MYSQL, "SELECT 'it\\'s;', \"q\\\";\"; # note; here\nSELECT 2"))
                .containsExactly("SELECT 'it\\'s;', \"q\\\";\"", "SELECT 2");
    }

    @Test
    void mysqlDoubleDashNeedsASpace() {
        assertThat(texts(SqlSyntax.MYSQL, "SELECT 1--1;\nSELECT 2 -- c;\n;"))
                .containsExactly("SELECT 1--1", "SELECT 2");
    }

    @Test
    void mysqlExecutableCommentsAreStatements() {
        assertThat(texts(SqlSyntax.MYSQL, "/*!40101 SET NAMES utf8 */;\n/* plain */;"))
                .containsExactly("/*!40101 SET NAMES utf8 */");
    }

    @Test
    void sqliteTriggerBodyIsOneStatement() {
        String trigger = "CREATE TRIGGER audit AFTER UPDATE ON account\nFOR EACH ROW WHEN NEW.balance < 0\nBEGIN\n"
                + "  INSERT INTO log VALUES (NEW.id, 'negative; check');\n"
                + "  UPDATE account SET flagged = CASE WHEN NEW.balance < -100 THEN 2 ELSE 1 END WHERE id = NEW.id;\n"
                + "END";
        assertThat(split(SqlSyntax.SQLITE, "CREATE TABLE log (x INT);\n" + trigger + ";\nSELECT 1;"))
                .containsExactly(new SqlStatement("CREATE TABLE log (x INT)", 1),
                        new SqlStatement(trigger, 2), new SqlStatement("SELECT 1", 8));
    }

    @Test
    void mysqlProcedureWithoutDelimiter() {
        String proc = "CREATE PROCEDURE fill(IN n INT)\nBEGIN\n  DECLARE i INT DEFAULT 0;\n"
                + "  lbl: WHILE i < n DO\n    IF i % 2 = 0 THEN\n      INSERT INTO t VALUES (i);\n    END IF;\n"
                + "    SET i = i + 1;\n  END WHILE lbl;\n  CASE n WHEN 0 THEN SELECT 'none'; ELSE BEGIN SELECT 'some'; END; END CASE;\n"
                + "END";
        assertThat(texts(SqlSyntax.MYSQL, proc + ";\nCALL fill(3);")).containsExactly(proc, "CALL fill(3)");
    }

    @Test
    void nestedBeginEndBlocks() {
        String proc = "CREATE PROCEDURE p() BEGIN\n  BEGIN\n    SELECT 1;\n  END;\n  outer_block: BEGIN SELECT 2; END outer_block;\nEND";
        assertThat(texts(SqlSyntax.MYSQL, proc + "; SELECT 3")).containsExactly(proc, "SELECT 3");
    }

    @Test
    void h2TriggerBodyAndMariadbCompoundStatement() {
        String h2 = "CREATE TRIGGER t1 BEFORE INSERT ON t FOR EACH ROW AS $$ org.x.Trigger; $$";
        assertThat(texts(SqlSyntax.H2, h2 + "; SELECT 1")).containsExactly(h2, "SELECT 1");
        String compound = "BEGIN NOT ATOMIC\n  SELECT 1;\n  SELECT 2;\nEND";
        assertThat(texts(SqlSyntax.MYSQL, compound + ";\nSELECT 3;")).containsExactly(compound, "SELECT 3");
    }

    @Test
    void postgresBeginAtomicFunctionBody() {
        String fn = "CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql BEGIN ATOMIC\n  SELECT a + b;\nEND";
        assertThat(texts(SqlSyntax.POSTGRESQL, fn + ";\nSELECT 1")).containsExactly(fn, "SELECT 1");
    }

    @Test
    void transactionBeginIsNotABody() {
        assertThat(texts(SqlSyntax.SQLITE, "BEGIN;\nCREATE TABLE t (x INT);\nBEGIN TRANSACTION;\nCOMMIT;"))
                .containsExactly("BEGIN", "CREATE TABLE t (x INT)", "BEGIN TRANSACTION", "COMMIT");
        assertThat(texts(SqlSyntax.POSTGRESQL, "BEGIN ISOLATION LEVEL SERIALIZABLE; SELECT 1"))
                .containsExactly("BEGIN ISOLATION LEVEL SERIALIZABLE", "SELECT 1");
    }

    @Test
    void beginAndEndAsColumnNamesOutsideRoutinesDoNotOpenBodies() {
        assertThat(texts(SqlSyntax.POSTGRESQL, "CREATE TABLE span (begin INT, \"end\" INT); SELECT s.end FROM span s; SELECT 2"))
                .containsExactly("CREATE TABLE span (begin INT, \"end\" INT)", "SELECT s.end FROM span s", "SELECT 2");
    }

    @Test
    void caseExpressionsOutsideBodiesNeedNoTracking() {
        assertThat(texts(SqlSyntax.SQLITE, "SELECT CASE WHEN x THEN 1 END FROM t; SELECT 2"))
                .containsExactly("SELECT CASE WHEN x THEN 1 END FROM t", "SELECT 2");
    }

    @Test
    void crlfFilesSplitLikeLfFiles() {
        assertThat(split(SqlSyntax.SQLITE, "\uFEFFSELECT 1;\r\n-- c\r\nSELECT\r\n 2;\r\n"))
                .containsExactly(new SqlStatement("SELECT 1", 1), new SqlStatement("SELECT\n 2", 3));
    }

    @Test
    void unterminatedStringNamesItsLine() {
        assertThatThrownBy(() -> split(SqlSyntax.SQLITE, "SELECT 1;\nSELECT 'oops;\n"))
                .isInstanceOf(RetortException.class).hasMessage("v/x.sql:2: unterminated string");
    }

    @Test
    void unterminatedCommentAndDollarQuoteNameTheirLines() {
        assertThatThrownBy(() -> split(SqlSyntax.POSTGRESQL, "SELECT 1;\n/* /* */\n"))
                .hasMessage("v/x.sql:2: unterminated /* comment");
        assertThatThrownBy(() -> split(SqlSyntax.POSTGRESQL, "\n\nDO $x$ BEGIN END $y$;"))
                .hasMessage("v/x.sql:3: unterminated dollar-quoted string $x$");
    }

    @Test
    void unclosedBodyIsAnError() {
        assertThatThrownBy(() -> split(SqlSyntax.SQLITE, "CREATE TRIGGER t AFTER INSERT ON x\nBEGIN\n SELECT 1;\n"))
                .hasMessage("v/x.sql:2: BEGIN or CASE has no matching END");
    }

    @Test
    void delimiterCommandIsRefusedWithAHint() {
        assertThatThrownBy(() -> split(SqlSyntax.MYSQL, "SELECT 1;\nDELIMITER //\n"))
                .hasMessageStartingWith("v/x.sql:2: DELIMITER is a command of the mysql client");
    }

    @Test
    void plainSplitterTreatsRetortLinesAsComments() {
        assertThat(texts(SqlSyntax.SQLITE, "SELECT 1\n-- retort: downgrade\n+ 1;")).containsExactly("SELECT 1\n-- retort: downgrade\n+ 1");
    }
}
