package dev.retort.runtime.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlBodyReaderTest {
    private static final String HEADER = "-- add email\n-- retort: revision=1a2b3c4d5e6f down=0f9e8d7c6b5a\n"
            + "-- retort: message=add user email; upgrade soon\n";

    private static SqlBody read(String content) {
        return new SqlBodyReader(SqlSyntax.SQLITE).read(content, "v/1a2b.sql");
    }

    @Test
    void readsBothSections() {
        SqlBody body = read(HEADER + "-- retort: upgrade\nALTER TABLE u ADD COLUMN email VARCHAR(255);\n"
                + "CREATE INDEX ix ON u (email)\n-- retort: downgrade\nDROP INDEX ix;\nALTER TABLE u DROP COLUMN email;\n");
        assertThat(body.upgrade()).containsExactly(new SqlStatement("ALTER TABLE u ADD COLUMN email VARCHAR(255)", 5),
                new SqlStatement("CREATE INDEX ix ON u (email)", 6));
        assertThat(body.downgrade()).containsExactly(new SqlStatement("DROP INDEX ix", 8),
                new SqlStatement("ALTER TABLE u DROP COLUMN email", 9));
        assertThat(body.reversible()).isTrue();
    }

    @Test
    void withoutDowngradeLineTheRevisionIsIrreversible() {
        SqlBody body = read(HEADER + "-- retort: upgrade\nSELECT 1;\n");
        assertThat(body.upgrade()).hasSize(1);
        assertThat(body.downgrade()).isEmpty();
        assertThat(body.reversible()).isFalse();
    }

    @Test
    void anEmptyDowngradeSectionIsReversibleAndDoesNothing() {
        SqlBody body = read(HEADER + "-- retort: upgrade\nSELECT 1;\n-- retort: downgrade\n-- nothing to undo\n");
        assertThat(body.downgrade()).isEmpty();
        assertThat(body.reversible()).isTrue();
    }

    @Test
    void upgradeItemMayShareTheHeaderLine() {
        SqlBody body = read("-- retort: revision=a1 down= upgrade\nSELECT 1;");
        assertThat(body.upgrade()).containsExactly(new SqlStatement("SELECT 1", 2));
    }

    @Test
    void sectionLinesInsideStringsOrBlockCommentsAreText() {
        SqlBody body = read(HEADER + "-- retort: upgrade\nINSERT INTO t VALUES ('\n-- retort: downgrade\n');\n"
                + "/*\n-- retort: downgrade\n*/\n");
        assertThat(body.upgrade()).hasSize(1);
        assertThat(body.reversible()).isFalse();
    }

    @Test
    void aSecondDowngradeLineIsAnError() {
        assertThatThrownBy(() -> read(HEADER + "-- retort: upgrade\n-- retort: downgrade\n-- retort: downgrade\n"))
                .hasMessageStartingWith("v/1a2b.sql:6: unexpected '-- retort: downgrade'");
        assertThatThrownBy(() -> read(HEADER + "-- retort: upgrade\n-- retort: downgrad\n"))
                .hasMessageStartingWith("v/1a2b.sql:5: unexpected '-- retort: downgrad'");
    }

    @Test
    void missingUpgradeLineAndSqlBeforeItAreErrors() {
        assertThatThrownBy(() -> read(HEADER)).hasMessageStartingWith("v/1a2b.sql:1: missing the '-- retort: upgrade'");
        assertThatThrownBy(() -> read("SELECT 1;\n-- retort: upgrade\n"))
                .hasMessage("v/1a2b.sql:1: SQL before the '-- retort: upgrade' line");
    }

    @Test
    void aBodyLeftOpenAtTheDowngradeLineIsAnError() {
        assertThatThrownBy(() -> read(HEADER + "-- retort: upgrade\nCREATE TRIGGER t AFTER INSERT ON x BEGIN\n"
                + "SELECT 1;\n-- retort: downgrade\nDROP TRIGGER t;"))
                .hasMessage("v/1a2b.sql:5: BEGIN has no matching END before the '-- retort:' line 7");
    }
}
