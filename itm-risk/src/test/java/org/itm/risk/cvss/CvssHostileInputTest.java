package org.itm.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class CvssHostileInputTest {

    private static Map<String, String> base31() {
        Map<String, String> m = new HashMap<>();
        for (String c : "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H".split("/")) {
            m.put(c.substring(0, c.indexOf(':')), c.substring(c.indexOf(':') + 1));
        }
        return m;
    }

    @Test
    void aNullMetricNameIsAValidationErrorNotANullPointerException() {
        Map<String, String> m = base31();
        m.put(null, "H");
        assertThatThrownBy(() -> new Cvss31Vector(m))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("metric name must not be null");
    }

    @Test
    void aNullMetricValueIsAValidationErrorNamingTheMetric() {
        Map<String, String> m = base31();
        m.put("AV", null);
        assertThatThrownBy(() -> new Cvss31Vector(m))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("metric 'AV' has no value");
        Map<String, String> v4 = new HashMap<>();
        v4.put("AV", null);
        v4.put(null, null);
        assertThatThrownBy(() -> new Cvss40Vector(v4))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("metric 'AV' has no value")
                .hasMessageContaining("metric name must not be null");
    }

    @Test
    void aMegabyteVectorGivesAShortMessage() {
        String huge = "CVSS:3.1/AV:" + "N".repeat(1_000_000);
        assertThatThrownBy(() -> Cvss.parse(huge))
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(400))
                .hasMessageContaining("(and 999960 more characters)");
        String hugeName = "CVSS:3.1/" + "Q".repeat(1_000_000) + ":N";
        assertThatThrownBy(() -> Cvss.parse(hugeName))
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(400));
        Map<String, String> m = base31();
        m.put("X".repeat(1_000_000), "Y".repeat(1_000_000));
        assertThatThrownBy(() -> new Cvss31Vector(m))
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(400));
    }

    @Test
    void controlCharactersInTheInputAreEscapedInTheMessage() {
        assertThatThrownBy(() -> Cvss.parse("CVSS:3.1/AV:\u0007\n/AC:L"))
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u0007").doesNotContain("\n")
                        .contains("\\u0007").contains("\\n"));
        assertThatThrownBy(() -> Cvss.parse("\u001b[31mCVSS:9.9/AV:N"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b").contains("\\u001b"));
    }
}
