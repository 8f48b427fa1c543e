package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
    private static final Path BASE = Path.of("/work/project");

    private static DatabaseUrl parse(String url) {
        return DatabaseUrl.parse(url, BASE);
    }

    @Test
    void postgresqlUrlBecomesJdbcUrlWithCredentialsAsProperties() {
        DatabaseUrl url = parse("postgresql://scott:tiger@db.example.com:5433/app");

        assertThat(url.kind()).isEqualTo(DatabaseKind.POSTGRESQL);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5433/app");
        assertThat(url.properties()).containsEntry("user", "scott").containsEntry("password", "tiger");
        assertThat(url.user()).contains("scott");
        assertThat(url.password()).contains("tiger");
    }

    @Test
    void postgresAliasAndDriverSuffixAreAccepted() {
        assertThat(parse("postgres://u@h/db").jdbcUrl()).isEqualTo("jdbc:postgresql://h/db");
        assertThat(parse("postgresql+psycopg2://u@h/db").jdbcUrl()).isEqualTo("jdbc:postgresql://h/db");
        assertThat(parse("postgresql+asyncpg://h/db").kind()).isEqualTo(DatabaseKind.POSTGRESQL);
    }

    @Test
    void missingHostIsLocalhostAndMissingPortIsLeftOut() {
        DatabaseUrl url = parse("postgresql:///app");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/app");
        assertThat(url.properties()).isEmpty();
        assertThat(url.password()).isEmpty();
    }

    @Test
    void queryParametersStayInTheJdbcUrlExceptCredentials() {
        DatabaseUrl url = parse("postgresql://h/db?sslmode=require&user=bob&password=s%20cret&application_name=my+app");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?sslmode=require&application_name=my+app");
        assertThat(url.properties()).containsEntry("user", "bob").containsEntry("password", "s cret");
        assertThat(url.masked()).isEqualTo("postgresql://h/db?sslmode=require&user=bob&password=***&application_name=my+app");
    }

    @Test
    void percentEscapedPasswordIsDecoded() {
        DatabaseUrl url = parse("postgresql://us%40er:p%40ss%3Aw%2Frd%25@h:5432/db");

        assertThat(url.password()).contains("p@ss:w/rd%");
        assertThat(url.user()).contains("us@er");
        assertThat(url.properties()).containsEntry("password", "p@ss:w/rd%");
        assertThat(url.masked()).isEqualTo("postgresql://us%40er:***@h:5432/db");
    }

    @Test
    void rawSlashAndColonInPasswordWorkAsInSqlAlchemy() {
        DatabaseUrl url = parse("postgresql://u:pa/ss:w@h/db");

        assertThat(url.password()).contains("pa/ss:w");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db");
    }

    @Test
    void ipv6HostKeepsItsBrackets() {
        assertThat(parse("postgresql://[::1]:5432/db").jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5432/db");
    }

    @Test
    void mysqlAndMariadbBothUseTheMariadbDriverButKeepTheirKind() {
        DatabaseUrl mysql = parse("mysql+pymysql://root:pw@localhost:3306/app?charset=utf8mb4");
        DatabaseUrl mariadb = parse("mariadb://root@db/app");
        DatabaseUrl mariadbWithDriver = parse("mariadb+mariadbconnector://db/app");

        assertThat(mysql.kind()).isEqualTo(DatabaseKind.MYSQL);
        assertThat(mysql.jdbcUrl()).isEqualTo("jdbc:mariadb://localhost:3306/app?charset=utf8mb4");
        assertThat(mysql.properties()).containsEntry("user", "root").containsEntry("password", "pw");
        assertThat(mariadb.kind()).isEqualTo(DatabaseKind.MARIADB);
        assertThat(mariadb.jdbcUrl()).isEqualTo("jdbc:mariadb://db/app");
        assertThat(mariadbWithDriver.kind()).isEqualTo(DatabaseKind.MARIADB);
        assertThat(parse("mysql://h").jdbcUrl()).isEqualTo("jdbc:mariadb://h/");
    }

    @Test
    void sqlServerUrlUsesSemicolonParametersAndDropsTheOdbcDriver() {
        DatabaseUrl url = parse("mssql+pyodbc://sa:Secret1@sql.local:1433/app?driver=ODBC+Driver+17+for+SQL+Server&encrypt=false");

        assertThat(url.kind()).isEqualTo(DatabaseKind.SQLSERVER);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:sqlserver://sql.local:1433;databaseName=app;encrypt=false");
        assertThat(url.properties()).containsEntry("user", "sa").containsEntry("password", "Secret1");
    }

    @Test
    void sqlServerAddsNoParameterTheUserDidNotGive() {
        assertThat(parse("mssql://h/db").jdbcUrl()).isEqualTo("jdbc:sqlserver://h;databaseName=db");
        assertThat(parse("mssql://h").jdbcUrl()).isEqualTo("jdbc:sqlserver://h");
    }

    @Test
    void sqlServerValueWithSemicolonIsBraced() {
        assertThat(parse("mssql://h/db?applicationName=a;b").jdbcUrl())
                .isEqualTo("jdbc:sqlserver://h;databaseName=db;applicationName={a;b}");
    }

    @Test
    void sqliteRelativePathIsRelativeToTheBaseDirectory() {
        DatabaseUrl url = parse("sqlite:///data/app.db");

        assertThat(url.kind()).isEqualTo(DatabaseKind.SQLITE);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:sqlite:/work/project/data/app.db");
    }

    @Test
    void sqliteAbsolutePathHasFourSlashes() {
        assertThat(parse("sqlite:////var/lib/app.db").jdbcUrl()).isEqualTo("jdbc:sqlite:/var/lib/app.db");
    }

    @Test
    void sqliteWithoutPathIsInMemory() {
        assertThat(parse("sqlite://").jdbcUrl()).isEqualTo("jdbc:sqlite::memory:");
        assertThat(parse("sqlite:///:memory:").jdbcUrl()).isEqualTo("jdbc:sqlite::memory:");
        assertThat(parse("sqlite+pysqlite://").kind()).isEqualTo(DatabaseKind.SQLITE);
    }

    @Test
    void sqliteQueryParametersBecomeProperties() {
        DatabaseUrl url = parse("sqlite:///app.db?journal_mode=WAL");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:sqlite:/work/project/app.db");
        assertThat(url.properties()).containsEntry("journal_mode", "WAL");
    }

    @Test
    void sqliteWithHostIsRefused() {
        assertThatThrownBy(() -> parse("sqlite://host/app.db"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("sqlite:///relative.db");
    }

    @Test
    void h2FormsGainTheJdbcPrefix() {
        assertThat(parse("h2:mem:test").jdbcUrl()).isEqualTo("jdbc:h2:mem:test");
        assertThat(parse("h2:file:/data/app").jdbcUrl()).isEqualTo("jdbc:h2:file:/data/app");
        assertThat(parse("h2:./rel").jdbcUrl()).isEqualTo("jdbc:h2:./rel");
        assertThat(parse("h2:mem:test").kind()).isEqualTo(DatabaseKind.H2);
    }

    @Test
    void jdbcUrlIsKeptAsIsWithKindFromSubprotocol() {
        assertThat(parse("jdbc:postgresql://h:5432/db").kind()).isEqualTo(DatabaseKind.POSTGRESQL);
        assertThat(parse("jdbc:mysql://h/db").kind()).isEqualTo(DatabaseKind.MYSQL);
        assertThat(parse("jdbc:mariadb://h/db").kind()).isEqualTo(DatabaseKind.MARIADB);
        assertThat(parse("jdbc:sqlserver://h;databaseName=x").kind()).isEqualTo(DatabaseKind.SQLSERVER);
        assertThat(parse("jdbc:sqlite:app.db").kind()).isEqualTo(DatabaseKind.SQLITE);
        assertThat(parse("jdbc:h2:mem:x").kind()).isEqualTo(DatabaseKind.H2);
        assertThat(parse("jdbc:postgresql://h:5432/db?ssl=true").jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db?ssl=true");
        assertThat(parse("jdbc:postgresql://h/db").properties()).isEmpty();
    }

    @Test
    void jdbcUrlPasswordsAreFoundAndMaskedInEveryStyle() {
        DatabaseUrl query = parse("jdbc:postgresql://h/db?user=u&password=p%40ss");
        DatabaseUrl semicolon = parse("jdbc:sqlserver://h;databaseName=db;user=sa;password={a;b}");
        DatabaseUrl userinfo = parse("jdbc:mysql://u:pw9@h/db");
        DatabaseUrl h2 = parse("jdbc:h2:mem:x;USER=sa;PASSWORD=h2pw");

        assertThat(query.password()).contains("p@ss");
        assertThat(query.masked()).isEqualTo("jdbc:postgresql://h/db?user=u&password=***");
        assertThat(query.maskedJdbcUrl()).isEqualTo("jdbc:postgresql://h/db?user=u&password=***");
        assertThat(semicolon.password()).contains("a;b");
        assertThat(semicolon.masked()).isEqualTo("jdbc:sqlserver://h;databaseName=db;user=sa;password=***");
        assertThat(userinfo.password()).contains("pw9");
        assertThat(userinfo.masked()).isEqualTo("jdbc:mysql://u:***@h/db");
        assertThat(h2.password()).contains("h2pw");
        assertThat(h2.maskedJdbcUrl()).isEqualTo("jdbc:h2:mem:x;USER=sa;PASSWORD=***");
    }

    @Test
    void toStringIsTheMaskedUrl() {
        DatabaseUrl url = parse("postgresql://u:tiger@h/db");

        assertThat(url).hasToString("postgresql://u:***@h/db");
        assertThat(url.maskedJdbcUrl()).isEqualTo("jdbc:postgresql://h/db");
        assertThat(url.properties().toString()).contains("password=***").doesNotContain("tiger");
    }

    @Test
    void propertiesAreACopy() {
        DatabaseUrl url = parse("postgresql://u:tiger@h/db");

        url.properties().setProperty("password", "changed");

        assertThat(url.properties()).containsEntry("password", "tiger");
    }

    @Test
    void equalUrlsAreEqual() {
        assertThat(parse("postgresql://u@h/db")).isEqualTo(parse("postgresql://u@h/db"))
                .hasSameHashCodeAs(parse("postgresql://u@h/db"))
                .isNotEqualTo(parse("postgresql://u@h/other"));
    }

    @Test
    void unknownSchemeListsTheAcceptedOnes() {
        assertThatThrownBy(() -> parse("oracle://scott:tiger@h/db"))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("Unsupported database URL scheme 'oracle://'")
                .hasMessageContaining("postgresql://")
                .hasMessageContaining("sqlite://");
    }

    @Test
    void unknownJdbcSubprotocolIsRefused() {
        assertThatThrownBy(() -> parse("jdbc:oracle:thin:scott/tiger@h:1521:x"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("'jdbc:oracle:...'")
                .hasMessageContaining("jdbc:postgresql");
    }

    @Test
    void textThatIsNoUrlIsRefused() {
        assertThatThrownBy(() -> parse("localhost/db"))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("Unrecognized database URL starting 'localhost'");
        assertThatThrownBy(() -> parse("  "))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("The database URL is empty");
    }

    @Test
    void badPortIsRefused() {
        assertThatThrownBy(() -> parse("postgresql://h:99999/db"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("Invalid port '99999'");
        assertThatThrownBy(() -> parse("postgresql://h:abc/db"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("Invalid port 'abc'");
    }

    @Test
    void unescapedAtInPasswordIsRefused() {
        assertThatThrownBy(() -> parse("postgresql://u:p@ss@h/db"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("%40");
    }

    @Test
    void badPercentEscapeIsRefused() {
        assertThatThrownBy(() -> parse("postgresql://u:p%zz@h/db"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("Invalid percent-escape in the password")
                .hasMessageContaining("postgresql://u:***@h/db");
    }
}
