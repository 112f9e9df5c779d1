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
}
