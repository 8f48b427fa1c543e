package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RevisionIdsTest {

    @Test
    void generatesTwelveLowercaseHexDigits() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String id = RevisionIds.generate();
            assertThat(id).matches("[0-9a-f]{12}");
            ids.add(id);
        }
        assertThat(ids).hasSize(100);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "no-dashes|Character(s) '-' not allowed in revision identifier 'no-dashes'",
        "no@atsigns|Character(s) '@' not allowed in revision identifier 'no@atsigns'",
        "no:colons|Character(s) ':' not allowed in revision identifier 'no:colons'",
        "no@atsigns-ordashes|Character(s) '-, @' not allowed in revision identifier 'no@atsigns-ordashes'",
        "no+plussignseither|Character(s) '+' not allowed in revision identifier 'no+plussignseither'",
        "a-b-c@@d|Character(s) '-, @' not allowed in revision identifier 'a-b-c@@d'",
    })
    void refusesIllegalCharactersWithAlembicsMessage(String id, String message) {
        assertThatThrownBy(() -> RevisionIds.validate(id))
                .isInstanceOf(RetortException.class)
                .hasMessage(message);
    }

    @Test
    void refusesAnIdLongerThanTheVersionColumn() {
        String id = "a".repeat(33);
        assertThatThrownBy(() -> RevisionIds.validate(id))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining(id)
                .hasMessageContaining("33 characters")
                .hasMessageContaining("at most 32");
    }

    @Test
    void refusesAnEmptyId() {
        assertThatThrownBy(() -> RevisionIds.validate(""))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("must not be empty");
        assertThat(RevisionIds.isValid(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1a2b3c4d5e6f", "ae1027a6acf", "release_2_0", "ABC", "x"})
    void acceptsLettersDigitsAndUnderscores(String id) {
        assertThat(RevisionIds.validate(id)).isEqualTo(id);
        assertThat(RevisionIds.problem(id)).isEmpty();
    }

    @Test
    void acceptsExactly32Characters() {
        String id = "b".repeat(32);
        assertThat(RevisionIds.isValid(id)).isTrue();
    }
}
