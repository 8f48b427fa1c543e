package dev.retort.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScratchDatabaseTest {
    @Test
    void scratchUrlNamesTheScratchDatabaseOnTheSameServer() {
        assertThat(ScratchDatabase.withDatabase("jdbc:postgresql://db:5432/app?ssl=true", "scratch"))
                .isEqualTo("jdbc:postgresql://db:5432/scratch?ssl=true");
        assertThat(ScratchDatabase.withDatabase("jdbc:mariadb://db:3306/app", "scratch"))
                .isEqualTo("jdbc:mariadb://db:3306/scratch");
        assertThat(ScratchDatabase.withDatabase("jdbc:postgresql://db:5432?user=a", "scratch"))
                .isEqualTo("jdbc:postgresql://db:5432/scratch?user=a");
    }
}
