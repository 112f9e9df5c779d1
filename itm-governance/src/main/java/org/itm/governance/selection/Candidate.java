package org.itm.governance.selection;

import org.itm.governance.portfolio.TeamQuarter;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.governance.portfolio.Initiative;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.governance.portfolio.TeamDemand;

/**
 * One initiative as the selector sees it: the value it adds when selected, its spend per year, its team demand per
 * quarter, its risk score and its dependencies and exclusions. Build from a portfolio initiative with
 * {@link #of(Initiative, double)}.
 *
 * @param id         the initiative
 * @param value      what selecting it is worth (a score, NPV, benefit); finite, zero or more, higher is better
 * @param costByYear spend per calendar year in the problem's currency, each zero or more; copied in year order
 * @param demand     FTE needed per team and quarter, each finite and zero or more; copied
 * @param risk       risk score counted against the problem's risk cap; finite, zero or more
 * @param requires   candidates that must be selected too for this one to be; not itself
 * @param excludes   candidates that cannot be selected with this one; not itself
 * @since 0.1
 */
public record Candidate(InitiativeId id, double value, Map<Integer, BigDecimal> costByYear,
                        Map<TeamQuarter, Double> demand, double risk, Set<InitiativeId> requires,
                        Set<InitiativeId> excludes) {

    /**
     * Checks the components and copies the collections.
     *
     * @param id         the initiative
     * @param value      what selecting it is worth (a score, NPV, benefit); finite, zero or more, higher is better
     * @param costByYear spend per calendar year in the problem's currency, each zero or more; copied in year order
     * @param demand     FTE needed per team and quarter, each finite and zero or more; copied
     * @param risk       risk score counted against the problem's risk cap; finite, zero or more
     * @param requires   candidates that must be selected too for this one to be; not itself
     * @param excludes   candidates that cannot be selected with this one; not itself
     * @throws org.itm.core.ItmValidationException naming every problem: {@code id} or a collection when null,
     *                                             {@code value} or {@code risk} when negative or not finite,
     *                                             {@code costByYear[YEAR]} or {@code demand[TEAM in QUARTER]} for a
     *                                             null, negative (or not finite) entry, {@code requires} or
     *                                             {@code excludes} when they name the candidate itself
     */
    public Candidate {
        Violations v = new Violations();
        v.require(id != null, "id", "must not be null");
        v.require(Double.isFinite(value) && value >= 0, "value", "must be a finite number >= 0, was " + value);
        v.require(Double.isFinite(risk) && risk >= 0, "risk", "must be a finite number >= 0, was " + risk);
        v.require(costByYear != null, "costByYear", "must not be null");
        v.require(demand != null, "demand", "must not be null");
        v.require(requires != null, "requires", "must not be null");
        v.require(excludes != null, "excludes", "must not be null");
        v.throwIfAny();
        costByYear.forEach((y, c) -> v.require(c != null && c.signum() >= 0, "costByYear[" + y + "]", "must be >= 0"));
        demand.forEach((tq, f) -> v.require(f != null && Double.isFinite(f) && f >= 0, "demand[" + tq + "]",
                "must be a finite number >= 0"));
        v.require(!requires.contains(id), "requires", "a candidate cannot require itself");
        v.require(!excludes.contains(id), "excludes", "a candidate cannot exclude itself");
        v.throwIfAny();
        costByYear = Map.copyOf(new TreeMap<>(costByYear));
        demand = Map.copyOf(demand);
        requires = Set.copyOf(requires);
        excludes = Set.copyOf(excludes);
    }

    /**
     * A candidate with only a value and a spend per year: no team demand, risk 0, no dependencies or exclusions.
     * Use the canonical constructor for those.
     *
     * @param id         the initiative's id
     * @param value      what selecting it is worth; finite, zero or more
     * @param costByYear spend per calendar year, each zero or more
     * @return the candidate
     * @throws org.itm.core.ItmValidationException naming {@code initiativeId}, {@code value} or
     *                                             {@code costByYear[YEAR]} as the constructor
     */
    public static Candidate of(String id, double value, Map<Integer, BigDecimal> costByYear) {
        return new Candidate(InitiativeId.of(id), value, costByYear, Map.of(), 0, Set.of(), Set.of());
    }

    /**
     * The initiative as a candidate worth {@code value}: spend per year (capex + opex), team demand placed at
     * its planned start, its risk score, dependencies and exclusions.
     *
     * @param initiative the portfolio initiative
     * @param value      what selecting it is worth, e.g. its NPV or its score from a
     *                   {@link org.itm.governance.prioritisation.ScoringModel}; finite, zero or more
     * @return the candidate
     * @throws org.itm.core.ItmValidationException naming {@code initiative} when null, or {@code value} when negative
     *                                             or not finite
     */
    public static Candidate of(Initiative initiative, double value) {
        Checks.notNull(initiative, "initiative");
        Map<Integer, BigDecimal> cost = new HashMap<>();
        initiative.costs().forEach(c -> cost.merge(c.year(), c.total(), BigDecimal::add));
        Map<TeamQuarter, Double> demand = new HashMap<>();
        for (TeamDemand d : initiative.teamDemand()) {
            demand.merge(new TeamQuarter(d.team(), initiative.plannedStart().plus(d.quarterOffset())), d.fte(), Double::sum);
        }
        return new Candidate(initiative.id(), value, cost, demand, initiative.riskScore(), initiative.requires(),
                initiative.excludes());
    }

    /**
     * Spend in one year.
     *
     * @param year the calendar year
     * @return the spend; zero for a year without cost
     */
    public BigDecimal cost(int year) {
        return costByYear.getOrDefault(year, BigDecimal.ZERO);
    }

    /**
     * Spend over all years.
     *
     * @return the sum of {@link #costByYear()}
     */
    public BigDecimal totalCost() {
        return costByYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
