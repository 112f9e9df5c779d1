package org.itm.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class KeysetPageTokensTest {

    private final KeysetPageTokens tokens = new KeysetPageTokens("p1");

    @Test
    void aTokenCarriesTheLastIdOfItsType() {
        String token = tokens.after("incident", "INC-00042");
        assertThat(token).doesNotContain("INC");
        assertThat(tokens.lastId("incident", token)).isEqualTo("INC-00042");
    }

    @Test
    void tokensOfAnotherTypeOrSchemeOrGarbageAreRefusedAtThePageTokenPath() {
        String token = tokens.after("incident", "INC-1");
        for (Runnable bad : new Runnable[] {
            () -> tokens.lastId("change", token),
            () -> new KeysetPageTokens("jdbc1").lastId("incident", token),
            () -> tokens.lastId("incident", "%%%not-base64"),
            () -> tokens.lastId("incident", tokens.after("incident", "x").substring(2))}) {
            assertThatThrownBy(bad::run).isInstanceOfSatisfying(ItmValidationException.class,
                    e -> assertThat(e.violations().get(0).path()).isEqualTo("pageToken"));
        }
    }

    @Test
    void schemesAreShortNames() {
        assertThatThrownBy(() -> new KeysetPageTokens("a b")).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("scheme");
    }
}
