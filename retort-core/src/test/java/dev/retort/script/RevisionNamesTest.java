package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RevisionNamesTest {
    private static final ZonedDateTime DATE = ZonedDateTime.of(2026, 3, 4, 5, 6, 7, 0, ZoneId.of("UTC"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // values computed with Alembic 1.8's _rev_path
        "add user email|40|add_user_email",
        "Add User's E-mail!|40|add_user_s_e_mail",
        "  spaces   everywhere  |40|spaces_everywhere",
        "this is a rather long message that will be truncated|40|this_is_a_rather_long_message_that_will_",
        "this is a rather long message that will be truncated|10|this_is_a_",
        "abcdefghijklmnop qr|5|abcde_",
        "Übersetzung für Straße|40|übersetzung_für_straße",
        "exactly ten|11|exactly_ten",
        "|40|''",
    })
    void slugIsAsAlembics(String message, int limit, String slug) {
        assertThat(RevisionNames.slug(message, limit)).isEqualTo(slug);
    }

    @Test
    void fileTemplateTokensArePaddedAsAlembics() {
        assertThat(RevisionNames.fileStem("{rev}_{slug}", "ae1027a6acf", "add_x", DATE)).isEqualTo("ae1027a6acf_add_x");
        assertThat(RevisionNames.fileStem("{year}_{month}_{day}_{hour}{minute}{second}-{rev}_{slug}", "r1", "s", DATE))
                .isEqualTo("2026_03_04_050607-r1_s");
        assertThat(RevisionNames.fileStem("{epoch}_{rev}", "r1", "s", DATE))
                .isEqualTo(DATE.toEpochSecond() + "_r1");
    }

    @Test
    void unknownTokenOrDirectoryInFileTemplateIsAnError() {
        assertThatThrownBy(() -> RevisionNames.fileStem("{rev}_{title}", "r1", "s", DATE))
                .isInstanceOf(RetortException.class)
                .hasMessage("Unknown token {title} in file_template '{rev}_{title}'; "
                        + "tokens: rev, slug, year, month, day, hour, minute, second, epoch");
        assertThatThrownBy(() -> RevisionNames.fileStem("sub/{rev}", "r1", "s", DATE))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("without directories");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "add_user_email|1a2b3c4d5e6f|AddUserEmail_1a2b3c4d5e6f",
        "''|1a2b3c4d5e6f|Revision_1a2b3c4d5e6f",
        "2fa_support|ab12|Revision2faSupport_ab12",
        "this_is_a_|r1|ThisIsA_r1",
        "übersetzung_für|r1|ÜbersetzungFür_r1",
        "class|r1|Class_r1",
    })
    void classNameIsCamelCaseSlugAndId(String slug, String rev, String name) {
        assertThat(RevisionNames.className(slug, rev)).isEqualTo(name);
        assertThat(Character.isJavaIdentifierStart(name.codePointAt(0))).isTrue();
        assertThat(name.codePoints().allMatch(Character::isJavaIdentifierPart)).isTrue();
    }
}
