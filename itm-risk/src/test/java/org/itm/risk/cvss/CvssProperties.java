package org.itm.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CvssProperties {

    private static Arbitrary<String> pick(String metric, String... values) {
        return Arbitraries.of(values).map(v -> metric + ":" + v);
    }

    @Provide
    Arbitrary<String> v31() {
        Arbitrary<String> base = Combinators.combine(List.of(pick("AV", "N", "A", "L", "P"), pick("AC", "L", "H"),
                pick("PR", "N", "L", "H"), pick("UI", "N", "R"), pick("S", "U", "C"), pick("C", "H", "L", "N"),
                pick("I", "H", "L", "N"), pick("A", "H", "L", "N"))).as(parts -> String.join("/", parts));
        Arbitrary<String> extra = Combinators.combine(List.of(pick("E", "X", "H", "F", "P", "U"),
                pick("RL", "X", "U", "W", "T", "O"), pick("RC", "X", "C", "R", "U"), pick("CR", "X", "H", "M", "L"),
                pick("MAV", "X", "N", "A", "L", "P"), pick("MS", "X", "U", "C"), pick("MC", "X", "H", "L", "N")))
                .as(parts -> String.join("/", parts));
        return Combinators.combine(base, extra).as((b, e) -> "CVSS:3.1/" + b + "/" + e);
    }

    @Provide
    Arbitrary<String> v40() {
        Arbitrary<String> base = Combinators.combine(List.of(pick("AV", "N", "A", "L", "P"), pick("AC", "L", "H"),
                pick("AT", "N", "P"), pick("PR", "N", "L", "H"), pick("UI", "N", "P", "A"), pick("VC", "H", "L", "N"),
                pick("VI", "H", "L", "N"), pick("VA", "H", "L", "N"), pick("SC", "H", "L", "N"),
                pick("SI", "H", "L", "N"), pick("SA", "H", "L", "N"))).as(parts -> String.join("/", parts));
        Arbitrary<String> extra = Combinators.combine(List.of(pick("E", "X", "A", "P", "U"),
                pick("CR", "X", "H", "M", "L"), pick("IR", "X", "H", "M", "L"), pick("AR", "X", "H", "M", "L"),
                pick("MAV", "X", "N", "A", "L", "P"), pick("MVC", "X", "H", "L", "N"),
                pick("MSI", "X", "S", "H", "L", "N"), pick("MSA", "X", "S", "H", "L", "N")))
                .as(parts -> String.join("/", parts));
        // listed in the order CVSS v4.0 requires: E, CR, IR, AR, MAV, MVC, MSI, MSA
        return Combinators.combine(base, extra).as((b, e) -> "CVSS:4.0/" + b + "/" + e);
    }

    @Provide
    Arbitrary<String> v20() {
        Arbitrary<String> base = Combinators.combine(List.of(pick("AV", "L", "A", "N"), pick("AC", "H", "M", "L"),
                pick("Au", "M", "S", "N"), pick("C", "N", "P", "C"), pick("I", "N", "P", "C"),
                pick("A", "N", "P", "C"))).as(parts -> String.join("/", parts));
        Arbitrary<String> extra = Combinators.combine(List.of(pick("E", "U", "POC", "F", "H", "ND"),
                pick("RL", "OF", "TF", "W", "U", "ND"), pick("RC", "UC", "UR", "C", "ND"),
                pick("CDP", "N", "L", "LM", "MH", "H", "ND"), pick("TD", "N", "L", "M", "H", "ND"),
                pick("CR", "L", "M", "H", "ND"), pick("AR", "L", "M", "H", "ND"))).as(parts -> String.join("/", parts));
        return Combinators.combine(base, extra).as((b, e) -> b + "/" + e);
    }

    @Property(tries = 300)
    void v20ScoresAreOneDecimalInRangeTemporalNeverExceedsBaseAndSurviveARoundTrip(@ForAll("v20") String vector) {
        Cvss20Score s = Cvss20Vector.parse(vector).score();
        for (BigDecimal score : List.of(s.baseScore(), s.temporalScore(), s.environmentalScore())) {
            assertThat(score.scale()).isEqualTo(1);
            assertThat(score).isBetween(BigDecimal.ZERO, BigDecimal.TEN);
        }
        assertThat(s.temporalScore()).isLessThanOrEqualTo(s.baseScore());
        assertThat(Cvss.parse(s.vector().vectorString()).score().score()).isEqualTo(s.score());
    }

    @Property(tries = 300)
    void v31ScoresAreOneDecimalInRangeAndTemporalNeverExceedsBase(@ForAll("v31") String vector) {
        Cvss31Score s = Cvss31Vector.parse(vector).score();
        for (BigDecimal score : List.of(s.baseScore(), s.temporalScore(), s.environmentalScore())) {
            assertThat(score.scale()).isEqualTo(1);
            assertThat(score).isBetween(BigDecimal.ZERO, BigDecimal.TEN);
        }
        assertThat(s.temporalScore()).isLessThanOrEqualTo(s.baseScore());
        assertThat(Cvss.parse(s.vector().vectorString()).score().score()).isEqualTo(s.score());
    }

    @Property(tries = 300)
    void v40ScoresAreOneDecimalInRangeAndSurviveARoundTrip(@ForAll("v40") String vector) {
        Cvss40Score s = Cvss40Vector.parse(vector).score();
        assertThat(s.score().scale()).isEqualTo(1);
        assertThat(s.score()).isBetween(BigDecimal.ZERO, BigDecimal.TEN);
        assertThat(s.macroVector()).hasSize(6);
        assertThat(Cvss.parse(s.vector().vectorString()).score().score()).isEqualTo(s.score());
    }

    @Property(tries = 200)
    void unreportedExploitationNeverRaisesAV40Score(@ForAll("v40") String vector) {
        String withoutThreat = vector.replaceAll("/E:[XAPU]", "/E:A");
        String unreported = vector.replaceAll("/E:[XAPU]", "/E:U");
        assertThat(Cvss.score(unreported).score()).isLessThanOrEqualTo(Cvss.score(withoutThreat).score());
    }
}
