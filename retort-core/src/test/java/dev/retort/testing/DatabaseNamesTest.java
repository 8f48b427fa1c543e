package dev.retort.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DatabaseNamesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void namesAreUniqueLowerCaseIdentifiersCarryingTheirCreationTime() {
        Set<String> names = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> names.add(DatabaseNames.next(NOW)));

        assertThat(names).hasSize(1000).allMatch(n -> n.matches("retort_test_\\d+_[0-9a-f]{8}") && n.length() <= 40);
        assertThat(DatabaseNames.createdAt(names.iterator().next())).contains(NOW);
    }

    @Test
    void aNameIsStaleAfterADayAndSoAreSchemasDerivedFromIt() {
        String old = DatabaseNames.next(NOW.minus(Duration.ofHours(25)));
        String young = DatabaseNames.next(NOW.minus(Duration.ofHours(23)));

        assertThat(DatabaseNames.isStale(old, NOW)).isTrue();
        assertThat(DatabaseNames.isStale(old + "_other", NOW)).isTrue();
        assertThat(DatabaseNames.isStale(young, NOW)).isFalse();
    }

    @Test
    void otherNamesAreNeverStale() {
        assertThat(DatabaseNames.isStale("retort_test_app", NOW)).isFalse();
        assertThat(DatabaseNames.isStale("postgres", NOW)).isFalse();
    }
}
