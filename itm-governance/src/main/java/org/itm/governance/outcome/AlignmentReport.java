package org.itm.governance.outcome;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.governance.portfolio.Initiative;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.core.money.Money;
import org.itm.governance.portfolio.Portfolio;

/**
 * How well funded work lines up with outcomes: the share of funded spend linked to at least one outcome, funded
 * initiatives linked to none (orphans), outcomes no funded initiative serves, and per outcome the expected
 * contribution of its funded initiatives (over 1 means it is over-promised).
 *
 * <p>Made by {@link #of}. Spend is each funded initiative's total cost (capex and opex over all years) in the
 * portfolio's currency.
 *
 * @param fundedSpend          total cost of the funded initiatives, rounded half-even to the currency's minor unit
 * @param linkedSpend          the part of {@code fundedSpend} spent on initiatives linked to at least one outcome
 * @param linkedSpendShare     linked funded spend / all funded spend, in [0, 1], half-even to 4 decimals (0 when
 *                             nothing is funded)
 * @param orphans              funded initiatives linked to no outcome, in portfolio order
 * @param unfundedOutcomes     ids of outcomes no funded initiative is linked to, in id order
 * @param expectedContribution outcome id → sum of the expected contributions of its funded initiatives, for every
 *                             outcome (0 when none); above 1 means the outcome is over-promised
 * @since 0.1
 */
public record AlignmentReport(Money fundedSpend, Money linkedSpend, BigDecimal linkedSpendShare,
                              List<InitiativeId> orphans, List<String> unfundedOutcomes,
                              Map<String, Double> expectedContribution) {

    /**
     * Copies the collections, which are unmodifiable from then on.
     *
     * @param fundedSpend          total cost of the funded initiatives, rounded half-even to the currency's minor unit
     * @param linkedSpend          the part of {@code fundedSpend} spent on initiatives linked to at least one outcome
     * @param linkedSpendShare     linked funded spend / all funded spend, in [0, 1], half-even to 4 decimals (0 when
     *                             nothing is funded)
     * @param orphans              funded initiatives linked to no outcome, in portfolio order
     * @param unfundedOutcomes     ids of outcomes no funded initiative is linked to, in id order
     * @param expectedContribution outcome id → sum of the expected contributions of its funded initiatives, for every
     *                             outcome (0 when none); above 1 means the outcome is over-promised
     */
    public AlignmentReport {
        orphans = List.copyOf(orphans);
        unfundedOutcomes = List.copyOf(unfundedOutcomes);
        expectedContribution = Map.copyOf(expectedContribution);
    }

    /**
     * Measures how the funded initiatives of a portfolio line up with the outcomes.
     *
     * @param portfolio the portfolio whose initiatives may be funded
     * @param funded    the initiatives funded (e.g. those selected), all in {@code portfolio}
     * @param outcomes  the outcomes, each id once
     * @param links     which initiative serves which outcome; an initiative may serve several
     * @return the report
     * @throws org.itm.core.ItmValidationException naming every problem at once: {@code portfolio}, {@code funded},
     *                                             {@code outcomes} or {@code links} when null;
     *                                             {@code outcomes[ID]} for an outcome id given twice;
     *                                             {@code links[INITIATIVE]} for a link to an unknown outcome or
     *                                             initiative; {@code funded} for an initiative not in the portfolio
     */
    public static AlignmentReport of(Portfolio portfolio, Set<InitiativeId> funded, Collection<Outcome> outcomes,
                                     Collection<OutcomeLink> links) {
        Checks.notNull(portfolio, "portfolio");
        Checks.notNull(funded, "funded");
        Checks.notNull(outcomes, "outcomes");
        Checks.notNull(links, "links");
        Violations v = new Violations();
        Map<String, Outcome> byId = new TreeMap<>();
        outcomes.forEach(o -> v.require(byId.putIfAbsent(o.id(), o) == null, "outcomes[" + o.id() + "]", "appears more than once"));
        links.forEach(l -> {
            v.require(byId.containsKey(l.outcomeId()), "links[" + l.initiative() + "]", "names unknown outcome " + l.outcomeId());
            v.require(portfolio.find(l.initiative()).isPresent(), "links[" + l.initiative() + "]", "names unknown initiative");
        });
        funded.forEach(f -> v.require(portfolio.find(f).isPresent(), "funded", "names unknown initiative " + f));
        v.throwIfAny();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal linked = BigDecimal.ZERO;
        List<InitiativeId> orphans = new ArrayList<>();
        Map<String, Double> contribution = new TreeMap<>();
        byId.keySet().forEach(o -> contribution.put(o, 0.0));
        for (Initiative i : portfolio.initiatives()) {
            if (!funded.contains(i.id())) {
                continue;
            }
            BigDecimal cost = i.totalCost().amount();
            total = total.add(cost);
            List<OutcomeLink> mine = links.stream().filter(l -> l.initiative().equals(i.id())).toList();
            if (mine.isEmpty()) {
                orphans.add(i.id());
            } else {
                linked = linked.add(cost);
                mine.forEach(l -> contribution.merge(l.outcomeId(), l.expectedContribution(), Double::sum));
            }
        }
        List<String> unfunded = byId.keySet().stream().filter(o -> links.stream()
                .noneMatch(l -> l.outcomeId().equals(o) && funded.contains(l.initiative()))).toList();
        BigDecimal share = total.signum() == 0 ? BigDecimal.ZERO.setScale(4)
                : linked.divide(total, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_EVEN);
        var cur = portfolio.currency();
        return new AlignmentReport(new Money(total, cur).rounded(), new Money(linked, cur).rounded(), share, orphans,
                unfunded, contribution);
    }
}
