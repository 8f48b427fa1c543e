package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.script.ScriptFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader();

    private Path write(String name, String toml) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, toml);
        return file;
    }

    private RetortConfig load(String toml) throws IOException {
        write("retort.toml", toml);
        return loader.load(ConfigRequest.builder(dir).build());
    }

    private ConfigRequest.Builder request() {
        return ConfigRequest.builder(dir);
    }

    @Test
    void absentKeysTakeTheirDefaults() throws IOException {
        RetortConfig config = load("[retort]\n");

        assertThat(config.configFile()).contains(dir.resolve("retort.toml"));
        assertThat(config.here()).isEqualTo(dir);
        assertThat(config.section()).isEqualTo("retort");
        assertThat(config.scriptLocation()).isEqualTo(dir.resolve("migrations"));
        assertThat(config.url()).isEmpty();
        assertThat(config.schema()).isEmpty();
        assertThat(config.versionTable()).isEqualTo("retort_version");
        assertThat(config.versionTableSchema()).isEmpty();
        assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.versionLocations()).containsExactly(dir.resolve("migrations/versions"));
        assertThat(config.fileTemplate()).isEqualTo("{rev}_{slug}");
        assertThat(config.truncateSlugLength()).isEqualTo(40);
        assertThat(config.revisionFormat()).isEqualTo(ScriptFormat.JAVA);
        assertThat(config.transactionPerMigration()).isFalse();
        assertThat(config.timezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.hooks().postWrite()).isEmpty();
        assertThat(config.model()).isEqualTo(ModelConfig.none());
        assertThat(config.xArguments()).isEmpty();
        assertThat(config.workingDirectory()).isEqualTo(dir);
    }

    @Test
    void readsTheDesignDocumentsExample() throws IOException {
        RetortConfig config = load("""
                [retort]
                script_location = "db/migrations"
                url = "${DATABASE_URL:-sqlite:///app.db}"
                schema = "${schema:-}"
                version_table = "alembic_version"
                version_table_schema = "${version_table_schema:-}"
                lock_timeout = "${lock_timeout:-60s}"
                version_locations = ["db/migrations/versions", "${here}/more"]
                file_template = "{year}{month}{day}_{rev}_{slug}"
                truncate_slug_length = 20
                revision_format = "sql"
                transaction_per_migration = true
                timezone = "Europe/Paris"
                [retort.hooks]
                post_write = ["google-java-format --replace {file}"]

                [retort.model]
                classpath = ["target/classes"]
                jpa_packages = ["com.example.domain"]
                schema_class = "com.example.db.AppSchema"
                sql = "db/schema.sql"
                url = "postgresql://localhost/reference"
                include_schemas = true
                exclude_tables = ["spatial_ref_sys"]
                """);

        assertThat(config.scriptLocation()).isEqualTo(dir.resolve("db/migrations"));
        assertThat(config.url()).contains("sqlite:///app.db");
        assertThat(config.schema()).isEmpty();
        assertThat(config.versionTable()).isEqualTo("alembic_version");
        assertThat(config.versionTableSchema()).isEmpty();
        assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.versionLocations()).containsExactly(dir.resolve("db/migrations/versions"), dir.resolve("more"));
        assertThat(config.fileTemplate()).isEqualTo("{year}{month}{day}_{rev}_{slug}");
        assertThat(config.truncateSlugLength()).isEqualTo(20);
        assertThat(config.revisionFormat()).isEqualTo(ScriptFormat.SQL);
        assertThat(config.transactionPerMigration()).isTrue();
        assertThat(config.timezone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(config.hooks().postWrite()).containsExactly("google-java-format --replace {file}");
        ModelConfig model = config.model();
        assertThat(model.classpath()).containsExactly(dir.resolve("target/classes"));
        assertThat(model.jpaPackages()).containsExactly("com.example.domain");
        assertThat(model.schemaClass()).contains("com.example.db.AppSchema");
        assertThat(model.sql()).contains(dir.resolve("db/schema.sql"));
        assertThat(model.url()).contains("postgresql://localhost/reference");
        assertThat(model.includeSchemas()).isTrue();
        assertThat(model.excludeTables()).containsExactly("spatial_ref_sys");
        assertThat(model.sources()).containsExactly("jpa_packages", "schema_class", "sql", "url");
    }

    @Test
    void xArgumentsFeedInterpolationAndAreKept() throws IOException {
        write("retort.toml", """
                [retort]
                schema = "${schema:-}"
                lock_timeout = "${lock_timeout:-60s}"
                version_table_schema = "${vts}"
                """);

        RetortConfig config = loader.load(request()
                .xArgument("schema", "tenant_a").xArgument("lock_timeout", "250ms").xArgument("vts", "meta")
                .environment(Map.of("schema", "from_env")).build());

        assertThat(config.schema()).contains("tenant_a");
        assertThat(config.lockTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.versionTableSchema()).contains("meta");
        assertThat(config.xArgument("schema")).contains("tenant_a");
        assertThat(config.xArgument("absent")).isEmpty();
    }

    @Test
    void environmentFeedsInterpolation() throws IOException {
        write("retort.toml", "[retort]\nurl = \"${DATABASE_URL:-sqlite:///app.db}\"\n");

        RetortConfig config = loader.load(request().environment(Map.of("DATABASE_URL", "postgresql://h/db")).build());

        assertThat(config.url()).contains("postgresql://h/db");
        assertThat(config.requireDatabaseUrl().jdbcUrl()).isEqualTo("jdbc:postgresql://h/db");
    }

    @Test
    void urlOptionBeatsXUrlWhichBeatsTheConfig() throws IOException {
        write("retort.toml", "[retort]\nurl = \"sqlite:///from_config.db\"\n");

        assertThat(loader.load(request().build()).url()).contains("sqlite:///from_config.db");
        assertThat(loader.load(request().xArgument("url", "sqlite:///from_x.db").build()).url())
                .contains("sqlite:///from_x.db");
        assertThat(loader.load(request().xArgument("url", "sqlite:///from_x.db").url("sqlite:///from_option.db").build()).url())
                .contains("sqlite:///from_option.db");
    }

    @Test
    void retortUrlInTheEnvironmentBeatsTheConfigButNotTheOptions() throws IOException {
        write("retort.toml", "[retort]\nurl = \"sqlite:///from_config.db\"\n");
        Map<String, String> env = Map.of("RETORT_URL", "sqlite:///from_env.db");

        assertThat(loader.load(request().environment(env).build()).url()).contains("sqlite:///from_env.db");
        assertThat(loader.load(request().environment(Map.of("RETORT_URL", " ")).build()).url())
                .contains("sqlite:///from_config.db");
        assertThat(loader.load(request().environment(env).xArgument("url", "sqlite:///from_x.db").build()).url())
                .contains("sqlite:///from_x.db");
        assertThat(loader.load(request().environment(env).url("sqlite:///from_option.db").build()).url())
                .contains("sqlite:///from_option.db");
    }

    @Test
    void retortUrlNeedsNoInterpolableConfigUrl() throws IOException {
        write("retort.toml", "[retort]\nurl = \"${DATABASE_URL}\"\n");

        RetortConfig config = loader.load(request().environment(Map.of("RETORT_URL", "postgresql://u:pw@h/db")).build());

        assertThat(config.requireDatabaseUrl().jdbcUrl()).isEqualTo("jdbc:postgresql://h/db");
        assertThat(config.toString()).doesNotContain("pw");
    }

    @Test
    void urlOverridesNeedNoInterpolableConfigUrl() throws IOException {
        write("retort.toml", "[retort]\nurl = \"${DATABASE_URL}\"\n");

        assertThat(loader.load(request().url("h2:mem:x").build()).url()).contains("h2:mem:x");
    }

    @Test
    void sqliteUrlIsRelativeToTheWorkingDirectoryNotTheConfigFile() throws IOException {
        write("conf/retort.toml", "[retort]\nurl = \"sqlite:///app.db\"\n");

        RetortConfig config = loader.load(request().configFile(Path.of("conf/retort.toml")).build());

        assertThat(config.here()).isEqualTo(dir.resolve("conf"));
        assertThat(config.scriptLocation()).isEqualTo(dir.resolve("conf/migrations"));
        assertThat(config.requireDatabaseUrl().jdbcUrl()).isEqualTo("jdbc:sqlite:" + dir.resolve("app.db"));
    }

    @Test
    void configFileComesFromOptionThenEnvironmentThenWorkingDirectory() throws IOException {
        write("retort.toml", "[retort]\nversion_table = \"default_file\"\n");
        write("env.toml", "[retort]\nversion_table = \"env_file\"\n");
        write("option.toml", "[retort]\nversion_table = \"option_file\"\n");
        Map<String, String> env = Map.of("RETORT_CONFIG", "env.toml");

        assertThat(loader.load(request().build()).versionTable()).isEqualTo("default_file");
        assertThat(loader.load(request().environment(env).build()).versionTable()).isEqualTo("env_file");
        assertThat(loader.load(request().environment(env).configFile(dir.resolve("option.toml")).build()).versionTable())
                .isEqualTo("option_file");
    }

    @Test
    void sectionOptionPicksAnotherTableAndItsSubTables() throws IOException {
        write("retort.toml", """
                [retort]
                version_table = "main"
                [engine2]
                version_table = "second"
                [engine2.model]
                exclude_tables = ["t"]
                """);

        RetortConfig config = loader.load(request().section("engine2").build());

        assertThat(config.section()).isEqualTo("engine2");
        assertThat(config.versionTable()).isEqualTo("second");
        assertThat(config.model().excludeTables()).containsExactly("t");
    }

    @Test
    void missingFileSaysHowToCreateOne() {
        assertThatThrownBy(() -> loader.load(request().build()))
                .isInstanceOf(RetortException.class)
                .hasMessage("No config file 'retort.toml' found, or file has no '[retort]' section; "
                        + "run 'retort init migrations' to create one or pass -c FILE");
    }

    @Test
    void missingSectionNamesTheSection() throws IOException {
        write("retort.toml", "[retort]\n");

        assertThatThrownBy(() -> loader.load(request().section("engine1").build()))
                .isInstanceOf(RetortException.class)
                .hasMessage("No config file 'retort.toml' found, or file has no '[engine1]' section; "
                        + "run 'retort init migrations' to create one or pass -c FILE");
    }

    @Test
    void sectionThatIsNoTableIsRefused() throws IOException {
        write("retort.toml", "retort = 1\n");

        assertThatThrownBy(() -> loader.load(request().build()))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("must be a table");
    }

    @Test
    void syntaxErrorNamesFileAndLine() throws IOException {
        Path file = write("retort.toml", "[retort]\nversion_table = \"x\"\nurl = \"unterminated\n");

        assertThatThrownBy(() -> loader.load(request().build()))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith(file + ":3: ")
                .hasMessageContaining("Invalid newline in basic string");
    }

    @Test
    void unknownKeySuggestsTheClosestKnownKey() throws IOException {
        Path file = write("retort.toml", "[retort]\nscrpt_location = \"m\"\n");

        assertThatThrownBy(() -> loader.load(request().build()))
                .isInstanceOf(RetortException.class)
                .hasMessage("Unknown key 'scrpt_location' in [retort] of " + file + "; did you mean 'script_location'?");
    }

    @Test
    void theFirstUnknownKeyInFileOrderIsReported() throws IOException {
        write("retort.toml", "[retort]\nzz_first = 1\nurl = \"u\"\naa_second = 2\n[retort.yy_table]\n");

        assertThatThrownBy(() -> loader.load(request().build()))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("Unknown key 'zz_first' in [retort] of ");
        write("retort.toml", "[retort.yy_table]\n[retort]\nurl = \"u\"\naa_second = 2\n");

        assertThatThrownBy(() -> loader.load(request().build()))
                .hasMessageStartingWith("Unknown key 'yy_table' in [retort] of ");
    }

    @Test
    void unknownKeyFarFromAnyListsTheKnownKeys() throws IOException {
        write("retort.toml", "[retort.hooks]\nformatter = \"x\"\n");

        assertThatThrownBy(() -> loader.load(request().build()))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("Unknown key 'formatter' in [retort.hooks] of ")
                .hasMessageEndingWith("; known keys: post_write");
    }

    @Test
    void keyInTheWrongTableSaysWhereItBelongs() throws IOException {
        write("retort.toml", "[retort]\njpa_packages = [\"a\"]\n");

        assertThatThrownBy(() -> loader.load(request().build()))
                .isInstanceOf(RetortException.class)
                .hasMessageEndingWith("; it belongs in [retort.model]");
    }

    @Test
    void unknownKeyInModelTableIsRefused() throws IOException {
        write("retort.toml", "[retort.model]\nexclude_table = [\"a\"]\n");

        assertThatThrownBy(() -> loader.load(request().build()))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("Unknown key 'exclude_table' in [retort.model] of ")
                .hasMessageEndingWith("did you mean 'exclude_tables'?");
    }

    @Test
    void wrongTypesNameTheKeyAndTheExpectedType() throws IOException {
        assertThatThrownBy(() -> load("[retort]\ntruncate_slug_length = true\n"))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("Key 'truncate_slug_length' in [retort] of ")
                .hasMessageEndingWith(" must be an integer, not a boolean");
        assertThatThrownBy(() -> load("[retort]\nversion_table = 5\n"))
                .hasMessageEndingWith(" must be a string, not an integer");
        assertThatThrownBy(() -> load("[retort]\nversion_locations = \"a b\"\n"))
                .hasMessageEndingWith(" must be an array of strings, not a string");
        assertThatThrownBy(() -> load("[retort]\nversion_locations = [\"a\", 1]\n"))
                .hasMessageEndingWith(" must be an array of strings, not an integer");
        assertThatThrownBy(() -> load("[retort]\ntransaction_per_migration = 1\n"))
                .hasMessageEndingWith(" must be a boolean, not an integer");
        assertThatThrownBy(() -> load("[retort]\nmodel = 1\n"))
                .hasMessageEndingWith(" must be a table, not an integer");
        assertThatThrownBy(() -> load("[retort]\nlock_timeout = 1.5\n"))
                .hasMessageEndingWith(" must be a duration, not a float");
    }

    @Test
    void numbersAndBooleansMayBeInterpolatedStrings() throws IOException {
        write("retort.toml", """
                [retort]
                truncate_slug_length = "${len:-30}"
                transaction_per_migration = "${tpm:-false}"
                lock_timeout = 15
                """);

        RetortConfig config = loader.load(request().xArgument("tpm", "TRUE").build());

        assertThat(config.truncateSlugLength()).isEqualTo(30);
        assertThat(config.transactionPerMigration()).isTrue();
        assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void badValuesNameTheKeyAndTheAcceptedForms() {
        assertThatThrownBy(() -> load("[retort]\nlock_timeout = \"5x\"\n"))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("Invalid value '5x' for key 'lock_timeout' in [retort] of ")
                .hasMessageEndingWith("use " + DurationParser.ACCEPTED_FORMS);
        assertThatThrownBy(() -> load("[retort]\nlock_timeout = -3\n"))
                .hasMessageStartingWith("Invalid value '-3' for key 'lock_timeout'");
        assertThatThrownBy(() -> load("[retort]\ntruncate_slug_length = \"many\"\n"))
                .hasMessageEndingWith(" must be an integer, not 'many'");
        assertThatThrownBy(() -> load("[retort]\ntruncate_slug_length = 0\n"))
                .hasMessageEndingWith("use a positive number");
        assertThatThrownBy(() -> load("[retort]\ntransaction_per_migration = \"yes\"\n"))
                .hasMessageEndingWith(" must be true or false, not 'yes'");
        assertThatThrownBy(() -> load("[retort]\nrevision_format = \"xml\"\n"))
                .hasMessageStartingWith("Invalid value 'xml' for key 'revision_format'")
                .hasMessageEndingWith("use java or sql");
        assertThatThrownBy(() -> load("[retort]\ntimezone = \"Mars/Base\"\n"))
                .hasMessageStartingWith("Invalid value 'Mars/Base' for key 'timezone'");
        assertThatThrownBy(() -> load("[retort]\nfile_template = \"{rev}_{title}\"\n"))
                .hasMessageContaining("unknown token {title}");
    }

    @Test
    void undefinedVariableInUrlIsReportedOnlyWhenTheDatabaseIsNeeded() throws IOException {
        RetortConfig config = load("[retort]\nurl = \"${DATABASE_URL}\"\n");
        assertThat(config.url()).isEmpty();
        assertThatThrownBy(config::requireDatabaseUrl)
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("Undefined variable 'DATABASE_URL' in key 'url' in [retort] of ")
                .hasMessageContaining("-x DATABASE_URL=...");
    }

    @Test
    void emptyStringsMeanNotSet() throws IOException {
        RetortConfig config = load("""
                [retort]
                script_location = "${nothing:-}"
                version_table = ""
                version_locations = ["${nothing:-}"]
                [retort.model]
                classpath = ["${extra:-}", "target/classes"]
                sql = ""
                """);

        assertThat(config.scriptLocation()).isEqualTo(dir.resolve("migrations"));
        assertThat(config.versionTable()).isEqualTo("retort_version");
        assertThat(config.versionLocations()).containsExactly(dir.resolve("migrations/versions"));
        assertThat(config.model().classpath()).containsExactly(dir.resolve("target/classes"));
        assertThat(config.model().sql()).isEmpty();
        assertThat(config.model().sources()).isEmpty();
    }

    @Test
    void absolutePathsStayAbsolute() throws IOException {
        RetortConfig config = load("[retort]\nscript_location = \"/opt/app/migrations\"\n");

        assertThat(config.scriptLocation()).isEqualTo(Path.of("/opt/app/migrations"));
        assertThat(config.versionLocations()).containsExactly(Path.of("/opt/app/migrations/versions"));
    }

    @Test
    void requireDatabaseUrlSaysHowToGiveOne() throws IOException {
        RetortConfig config = load("[retort]\n");

        assertThat(config.databaseUrl()).isEmpty();
        assertThatThrownBy(config::requireDatabaseUrl)
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("No database URL: set 'url' in [retort] of ")
                .hasMessageEndingWith(", or pass --url URL or -x url=URL, or set RETORT_URL");
    }

    @Test
    void defaultsForCodeBuiltConfigs() {
        RetortConfig config = RetortConfig.defaults(dir, dir);

        assertThat(config.configFile()).isEmpty();
        assertThat(config.scriptLocation()).isEqualTo(dir.resolve("migrations"));
        assertThat(config.versionLocations()).isEqualTo(List.of(dir.resolve("migrations/versions")));
        assertThatThrownBy(config::requireDatabaseUrl).hasMessage("No database URL: set 'url' in [retort], or pass --url URL or -x url=URL");
    }
}
