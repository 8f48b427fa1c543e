package dev.retort.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdminUrlTest {
    @Test
    void buildsUrlsOfOtherDatabasesOnTheSameServer() {
        AdminUrl admin = AdminUrl.parse(ServerFlavor.POSTGRESQL,
                "jdbc:postgresql://db:5433/postgres?user=admin&password=p%40ss%20w&sslmode=disable");

        assertThat(admin.user()).isEqualTo("admin");
        assertThat(admin.password()).isEqualTo("p@ss w");
        assertThat(admin.jdbcUrl("retort_test_1_ab"))
                .isEqualTo("jdbc:postgresql://db:5433/retort_test_1_ab?user=admin&password=p%40ss%20w&sslmode=disable");
        assertThat(admin.sqlalchemyUrl("retort_test_1_ab"))
                .isEqualTo("postgresql://admin:p%40ss%20w@db:5433/retort_test_1_ab?sslmode=disable");
    }

    @Test
    void takesMariaDbAndMysqlPrefixesAndBuildsMariaDbOnes() {
        AdminUrl admin = AdminUrl.parse(ServerFlavor.MARIADB, "jdbc:mysql://127.0.0.1:3307?user=root");

        assertThat(admin.database()).isEmpty();
        assertThat(admin.jdbcUrl("x")).isEqualTo("jdbc:mariadb://127.0.0.1:3307/x?user=root");
        assertThat(admin.sqlalchemyUrl("x")).isEqualTo("mariadb://root@127.0.0.1:3307/x");
    }

    @Test
    void theProbeUrlBoundsTheConnectTime() {
        AdminUrl admin = AdminUrl.parse(ServerFlavor.MARIADB, "jdbc:mariadb://h:3306/?user=root");

        assertThat(admin.probeUrl()).isEqualTo("jdbc:mariadb://h:3306/?user=root&connectTimeout=3000");
    }

    @Test
    void neverShowsThePassword() {
        AdminUrl admin = AdminUrl.parse(ServerFlavor.POSTGRESQL, "jdbc:postgresql://h/postgres?password=s3cret&user=u");

        assertThat(admin.masked()).isEqualTo("jdbc:postgresql://h/postgres?user=u&password=***");
        assertThat(admin.toString()).doesNotContain("s3cret");
    }

    @Test
    void refusesAnotherServersUrl() {
        assertThatThrownBy(() -> AdminUrl.parse(ServerFlavor.POSTGRESQL, "jdbc:mariadb://h/?password=s3cret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a PostgreSQL JDBC URL")
                .hasMessageNotContaining("s3cret");
    }
}
