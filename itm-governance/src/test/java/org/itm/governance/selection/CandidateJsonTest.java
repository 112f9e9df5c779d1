package org.itm.governance.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.governance.portfolio.TeamQuarter;
import org.itm.governance.portfolio.YearQuarter;
import org.junit.jupiter.api.Test;

class CandidateJsonTest {

    private static Candidate candidate() {
        return new Candidate(new org.itm.governance.portfolio.InitiativeId("crm-upgrade"), 12.5,
                Map.of(2027, new BigDecimal("150000")),
                Map.of(new TeamQuarter("platform", YearQuarter.of(2027, 2)), 1.5,
                        new TeamQuarter("team.a-1", YearQuarter.of(2027, 3)), 0.5),
                3.0, Set.of(), Set.of());
    }

    @Test
    void aCandidateWithDemandPerTeamQuarterRoundTripsThroughJsonAndYaml() {
        Candidate c = candidate();
        assertThat(ItmJson.fromJson(ItmJson.toJson(c), Candidate.class)).isEqualTo(c);
        assertThat(ItmJson.fromYaml(ItmJson.toYaml(c), Candidate.class)).isEqualTo(c);
    }

    @Test
    void aMalformedTeamQuarterKeyIsRejectedWithItsPath() {
        String json = ItmJson.toJson(candidate()).replace("platform in 2027-Q2", "platform 2027");
        assertThatThrownBy(() -> ItmJson.fromJson(json, Candidate.class)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("demand");
    }
}
