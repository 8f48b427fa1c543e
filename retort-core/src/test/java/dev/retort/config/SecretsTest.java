package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void masksThePasswordRawAndPercentEncoded() {
        Secrets secrets = Secrets.of("p@ss:w/rd%");

        assertThat(secrets.mask("raw p@ss:w/rd% and p%40ss%3Aw%2Frd%25 and p%40ss%3aw%2frd%25"))
                .isEqualTo("raw *** and *** and ***");
    }

    @Test
    void masksFormEncodedPassword() {
        assertThat(Secrets.of("a b+c").mask("x=a+b%2Bc")).isEqualTo("x=***");
    }

    @Test
    void masksCredentialsItCanSpotWithoutKnowingThem() {
        Secrets none = Secrets.none();

        assertThat(none.mask("connect postgresql://u:hunter2@h/db failed")).isEqualTo("connect postgresql://u:***@h/db failed");
        assertThat(none.mask("jdbc:sqlserver://h;user=sa;password=hunter2;x=1")).isEqualTo("jdbc:sqlserver://h;user=sa;password=***;x=1");
        assertThat(none.mask("options: password=hunter2")).isEqualTo("options: password=***");
        assertThat(none.mask("jdbc:postgresql://h/db?sslpassword=k3y&a=b")).isEqualTo("jdbc:postgresql://h/db?sslpassword=***&a=b");
    }

    @Test
    void maskingKeepsTheBracketsAroundAValue() {
        assertThat(Secrets.none().mask("Optional[jdbc:h2:mem:x;PASSWORD=pw], next=1"))
                .isEqualTo("Optional[jdbc:h2:mem:x;PASSWORD=***], next=1");
        assertThat(Secrets.none().mask("(password=pw)")).isEqualTo("(password=***)");
    }

    @Test
    void leavesTextWithoutSecretsAlone() {
        assertThat(Secrets.none().mask("upgrade 1a2b -> 3c4d, postgresql://h:5432/db")).isEqualTo("upgrade 1a2b -> 3c4d, postgresql://h:5432/db");
        assertThat(Secrets.none().mask(null)).isNull();
        assertThat(Secrets.of((String) null).isEmpty()).isTrue();
    }

    @Test
    void findsPasswordsInUrlsAndArguments() {
        Secrets fromUrl = Secrets.inUrl("postgresql://u:with space@h/db");
        Secrets fromArguments = Secrets.inArguments(Map.of("db_password", "s3cr3t", "url", "mysql://u:pw1@h/db", "schema", "app"));

        assertThat(fromUrl.mask("error for with space")).isEqualTo("error for ***");
        assertThat(fromArguments.mask("s3cr3t pw1 app")).isEqualTo("*** *** app");
    }

    @Test
    void combinesAndNeverPrintsValues() {
        Secrets both = Secrets.of("alpha1").and(Secrets.of("beta2"));

        assertThat(both.mask("alpha1 beta2")).isEqualTo("*** ***");
        assertThat(both.toString()).doesNotContain("alpha1").doesNotContain("beta2");
        assertThat(Secrets.none().and(both).mask("beta2")).isEqualTo("***");
    }

    @Test
    void longerSecretIsMaskedBeforeItsPrefix() {
        assertThat(Secrets.of("abc", "abcdef").mask("abcdef")).isEqualTo("***");
    }

    @Test
    void masksAPasswordOnlyWhereItStandsAsAToken() {
        Secrets secrets = Secrets.of("postgres", "p");
        assertThat(secrets.mask("Current revision(s) for postgresql://postgres:postgres@h/db:"))
                .isEqualTo("Current revision(s) for postgresql://***:***@h/db:");
        assertThat(secrets.mask("-- Running upgrade  -> a1\nCREATE TABLE p (id INTEGER)"))
                .isEqualTo("-- Running upgrade  -> a1\nCREATE TABLE *** (id INTEGER)");
        assertThat(secrets.mask("password 'postgres' is wrong")).isEqualTo("password '***' is wrong");
    }

    @Test
    void aPasswordThatEndsInPunctuationIsMaskedNextToLetters() {
        assertThat(Secrets.of("s3cr@t!").mask("pw=s3cr@t!x")).isEqualTo("pw=***x");
    }
}
