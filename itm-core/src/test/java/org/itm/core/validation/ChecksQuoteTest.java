package org.itm.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.junit.jupiter.api.Test;

class ChecksQuoteTest {

    @Test
    void shortInputIsQuotedAsIs() {
        assertThat(Checks.quote("AV:N")).isEqualTo("'AV:N'");
        assertThat(Checks.quote(null)).isEqualTo("null");
        assertThat(Checks.quote("\uD83D\uDE00 ok")).isEqualTo("'\uD83D\uDE00 ok'");
    }

    @Test
    void longInputIsCutAndCounted() {
        String q = Checks.quote("x".repeat(1_000_000));
        assertThat(q).isEqualTo("'" + "x".repeat(40) + "' (and 999960 more characters)");
    }

    @Test
    void controlFormatAndLoneSurrogateCharactersAreEscaped() {
        assertThat(Checks.quote("a\nb\tc\u0007d\u001b[31m")).isEqualTo("'a\\nb\\tc\\u0007d\\u001b[31m'");
        assertThat(Checks.quote("x\u202Ey\uD800z'\\")).isEqualTo("'x\\u202ey\\ud800z\\'\\\\'");
    }

    @Test
    void aJsonSyntaxErrorSaysWhereInTheTextItIs() {
        assertThatThrownBy(() -> ItmJson.json().readTree("{\n  \"a\": [1, 2\n"))
                .isInstanceOf(tools.jackson.core.JacksonException.class);
        assertThatThrownBy(() -> {
            try {
                ItmJson.json().readTree("{\n  \"a\": [1, 2\n");
            } catch (tools.jackson.core.JacksonException e) {
                throw ItmJson.toValidation(e);
            }
        }).isInstanceOf(ItmValidationException.class).hasMessageContaining("(at line 3, column 1)")
                .hasMessageNotContaining("REDACTED");
    }
}
