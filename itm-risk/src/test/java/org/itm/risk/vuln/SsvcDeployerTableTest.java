package org.itm.risk.vuln;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class SsvcDeployerTableTest {

    /**
     * The published table (CERT/CC SSVC, ssvc:DP:1.0.0), written compactly: for each exploitation × exposure ×
     * automatable, the outcomes for human impact low, medium, high, very high (D defer, S scheduled,
     * O out-of-cycle, I immediate).
     */
    private static final String[][] PUBLISHED = {
            {"none", "small", "no", "DDSS"}, {"none", "small", "yes", "DSSS"},
            {"none", "controlled", "no", "DSSS"}, {"none", "controlled", "yes", "SSSS"},
            {"none", "open", "no", "DSSS"}, {"none", "open", "yes", "SSSO"},
            {"public poc", "small", "no", "DSSS"}, {"public poc", "small", "yes", "SSSS"},
            {"public poc", "controlled", "no", "DSSS"}, {"public poc", "controlled", "yes", "SSSO"},
            {"public poc", "open", "no", "SSSO"}, {"public poc", "open", "yes", "SSOO"},
            {"active", "small", "no", "SSOO"}, {"active", "small", "yes", "SOOO"},
            {"active", "controlled", "no", "SSOO"}, {"active", "controlled", "yes", "OOOO"},
            {"active", "open", "no", "SOOI"}, {"active", "open", "yes", "OOII"},
    };
    private static final List<String> IMPACTS = List.of("low", "medium", "high", "very high");
    private static final Map<Character, String> OUTCOME = Map.of('D', "defer", 'S', "scheduled",
            'O', "out-of-cycle", 'I', "immediate");

    @Test
    void all72CombinationsAreExactlyAsPublished() {
        DecisionTable table = DecisionTable.ssvcDeployer();
        assertThat(table.rows()).hasSize(72);
        assertThat(table.version()).isEqualTo("1.0.0");
        int checked = 0;
        for (String[] row : PUBLISHED) {
            for (int i = 0; i < 4; i++) {
                TableDecision d = table.decide(Map.of("exploitation", row[0], "exposure", row[1], "automatable", row[2],
                        "humanImpact", IMPACTS.get(i)));
                assertThat(d.outcome()).as("%s/%s/%s/%s", row[0], row[1], row[2], IMPACTS.get(i))
                        .isEqualTo(OUTCOME.get(row[3].charAt(i)));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(72);
    }

    @Test
    void decisionExplainsItsPath() {
        TableDecision d = Ssvc.deployerPriority(Exploitation.ACTIVE, SystemExposure.OPEN, true, HumanImpact.HIGH);
        assertThat(d.outcome()).isEqualTo("immediate");
        assertThat(d.path()).extracting(TableDecision.Step::decisionPoint)
                .containsExactly("Exploitation", "System Exposure", "Automatable", "Human Impact");
        assertThat(d.explain()).isEqualTo("Exploitation=active -> System Exposure=open -> Automatable=yes -> "
                + "Human Impact=high => immediate (SSVC Deployer Patch Application Priority 1.0.0)");
    }

    @Test
    void badInputsAreNamed() {
        Map<String, String> inputs = new HashMap<>(Map.of("exploitation", "sometimes", "exposure", "open",
                "colour", "red"));
        assertThatThrownBy(() -> DecisionTable.ssvcDeployer().decide(inputs))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("exploitation").hasMessageContaining("automatable")
                .hasMessageContaining("humanImpact").hasMessageContaining("colour");
    }

    @Test
    void customTreesLoadFromJsonAndYaml() {
        String yaml = """
                name: Simple
                version: "1"
                source: team policy
                decisionPoints:
                  - key: kev
                    name: In KEV
                    values: ["no", "yes"]
                outcome:
                  key: action
                  name: Action
                  values: [track, patch-now]
                rows:
                  - ["no", track]
                  - ["yes", patch-now]
                """;
        DecisionTable t = DecisionTable.fromYaml(yaml);
        assertThat(t.decide(Map.of("kev", "yes")).outcome()).isEqualTo("patch-now");
        DecisionTable roundTrip = DecisionTable.fromJson(t.toJson());
        assertThat(roundTrip).isEqualTo(t);
        assertThat(DecisionTable.fromJson(DecisionTable.ssvcDeployer().toJson())).isEqualTo(DecisionTable.ssvcDeployer());
    }

    @Test
    void incompleteOrContradictoryTablesAreRejected() {
        String missing = """
                {"name":"T","version":"1","source":"","decisionPoints":[{"key":"a","name":"A","values":["x","y"]}],
                 "outcome":{"key":"o","name":"O","values":["p","q"]},"rows":[["x","p"]]}""";
        assertThatThrownBy(() -> DecisionTable.fromJson(missing)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("must cover all 2 combinations");
        String duplicate = """
                {"name":"T","version":"1","source":"","decisionPoints":[{"key":"a","name":"A","values":["x","y"]}],
                 "outcome":{"key":"o","name":"O","values":["p","q"]},"rows":[["x","p"],["x","q"],["y","p"]]}""";
        assertThatThrownBy(() -> DecisionTable.fromJson(duplicate)).hasMessageContaining("repeats");
        String unknownOutcome = """
                {"name":"T","version":"1","source":"","decisionPoints":[{"key":"a","name":"A","values":["x","y"]}],
                 "outcome":{"key":"o","name":"O","values":["p","q"]},"rows":[["x","p"],["y","z"]]}""";
        assertThatThrownBy(() -> DecisionTable.fromJson(unknownOutcome)).hasMessageContaining("outcome 'z'");
    }
}
