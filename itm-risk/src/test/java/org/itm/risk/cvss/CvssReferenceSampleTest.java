package org.itm.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Vectors drawn at random over every metric (threat, environmental and supplemental ones included, {@code X} among
 * them), scored by an independent implementation of the specifications (the RedHat {@code cvss} Python library 3.6),
 * shipped in the test resources so that they run on a fresh clone. The public sets under shared/data hold mostly
 * base vectors; these reach the interpolation of CVSS v4.0 below a MacroVector's highest vector, the v3.x
 * environmental equations with temporal metrics, and the v3.0 and v2.0 equations, which shared/data holds none of.
 * A line is {@code VECTOR - (base, temporal, environmental)}, or {@code VECTOR - (score)} for v4.0.
 */
class CvssReferenceSampleTest {

    private static final Set<String> V3_ENVIRONMENTAL =
            Set.of("CR", "IR", "AR", "MAV", "MAC", "MPR", "MUI", "MS", "MC", "MI", "MA");
    private static final Set<String> V3_TEMPORAL = Set.of("E", "RL", "RC");

    @Test
    void everySampledV40VectorScoresAsTheReference() throws IOException {
        List<String> mismatches = new ArrayList<>();
        List<String> lines = lines("reference-sample-v40");
        for (String line : lines) {
            String[] parts = line.split(" - ");
            Cvss40Score s = Cvss40Vector.parse(parts[0]).score();
            if (s.score().compareTo(new BigDecimal(parts[1].replaceAll("[()]", ""))) != 0) {
                mismatches.add(line + " -> " + s.score() + " (" + s.macroVector() + ")");
            }
        }
        assertThat(lines).hasSize(400);
        assertThat(mismatches).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"reference-sample-v30", "reference-sample-v31"})
    void everySampledV3VectorScoresAsTheReferenceInEachGroupAndOverall(String name) throws IOException {
        List<String> mismatches = new ArrayList<>();
        List<String> lines = lines(name);
        for (String line : lines) {
            String[] parts = line.split(" - ");
            String[] expected = parts[1].replaceAll("[()\\s]", "").split(",");
            CvssScore score = Cvss.score(parts[0]);
            BigDecimal[] actual;
            if (score instanceof Cvss30Score s) {
                actual = new BigDecimal[] {s.baseScore(), s.temporalScore(), s.environmentalScore()};
            } else if (score instanceof Cvss31Score s) {
                actual = new BigDecimal[] {s.baseScore(), s.temporalScore(), s.environmentalScore()};
            } else {
                throw new AssertionError("not a v3 vector: " + line);
            }
            // the overall score is the most specific group that the vector sets to something other than X
            int group = sets(score.vector(), V3_ENVIRONMENTAL) ? 2 : sets(score.vector(), V3_TEMPORAL) ? 1 : 0;
            if (!matches(expected, actual) || score.score().compareTo(new BigDecimal(expected[group])) != 0) {
                mismatches.add(line + " -> " + actual[0] + ", " + actual[1] + ", " + actual[2] + "; overall "
                        + score.score());
            }
        }
        assertThat(lines).hasSize(300);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everySampledV20VectorScoresAsTheReferenceInEachGroupAndOverall() throws IOException {
        List<String> mismatches = new ArrayList<>();
        List<String> lines = lines("reference-sample-v20");
        for (String line : lines) {
            String[] parts = line.split(" - ");
            String[] expected = parts[1].replaceAll("[()\\s]", "").split(",");
            Cvss20Score s = Cvss20Vector.parse(parts[0]).score();
            BigDecimal[] actual = {s.baseScore(), s.temporalScore(), s.environmentalScore()};
            // the reference leaves a group it was not given as None; the overall score is then the most specific one
            String overall = !expected[2].equals("None") ? expected[2]
                    : !expected[1].equals("None") ? expected[1] : expected[0];
            if (!matches(expected, actual) || s.score().compareTo(new BigDecimal(overall)) != 0) {
                mismatches.add(line + " -> " + actual[0] + ", " + actual[1] + ", " + actual[2] + "; overall "
                        + s.score());
            }
        }
        assertThat(lines).hasSize(300);
        assertThat(mismatches).isEmpty();
    }

    private static boolean matches(String[] expected, BigDecimal[] actual) {
        for (int i = 0; i < 3; i++) {
            if (!expected[i].equals("None") && actual[i].compareTo(new BigDecimal(expected[i])) != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean sets(CvssVector vector, Set<String> metrics) {
        return vector.metrics().entrySet().stream()
                .anyMatch(e -> metrics.contains(e.getKey()) && !e.getValue().equals("X"));
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = CvssReferenceSampleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        lines.add(line.strip());
                    }
                }
            }
            return lines;
        }
    }
}
