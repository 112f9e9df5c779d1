package org.itm.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.itm.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every public test vector of the RedHat cvss library (shared/data/cvss) scores exactly as expected. */
class CvssPublicVectorsTest {

    @Test
    void everyV31VectorMatchesBaseTemporalAndEnvironmentalScores() throws IOException {
        Path file = SharedData.require("cvss/vectors_simple31");
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(" - ");
            String[] expected = parts[1].replaceAll("[()\\s]", "").split(",");
            Cvss31Score s = Cvss31Vector.parse(parts[0].strip()).score();
            if (s.baseScore().compareTo(new BigDecimal(expected[0])) != 0
                    || s.temporalScore().compareTo(new BigDecimal(expected[1])) != 0
                    || s.environmentalScore().compareTo(new BigDecimal(expected[2])) != 0) {
                mismatches.add(line + " -> " + s.baseScore() + ", " + s.temporalScore() + ", "
                        + s.environmentalScore());
            }
            checked++;
        }
        assertThat(checked).isEqualTo(2592);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyV40VectorMatchesItsScore() throws IOException {
        Path file = SharedData.require("cvss/vectors_simple4");
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(" - ");
            String expected = parts[1].replaceAll("[()\\s,]", "");
            Cvss40Score s = Cvss40Vector.parse(parts[0].strip()).score();
            if (s.score().compareTo(new BigDecimal(expected)) != 0) {
                mismatches.add(line + " -> " + s.score() + " (" + s.macroVector() + ")");
            }
            checked++;
        }
        assertThat(checked).isEqualTo(1058);
        assertThat(mismatches).isEmpty();
    }

    /**
     * The library's v3.0 and v2.0 sets ({@code vectors_simple3}, {@code vectors_simple2}, {@code vectors_cvsslib3},
     * {@code vectors_cvsslib2}) where shared/data carries them; a group given as {@code None} (not set by the vector)
     * is not compared, but the overall score must then be the most specific group given.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cvss/vectors_simple3", "cvss/vectors_cvsslib3", "cvss/vectors_simple2",
            "cvss/vectors_cvsslib2"})
    void everyV30AndV20VectorMatchesItsScores(String name) throws IOException {
        Path file = SharedData.require(name);
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(" - ");
            String[] expected = parts[1].replaceAll("[()\\s]", "").split(",");
            CvssScore score = Cvss.score(parts[0].strip());
            BigDecimal[] actual;
            if (score instanceof Cvss30Score s) {
                actual = new BigDecimal[] {s.baseScore(), s.temporalScore(), s.environmentalScore()};
            } else if (score instanceof Cvss20Score s) {
                actual = new BigDecimal[] {s.baseScore(), s.temporalScore(), s.environmentalScore()};
            } else {
                throw new AssertionError("not a v3.0 or v2.0 vector: " + line);
            }
            for (int i = 0; i < 3; i++) {
                if (!expected[i].equals("None") && actual[i].compareTo(new BigDecimal(expected[i])) != 0) {
                    mismatches.add(line + " -> " + actual[0] + ", " + actual[1] + ", " + actual[2]);
                    break;
                }
            }
            if (expected[2].equals("None") && score.score().compareTo(expected[1].equals("None")
                    ? new BigDecimal(expected[0]) : new BigDecimal(expected[1])) != 0) {
                mismatches.add(line + " -> overall " + score.score());
            }
            checked++;
        }
        assertThat(checked).isPositive();
        assertThat(mismatches).isEmpty();
    }
}
