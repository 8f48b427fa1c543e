package dev.retort.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which server the locator picks, and what its failures say; no real server involved. */
class ServerLocatorTest {
    private static final String ENV_URL = "jdbc:postgresql://db.example:5433/postgres?user=admin&password=s3cret";
    private static final String EMBEDDED_URL = "jdbc:postgresql://localhost:40000/postgres?user=postgres";

    private final List<String> probed = new ArrayList<>();
    private final List<String> started = new ArrayList<>();

    @Test
    void anAnsweringServerInTheEnvironmentVariableWins() {
        ServerLocator.Located located = locator(Map.of("RETORT_TEST_POSTGRES_URL", ENV_URL), false, "none", true)
                .locate(ServerFlavor.POSTGRESQL);

        assertThat(located.url().hostAndPort()).isEqualTo("db.example:5433");
        assertThat(located.how()).isEqualTo("RETORT_TEST_POSTGRES_URL");
        assertThat(started).isEmpty();
    }

    @Test
    void aSilentServerInTheEnvironmentVariableFailsWithoutFallingBack() {
        ServerLocator locator = locator(Map.of("RETORT_TEST_POSTGRES_URL", ENV_URL), false, "all", true);

        assertThatThrownBy(() -> locator.locate(ServerFlavor.POSTGRESQL))
                .isInstanceOf(ServerUnavailableError.class)
                .hasMessageContaining("RETORT_TEST_POSTGRES_URL=jdbc:postgresql://db.example:5433/postgres?user=admin&password=***")
                .hasMessageContaining("pg_ctlcluster --skip-systemctl-redirect")
                .hasMessageNotContaining("s3cret");
        assertThat(started).isEmpty();
    }

    @Test
    void anEnvironmentVariableThatIsNoJdbcUrlIsNamed() {
        ServerLocator locator = locator(Map.of("RETORT_TEST_MARIADB_URL", "mysql://root@h/"), false, "none", true);

        assertThatThrownBy(() -> locator.locate(ServerFlavor.MARIADB))
                .isInstanceOf(ServerUnavailableError.class)
                .hasMessageStartingWith("RETORT_TEST_MARIADB_URL is not an admin JDBC URL");
    }

    @Test
    void theLocalDefaultIsUsedWhenItAnswers() {
        ServerLocator.Located located = locator(Map.of(), false, "none", true).locate(ServerFlavor.MARIADB);

        assertThat(located.url().jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:3306/?user=root");
        assertThat(located.how()).isEqualTo("local default");
        assertThat(started).isEmpty();
    }

    @Test
    void theEmbeddedServerStartsWhenTheLocalDefaultIsSilent() {
        ServerLocator.Located located = locator(Map.of(), false, "127.0.0.1:5432", true).locate(ServerFlavor.POSTGRESQL);

        assertThat(located.url().jdbcUrl()).isEqualTo(EMBEDDED_URL);
        assertThat(located.how()).startsWith("embedded").contains("does not answer (refused)");
        assertThat(started).containsExactly("POSTGRESQL");
    }

    @Test
    void forcingTheEmbeddedServerLooksNowhereElse() {
        ServerLocator.Located located = locator(Map.of("RETORT_TEST_POSTGRES_URL", ENV_URL), true, "none", true)
                .locate(ServerFlavor.POSTGRESQL);

        assertThat(located.url().jdbcUrl()).isEqualTo(EMBEDDED_URL);
        assertThat(probed).containsExactly("localhost:40000");
    }

    @Test
    void withNoServerAnywhereTheMessageNamesTheVariableAndTheStartCommand() {
        ServerLocator locator = locator(Map.of(), false, "all", false);

        assertThatThrownBy(() -> locator.locate(ServerFlavor.MARIADB))
                .isInstanceOf(ServerUnavailableError.class)
                .hasMessageContaining("No MariaDB server for the database tests")
                .hasMessageContaining("jdbc:mariadb://127.0.0.1:3306/?user=root does not answer (refused)")
                .hasMessageContaining("did not start: java.io.IOException: no binaries")
                .hasMessageContaining("start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd")
                .hasMessageContaining("RETORT_TEST_MARIADB_URL");
    }

    /**
     * @param silent   "none", "all", or the host:port that does not answer
     * @param canStart whether the embedded server starts
     */
    private ServerLocator locator(Map<String, String> env, boolean force, String silent, boolean canStart) {
        Prober prober = url -> {
            probed.add(url.hostAndPort());
            boolean answers = silent.equals("none") || !silent.equals("all") && !silent.equals(url.hostAndPort());
            return answers ? Optional.empty() : Optional.of("refused");
        };
        return new ServerLocator(env::get, force, prober, flavor -> new EmbeddedServer() {
            @Override
            public String description() {
                return "fake";
            }

            @Override
            public String start() throws Exception {
                if (!canStart) {
                    throw new java.io.IOException("no binaries");
                }
                started.add(flavor.name());
                return flavor == ServerFlavor.POSTGRESQL ? EMBEDDED_URL : "jdbc:mariadb://127.0.0.1:40001/?user=root";
            }
        });
    }
}
