package org.itm.governance.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.itm.core.ItmValidationException;
import org.itm.core.money.Money;
import org.junit.jupiter.api.Test;

class DecisionLogTest {

    final DelegationOfAuthority doa = DelegationOfAuthority.of("EUR", List.of(
            new DelegationOfAuthority.Level("team-lead", new BigDecimal("50000")),
            new DelegationOfAuthority.Level("director", new BigDecimal("500000"))), "steering-committee");
    final Committee steering = new Committee("steerco", Set.of("ceo", "cfo", "cio", "coo", "cto"), "ceo", 3,
            VotingRule.SUPER_MAJORITY, true);
    final DecisionLog log = DecisionLog.create(Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC),
                    ZoneId.of("Europe/Amsterdam"), doa)
            .authority("tina", "team-lead").authority("dave", "director").committee(steering, "steering-committee")
            .raci(new RaciMatrix("investment", Map.of("dave", Raci.ACCOUNTABLE, "tina", Raci.RESPONSIBLE, "cfo", Raci.CONSULTED)))
            .raci(new RaciMatrix("major-investment", Map.of("steerco", Raci.ACCOUNTABLE, "dave", Raci.RESPONSIBLE)));

    static DecisionRequest request(String type, String who, String amount, Map<String, Vote> votes) {
        return new DecisionRequest(type, "replace the CRM", List.of("buy", "build"), List.of("cost", "time"), "buy",
                "faster to market", who, Optional.of(Money.of(amount, "EUR")), votes);
    }

    @Test
    void raciNeedsExactlyOneAccountableAndAResponsible() {
        assertThatThrownBy(() -> new RaciMatrix("x", Map.of("a", Raci.ACCOUNTABLE, "b", Raci.ACCOUNTABLE)))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("exactly one ACCOUNTABLE party for x, has 2 [a, b]")
                .hasMessageContaining("at least one RESPONSIBLE");
    }

    @Test
    void recordsADecisionWithinTheDecidersRights() {
        DecisionRecord r = log.record(request("investment", "dave", "120000", Map.of()));
        assertThat(r.date()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(r.authority()).containsExactly("accountable for investment in the RACI matrix",
                "director may approve 120000.00 EUR (needs director)");
        assertThat(log.records()).hasSize(1);
    }

    @Test
    void rejectsDecisionsWithoutTheRightAndRecordsNothing() {
        assertThatThrownBy(() -> log.record(request("investment", "tina", "10000", Map.of())))
                .isInstanceOf(DecisionRightsException.class)
                .hasMessage("decision rejected: tina is not accountable for investment decisions; dave is (tina is responsible)");
        assertThatThrownBy(() -> log.record(request("investment", "dave", "600000", Map.of())))
                .hasMessage("decision rejected: spending 600000.00 EUR needs steering-committee; dave is director and may approve only below 500000.00 EUR");
        assertThat(log.records()).isEmpty();
    }

    @Test
    void committeeDecisionsFollowQuorumRuleAndVeto() {
        Map<String, Vote> carried = Map.of("ceo", Vote.FOR, "cfo", Vote.FOR, "cio", Vote.AGAINST);
        assertThat(log.record(request("major-investment", "steerco", "900000", carried)).authority())
                .contains("steerco vote carried by super-majority: 2 for, 1 against, 0 abstained");
        assertThatThrownBy(() -> log.record(request("major-investment", "steerco", "900000",
                Map.of("ceo", Vote.FOR, "cfo", Vote.FOR))))
                .hasMessageContaining("no quorum: 2 of 5 members voted, 3 required");
        assertThatThrownBy(() -> log.record(request("major-investment", "steerco", "900000",
                Map.of("ceo", Vote.AGAINST, "cfo", Vote.FOR, "cio", Vote.FOR, "cto", Vote.FOR))))
                .hasMessageContaining("vetoed by the chair ceo");
    }

    @Test
    void votingRulesCount() {
        Committee c = new Committee("board", Set.of("a", "b", "c", "d"), "a", 2, VotingRule.MAJORITY, false);
        assertThat(c.decide(Map.of("a", Vote.FOR, "b", Vote.AGAINST)).carried()).isFalse();
        assertThat(c.decide(Map.of("a", Vote.FOR, "b", Vote.ABSTAIN)).carried()).isTrue();
        Committee u = new Committee("arb", Set.of("a", "b", "c"), "a", 3, VotingRule.UNANIMITY, false);
        assertThat(u.decide(Map.of("a", Vote.FOR, "b", Vote.FOR, "c", Vote.AGAINST)).carried()).isFalse();
        assertThatThrownBy(() -> u.decide(Map.of("zed", Vote.FOR))).hasMessageContaining("is not a member of arb");
    }

    @Test
    void delegationPicksTheLowestSufficientLevel() {
        assertThat(doa.levelFor(Money.of("49999.99", "EUR"))).isEqualTo("team-lead");
        assertThat(doa.levelFor(Money.of("50000", "EUR"))).isEqualTo("director");
        assertThat(doa.levelFor(Money.of("500000", "EUR"))).isEqualTo("steering-committee");
    }

    @Test
    void delegationOfAuthorityRejectsAnUnknownCurrencyNamingTheCurrency() {
        rejectsNaming(() -> DelegationOfAuthority.of("EURO", List.of(), "steering-committee"), "currency");
        rejectsNaming(() -> DelegationOfAuthority.of(" ", List.of(), "steering-committee"), "currency");
    }

    static void rejectsNaming(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(org.itm.core.Violation::path).contains(field));
    }
}
