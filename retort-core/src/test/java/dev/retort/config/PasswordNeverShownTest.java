package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds URLs and configs holding a password, collects every string this layer produces from
 * them (values' toString, masked forms, error messages) and checks the password is in none. Every
 * password used contains the marker, so that any fragment of one that leaks is caught.
 */
class PasswordNeverShownTest {
    private static final String MARKER = "Sup3r";
    private static final String PASSWORD = MARKER + "$ecret:p/w@x%";
    private static final String ESCAPED = MARKER + "%24ecret%3Ap%2Fw%40x%25";

    @TempDir
    Path dir;

    private final List<String> shown = new ArrayList<>();

    @Test
    void noValueShowsThePassword() {
        List<String> urls = List.of(
                "postgresql://scott:" + ESCAPED + "@h:5432/db?sslmode=require",
                "postgres://scott:" + ESCAPED + "@h/db",
                "postgresql+psycopg2://h/db?user=scott&password=" + ESCAPED,
                "mysql+pymysql://root:" + ESCAPED + "@h/db",
                "mariadb://root:" + ESCAPED + "@h/db",
                "mssql+pyodbc://sa:" + ESCAPED + "@h:1433/db?driver=ODBC+Driver+18",
                "postgresql://scott:" + MARKER + " with space@h/db",
                "jdbc:postgresql://h/db?user=u&password=" + ESCAPED,
                "jdbc:postgresql://h/db?user=u&sslpassword=" + MARKER + "key&password=" + ESCAPED,
                "jdbc:sqlserver://h;databaseName=db;user=sa;password={" + MARKER + ";x}",
                "jdbc:mysql://u:" + ESCAPED + "@h/db",
                "jdbc:h2:mem:x;USER=sa;PASSWORD=" + MARKER + "pw",
                "h2:mem:x;PASSWORD=" + MARKER + "pw");
        for (String text : urls) {
            DatabaseUrl url = DatabaseUrl.parse(text, dir);
            assertThat(url.password()).as(text).hasValueSatisfying(pw -> assertThat(pw).contains(MARKER));
            shown.add(url.toString());
            shown.add(url.masked());
            shown.add(url.maskedJdbcUrl());
            shown.add(url.properties().toString());
            shown.add(url.secrets().toString());
            shown.add(url.secrets().mask(text));
            shown.add(url.secrets().mask(url.jdbcUrl()));
            shown.add(url.secrets().mask("driver says: FATAL password " + url.password().orElseThrow() + " rejected"));
            if (!text.startsWith("jdbc:") && !text.startsWith("h2:")) {
                shown.add(url.jdbcUrl());
            }
        }
        assertNothingShowsThePassword();
    }

    @Test
    void noErrorAboutABadUrlShowsThePassword() {
        List<String> badUrls = List.of(
                "oracle://scott:" + ESCAPED + "@h/db",
                "postgresql://scott:" + ESCAPED + "@h:99999/db",
                "postgresql://scott:" + ESCAPED + "@h:port/db",
                "postgresql://scott:" + MARKER + "@" + MARKER + "@h/db",
                "postgresql://scott:" + MARKER + "%zz@h/db",
                "postgresql://scott:" + ESCAPED + "@h/db?a=%zz",
                "sqlite://scott:" + ESCAPED + "@h/app.db",
                "scott:" + MARKER + "@h/db",
                "jdbc:oracle:thin:scott/" + MARKER + "@h:1521:x",
                "post gres://scott:" + MARKER + "@h/db");
        for (String text : badUrls) {
            shown.add(errorOf(() -> DatabaseUrl.parse(text, dir)));
        }
        assertNothingShowsThePassword();
    }

    @Test
    void noConfigValueShowsThePassword() throws IOException {
        write("""
                [retort]
                url = "${DATABASE_URL}"
                [retort.model]
                url = "postgresql://ref:%s@h/reference"
                """.formatted(ESCAPED));
        ConfigRequest fromEnvironment = ConfigRequest.builder(dir)
                .environment(Map.of("DATABASE_URL", "postgresql://scott:" + ESCAPED + "@h/db")).build();
        ConfigRequest fromX = ConfigRequest.builder(dir).environment(Map.of("DATABASE_URL", "sqlite://"))
                .xArgument("url", "mysql://root:" + ESCAPED + "@h/db").xArgument("db_password", MARKER + "x").build();
        ConfigRequest fromOption = ConfigRequest.builder(dir).url("jdbc:postgresql://h/db?password=" + ESCAPED).build();
        for (ConfigRequest request : List.of(fromEnvironment, fromX, fromOption)) {
            RetortConfig config = new ConfigLoader().load(request);
            shown.add(request.toString());
            shown.add(config.toString());
            shown.add(config.model().toString());
            shown.add(config.requireDatabaseUrl().toString());
            shown.add(config.requireDatabaseUrl().maskedJdbcUrl());
            shown.add(config.secrets().mask(config.url().orElseThrow()));
            shown.add(config.secrets().mask("error: password=" + PASSWORD + " / " + ESCAPED));
        }
        assertNothingShowsThePassword();
    }

    @Test
    void noConfigErrorShowsThePassword() throws IOException {
        String url = "postgresql://scott:" + ESCAPED + "@h/db";
        List<String> badFiles = List.of(
                "[retort]\nurl = \"" + url + "\"\nscrpt_location = \"m\"\n",
                "[retort]\nurl = \"" + url + "\n",
                "[retort]\nurl = " + url + "\n",
                "[retort]\nurl = \"" + url + "\" \"" + url + "\"\n",
                "[retort]\nurl = \"" + url + "/${UNDEFINED}\"\n",
                "[retort]\nurl = \"" + url + "/${bad name}\"\n",
                "[retort]\nurl = \"" + url + "/${unterminated\"\n",
                "[retort]\nurl = \"oracle://scott:" + ESCAPED + "@h/db\"\n",
                "[retort]\nurl = \"postgresql://scott:" + MARKER + "%zz@h/db\"\n");
        for (String toml : badFiles) {
            write(toml);
            shown.add(errorOf(() -> new ConfigLoader().load(ConfigRequest.builder(dir).build()).requireDatabaseUrl()));
        }
        assertNothingShowsThePassword();
    }

    private void write(String toml) throws IOException {
        Files.writeString(dir.resolve("retort.toml"), toml);
    }

    private static String errorOf(Supplier<?> action) {
        RetortException error = catchThrowableOfType(RetortException.class, action::get);
        assertThat(error).as("expected an error").isNotNull();
        return error.getMessage();
    }

    private void assertNothingShowsThePassword() {
        assertThat(shown).isNotEmpty();
        for (String text : shown) {
            assertThat(text).doesNotContain(MARKER).doesNotContain(PASSWORD).doesNotContain(ESCAPED);
        }
    }
}
