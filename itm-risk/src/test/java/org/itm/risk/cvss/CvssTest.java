package org.itm.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CvssTest {

    @ParameterizedTest(name = "{0} = {1} {2}")
    @CsvSource({
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8, CRITICAL",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H, 10.0, CRITICAL",
            "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H, 9.9, CRITICAL",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N, 9.3, CRITICAL",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:L/VA:N/SC:H/SI:H/SA:H, 8.6, HIGH",
    })
    void mustPassExamplesFromTheIssue(String vector, String score, CvssSeverity severity) {
        CvssScore s = Cvss.score(vector);
        assertThat(s.score()).isEqualTo(new BigDecimal(score));
        assertThat(s.severity()).isEqualTo(severity);
    }

    @Test
    void roundupWorksOnIntegersSoRepresentationErrorDoesNotRoundUp() {
        assertThat(org.itm.risk.cvss.internal.Cvss31Calculator.roundup(4.000000000000001)).isEqualTo(4.0);
        assertThat(org.itm.risk.cvss.internal.Cvss31Calculator.roundup(4.02)).isEqualTo(4.1);
        assertThat(org.itm.risk.cvss.internal.Cvss31Calculator.roundup(4.0)).isEqualTo(4.0);
    }

    @Test
    void v31TemporalMetricsLowerTheScore() {
        // base 9.8 × E:P 0.94 × RL:O 0.95 × RC:C 1 = 8.7514 → 8.8
        Cvss31Score s = Cvss31Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C").score();
        assertThat(s.baseScore()).isEqualTo(new BigDecimal("9.8"));
        assertThat(s.temporalScore()).isEqualTo(new BigDecimal("8.8"));
        assertThat(s.temporalSeverity()).isEqualTo(CvssSeverity.HIGH);
    }

    @Test
    void v31EnvironmentalMetricsUseModifiedValuesAndRequirements() {
        // C:H only, CR:L halves the confidentiality weight: MISS = 0.28, ModImpact = 1.7976,
        // ModExploitability = 3.887..., sum 5.685 → 5.7
        Cvss31Score s = Cvss31Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N/CR:L").score();
        assertThat(s.baseScore()).isEqualTo(new BigDecimal("7.5"));
        assertThat(s.environmentalScore()).isEqualTo(new BigDecimal("5.7"));
        // a modified attack vector of Physical: exploitability 8.22 × 0.2 × 0.77 × 0.85 × 0.85 = 0.9148...
        Cvss31Score physical = Cvss31Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MAV:P").score();
        assertThat(physical.environmentalScore()).isEqualTo(new BigDecimal("6.8"));
    }

    @Test
    void v31OverallScoreUsesTheMostSpecificGroupTheVectorSets() {
        // the environmental formula for a changed scope differs from the base one: 9.9 base, 10.0 environmental
        Cvss31Score s = Cvss31Vector.parse("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H").score();
        assertThat(s.baseScore()).isEqualTo(new BigDecimal("9.9"));
        assertThat(s.environmentalScore()).isEqualTo(new BigDecimal("10.0"));
        assertThat(s.score()).isEqualTo(new BigDecimal("9.9"));
        assertThat(Cvss.score("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H/CR:M").score())
                .isEqualTo(new BigDecimal("10.0"));
    }

    @Test
    void v31VectorWithoutImpactScoresZero() {
        assertThat(Cvss.score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N").score()).isEqualByComparingTo("0.0");
        assertThat(Cvss.score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N").severity()).isEqualTo(CvssSeverity.NONE);
    }

    @Test
    void v40ThreatMetricLowersTheScoreAndNamesTheNomenclature() {
        Cvss40Score base = Cvss40Vector.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N").score();
        Cvss40Score unreported = Cvss40Vector
                .parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U").score();
        assertThat(base.nomenclature()).isEqualTo("CVSS-B");
        assertThat(unreported.nomenclature()).isEqualTo("CVSS-BT");
        assertThat(base.macroVector()).isEqualTo("000200");
        assertThat(unreported.macroVector()).isEqualTo("000220");
        // MacroVector 000220 has table score 8.1 and the vector is its highest vector
        assertThat(unreported.score()).isEqualTo(new BigDecimal("8.1"));
    }

    @Test
    void v40EnvironmentalSafetyMovesToTheTopSubsequentLevel() {
        Cvss40Score s = Cvss40Vector
                .parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSI:S").score();
        assertThat(s.macroVector()).startsWith("0000");
        assertThat(s.nomenclature()).isEqualTo("CVSS-BE");
        assertThat(s.score()).isGreaterThan(new BigDecimal("9.3"));
    }

    @Test
    void v40WithNoImpactAnywhereScoresZero() {
        assertThat(Cvss.score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N").score())
                .isEqualByComparingTo("0.0");
    }

    @Test
    void lookupTableHasAllMacroVectors() {
        assertThat(org.itm.risk.cvss.internal.Cvss40Calculator.lookupSize()).isEqualTo(270);
        assertThat(org.itm.risk.cvss.internal.Cvss40Calculator.lookupTenths("000000")).isEqualTo(100);
        assertThat(org.itm.risk.cvss.internal.Cvss40Calculator.lookupTenths("212221")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/XX:Y | unknown metric 'XX'",
            "CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | metric 'AV' is given more than once",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H | missing mandatory metric A",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/C:H/I:H | missing mandatory metrics S, A",
            "CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | metric 'AV' has invalid value 'Q'",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/ | must not end with '/'",
            "CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | empty component",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI/S:U/C:H/I:H/A:H | is not METRIC:VALUE",
            "CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P | unsupported or missing version",
            "CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | unsupported or missing version",
            "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | unknown metric 'PR' for CVSS v2.0",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N | missing mandatory metric SA",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N | metric 'SI' has invalid value 'S'",
            "CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N | out of order",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A/E:P | more than once",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/S:C | metric 'S' has invalid value",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/RL:O | unknown metric 'RL'",
    })
    void strictParsingRejectsWithTheReason(String vector, String reason) {
        assertThatThrownBy(() -> Cvss.parse(vector))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void v31AcceptsAnyOrderAndNormalises() {
        CvssVector v = Cvss.parse("CVSS:3.1/S:U/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H");
        assertThat(v.vectorString()).isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        assertThat(v.metric("S")).contains("U");
        assertThat(v.metric("E")).isEmpty();
    }

    @Test
    void severityBoundariesFollowTheSpecification() {
        assertThat(CvssSeverity.of(new BigDecimal("0.0"))).isEqualTo(CvssSeverity.NONE);
        assertThat(CvssSeverity.of(new BigDecimal("0.1"))).isEqualTo(CvssSeverity.LOW);
        assertThat(CvssSeverity.of(new BigDecimal("3.9"))).isEqualTo(CvssSeverity.LOW);
        assertThat(CvssSeverity.of(new BigDecimal("4.0"))).isEqualTo(CvssSeverity.MEDIUM);
        assertThat(CvssSeverity.of(new BigDecimal("6.9"))).isEqualTo(CvssSeverity.MEDIUM);
        assertThat(CvssSeverity.of(new BigDecimal("7.0"))).isEqualTo(CvssSeverity.HIGH);
        assertThat(CvssSeverity.of(new BigDecimal("8.9"))).isEqualTo(CvssSeverity.HIGH);
        assertThat(CvssSeverity.of(new BigDecimal("9.0"))).isEqualTo(CvssSeverity.CRITICAL);
        assertThat(CvssSeverity.CRITICAL.label()).isEqualTo("Critical");
        assertThatThrownBy(() -> CvssSeverity.of(new BigDecimal("10.1"))).isInstanceOf(ItmValidationException.class);
    }
}
