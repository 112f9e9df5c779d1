/**
 * Decision rights: who may take which decision, and a log that records a decision only when the decider holds the
 * right and otherwise rejects it with the reason.
 *
 * <p>The entry point is {@link org.itm.governance.decision.DecisionLog#create DecisionLog.create}, given a clock, a
 * zone and the {@link org.itm.governance.decision.DelegationOfAuthority} (spend thresholds by level). Register a
 * {@link org.itm.governance.decision.RaciMatrix} per decision type (only its accountable party may decide),
 * steering {@link org.itm.governance.decision.Committee}s (quorum, {@link org.itm.governance.decision.VotingRule},
 * chair's veto) and people's levels, then hand each {@link org.itm.governance.decision.DecisionRequest} to
 * {@link org.itm.governance.decision.DecisionLog#record DecisionLog.record}: it returns a
 * {@link org.itm.governance.decision.DecisionRecord} listing the rights that allowed it, or throws a
 * {@link org.itm.governance.decision.DecisionRightsException} saying which right is missing.
 * {@link org.itm.governance.decision.DecisionRecordRepository} keeps the records in a document store.
 *
 * <pre>{@code
 * import java.math.BigDecimal;
 * import org.itm.core.money.Money;
 *
 * DelegationOfAuthority doa = DelegationOfAuthority.of("EUR", List.of(
 *         new DelegationOfAuthority.Level("team-lead", new BigDecimal("50000")),     // approves below 50 000
 *         new DelegationOfAuthority.Level("director", new BigDecimal("500000"))),   // below 500 000
 *         "steering");                                                               // anything
 * Committee steering = new Committee("steering", Set.of("cio", "cfo", "coo"), "cio", 2, VotingRule.MAJORITY, true);
 * DecisionLog log = DecisionLog.create(Clock.systemUTC(), ZoneId.of("Europe/Berlin"), doa)
 *         .raci(new RaciMatrix("vendor-selection",
 *                 Map.of("steering", Raci.ACCOUNTABLE, "procurement", Raci.RESPONSIBLE)))
 *         .committee(steering, "steering")
 *         .authority("ann", "director");
 *
 * DecisionRecord record = log.record(new DecisionRequest("vendor-selection",
 *         "Service desk tool contract ends in June", List.of("renew", "switch"), List.of("cost", "fit"),
 *         "switch", "lower cost over three years", "steering", Optional.of(Money.of("750000", "EUR")),
 *         Map.of("cio", Vote.FOR, "cfo", Vote.FOR, "coo", Vote.ABSTAIN)));
 * // record.authority(): [accountable for vendor-selection in the RACI matrix,
 * //   steering may approve 750000.00 EUR (needs steering),
 * //   steering vote carried by majority: 2 for, 0 against, 1 abstained]
 *
 * try {
 *     log.record(new DecisionRequest("laptops", "Refresh of 400 laptops", List.of("buy", "lease"), List.of(),
 *             "buy", "cheaper over four years", "ann", Optional.of(Money.of("600000", "EUR")), Map.of()));
 * } catch (DecisionRightsException e) {
 *     // "decision rejected: spending 600000.00 EUR needs steering; ann is director
 *     //  and may approve only below 500000.00 EUR"
 * }
 * }</pre>
 */
@NullMarked
package org.itm.governance.decision;

import org.jspecify.annotations.NullMarked;
