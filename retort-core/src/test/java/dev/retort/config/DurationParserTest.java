package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationParserTest {

    @Test
    void readsEachUnit() {
        assertThat(DurationParser.parse("250ms")).contains(Duration.ofMillis(250));
        assertThat(DurationParser.parse("60s")).contains(Duration.ofSeconds(60));
        assertThat(DurationParser.parse("2m")).contains(Duration.ofMinutes(2));
    }

    @Test
    void plainNumberIsSeconds() {
        assertThat(DurationParser.parse("30")).contains(Duration.ofSeconds(30));
        assertThat(DurationParser.parse(" 0 ")).contains(Duration.ZERO);
    }

    @Test
    void refusesOtherForms() {
        assertThat(DurationParser.parse("5x")).isEmpty();
        assertThat(DurationParser.parse("-1s")).isEmpty();
        assertThat(DurationParser.parse("1.5s")).isEmpty();
        assertThat(DurationParser.parse("")).isEmpty();
        assertThat(DurationParser.parse("1h")).isEmpty();
    }
}
