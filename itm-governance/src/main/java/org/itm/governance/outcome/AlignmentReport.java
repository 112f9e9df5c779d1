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
 * @param linkedSpendShare linked funded spend / all funded spend, half-even to 4 decimals (0 when nothing is funded)
 */
public record AlignmentReport(Money fundedSpend, Money linkedSpend, BigDecimal linkedSpendShare,
                              List<InitiativeId> orphans, List<String> unfundedOutcomes,
                              Map<String, Double> expectedContribution) {

    public AlignmentReport {
        orphans = List.copyOf(orphans);
        unfundedOutcomes = List.copyOf(unfundedOutcomes);
        expectedContribution = Map.copyOf(expectedContribution);
    }

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
