package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeySuggesterTest {

    @Test
    void suggestsTheClosestKeyForATypo() {
        assertThat(KeySuggester.closest("scrpt_location", ConfigKeys.SECTION)).contains("script_location");
        assertThat(KeySuggester.closest("verison_table", ConfigKeys.SECTION)).contains("version_table");
        assertThat(KeySuggester.closest("modle", ConfigKeys.SECTION)).contains("model");
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertThat(KeySuggester.closest("database", ConfigKeys.SECTION)).isEmpty();
        assertThat(KeySuggester.closest("sql", List.of("url"))).isEmpty();
    }

    @Test
    void countsATranspositionAsOneEdit() {
        assertThat(KeySuggester.distance("ab", "ba")).isEqualTo(1);
        assertThat(KeySuggester.distance("kitten", "sitting")).isEqualTo(3);
    }
}
