package org.itm.core.service.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.junit.jupiter.api.Test;

class IdentificationRuleTest {

    @Test
    void everyBadComponentIsNamedWithItsPath() {
        assertThatThrownBy(() -> new IdentificationRule(" ", Arrays.asList("serial", null, "serial")))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("attributes[1]", "must not be blank"),
                        new Violation("name", "must not be blank"),
                        new Violation("attributes", "must not repeat an attribute, was [serial, null, serial]")));
        assertThatThrownBy(() -> new IdentificationRule("none", List.of()))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("attributes", "must not be empty")));
        assertThatThrownBy(() -> IdentificationRule.of()).isInstanceOf(ItmValidationException.class);
    }

    @Test
    void aValidRuleIsNamedAfterItsAttributesAndKeepsACopy() {
        IdentificationRule rule = IdentificationRule.of("hostname", "domain");
        assertThat(rule.name()).isEqualTo("hostname+domain");
        assertThat(rule.attributes()).containsExactly("hostname", "domain");
        assertThatThrownBy(() -> rule.attributes().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
