package org.itm.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CVSS v2.0 and v3.0, scored as their FIRST specifications' worked examples say. */
class CvssLegacyVersionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the three worked examples of the v2.0 guide, section 3.3 (base, temporal, environmental)
            "CVE-2002-0392 | AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C | CDP:H/TD:H/CR:M/IR:M/AR:H | 7.8 | 6.4 | 9.2",
            "CVE-2003-0818 | AV:N/AC:L/Au:N/C:C/I:C/A:C/E:F/RL:OF/RC:C | CDP:H/TD:H/CR:M/IR:M/AR:L | 10.0 | 8.3 | 9.0",
            "CVE-2003-0062 | AV:L/AC:H/Au:N/C:C/I:C/A:C/E:POC/RL:OF/RC:C | CDP:H/TD:H/CR:M/IR:M/AR:M | 6.2 | 4.9 | 7.5",
    })
    void v20GuideWorkedExamplesScoreExactly(String cve, String baseAndTemporal, String environmental,
                                            String base, String temporal, String env) {
        Cvss20Score s = Cvss20Vector.parse(baseAndTemporal + "/" + environmental).score();
        assertThat(s.baseScore()).as(cve).isEqualTo(new BigDecimal(base));
        assertThat(s.temporalScore()).as(cve).isEqualTo(new BigDecimal(temporal));
        assertThat(s.environmentalScore()).as(cve).isEqualTo(new BigDecimal(env));
        assertThat(s.score()).isEqualTo(new BigDecimal(env));
        // the temporal-only vector's score is its temporal score
        assertThat(Cvss.score(baseAndTemporal).score()).isEqualTo(new BigDecimal(temporal));
    }

    @Test
    void v20ExplainsItsSubScores() {
        // CVE-2002-0392: impact 10.41 × (1 − 0.34) = 6.8706, exploitability 20 × 1 × 0.71 × 0.704 = 9.9968
        Cvss20Score s = Cvss20Vector.parse("AV:N/AC:L/Au:N/C:N/I:N/A:C").score();
        assertThat(s.impactSubScore()).isEqualByComparingTo("6.8706");
        assertThat(s.exploitability()).isEqualByComparingTo("9.9968");
        assertThat(s.score()).isEqualTo(new BigDecimal("7.8"));
        assertThat(s.severity()).isEqualTo(CvssSeverity.HIGH);
        assertThat(s.vector().version()).isEqualTo(CvssVersion.V2_0);
    }

    @Test
    void v20UsesNvdRatingsSoTenIsHighNotCritical() {
        assertThat(Cvss.score("AV:N/AC:L/Au:N/C:C/I:C/A:C").severity()).isEqualTo(CvssSeverity.HIGH);
        assertThat(Cvss.score("AV:N/AC:M/Au:N/C:N/I:P/A:N").severity()).isEqualTo(CvssSeverity.MEDIUM); // 4.3
        assertThat(Cvss.score("AV:L/AC:H/Au:M/C:N/I:N/A:P").severity()).isEqualTo(CvssSeverity.LOW); // 0.8
        assertThat(Cvss.score("AV:L/AC:H/Au:M/C:N/I:N/A:N").severity()).isEqualTo(CvssSeverity.NONE);
    }

    @Test
    void v20VectorsAreNormalisedAndStrict() {
        CvssVector v = Cvss.parse("Au:N/AV:N/AC:L/C:P/I:P/A:P");
        assertThat(v.vectorString()).isEqualTo("AV:N/AC:L/Au:N/C:P/I:P/A:P");
        assertThatThrownBy(() -> Cvss.parse("AV:N/AC:L/Au:N/C:P/I:P"))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("missing mandatory metric A");
        assertThatThrownBy(() -> Cvss.parse("AV:N/AC:L/Au:N/C:P/I:P/A:P/E:X"))
                .hasMessageContaining("metric 'E' has invalid value 'X'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // examples of the CVSS v3.0 "Examples" document
            "CVE-2013-1937 phpMyAdmin XSS | CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N | 6.1 | MEDIUM",
            "CVE-2014-0160 Heartbleed | CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N | 7.5 | HIGH",
            "CVE-2014-6271 Shellshock | CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | 9.8 | CRITICAL",
            "CVE-2008-1447 DNS cache poisoning | CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:C/C:N/I:H/A:N | 6.8 | MEDIUM",
            "CVE-2014-2005 Sophos encryption bypass | CVSS:3.0/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | 6.8 | MEDIUM",
            "CVE-2010-0467 Joomla directory traversal | CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:N/A:N | 5.8 | MEDIUM",
            "CVE-2012-1516 VMware guest to host | CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H | 9.9 | CRITICAL",
            "CVE-2009-0783 Tomcat | CVSS:3.0/AV:L/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:L | 4.2 | MEDIUM",
    })
    void v30SpecificationExamplesScoreExactly(String name, String vector, String score, CvssSeverity severity) {
        CvssScore s = Cvss.score(vector);
        assertThat(s).isInstanceOf(Cvss30Score.class);
        assertThat(s.score()).as(name).isEqualTo(new BigDecimal(score));
        assertThat(s.severity()).isEqualTo(severity);
        assertThat(s.vector().vectorString()).isEqualTo(vector);
    }

    @Test
    void v30ChangedScopeEnvironmentalUsesTheV30Equation() {
        // MISS = 0.915 (capped); v3.0: 7.52 × 0.886 − 3.25 × 0.895^15 = 6.0489...; v3.1 uses (0.915 × 0.9731 − 0.02)^13
        String metrics = "/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/CR:H/IR:H/AR:H/MS:C/MAV:L";
        Cvss30Score v30 = Cvss30Vector.parse("CVSS:3.0" + metrics).score();
        Cvss31Score v31 = Cvss31Vector.parse("CVSS:3.1" + metrics).score();
        assertThat(v30.baseScore()).isEqualTo(v31.baseScore()).isEqualTo(new BigDecimal("10.0"));
        assertThat(v30.environmentalScore()).isEqualTo(new BigDecimal("9.3"));
        assertThat(v31.environmentalScore()).isEqualTo(new BigDecimal("9.4"));
    }
}
